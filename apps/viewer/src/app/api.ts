/**
 * The serve API as the viewer uses it (the contract is @deckl10n/serve's routes.ts; the types
 * are repeated here because the viewer is a browser bundle that never imports Node packages).
 */
export type SegmentState = 'missing' | 'machine' | 'reviewed' | 'stale';

export interface StateCounts {
  readonly total: number;
  readonly missing: number;
  readonly machine: number;
  readonly reviewed: number;
  readonly stale: number;
  readonly obsolete: number;
}

export interface DiffPart {
  readonly value: string;
  readonly change: 'same' | 'added' | 'removed';
}

export interface Finding {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface SegmentView {
  readonly id: string;
  readonly index: number;
  readonly kind: string;
  readonly source: string;
  readonly slide: number;
  readonly step: number;
  readonly notes: boolean;
  readonly field: string | null;
  readonly line: number;
  readonly state: SegmentState | 'source';
  readonly translation: string | null;
  readonly provider: string | null;
  readonly oldSource: string | null;
  readonly diff: readonly DiffPart[] | null;
  readonly qa: readonly Finding[];
  readonly notesForReviewer: readonly string[];
  readonly marked: boolean;
}

export interface DeckView {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly language: string;
  readonly sourceLanguage: string;
  /** The project's languages, source first. */
  readonly languages: readonly string[];
  readonly source: string;
  readonly localized: string;
  readonly marked: string;
  /** The deck with GTN's frame (title, questions, objectives… slides) when it is a GTN deck. */
  readonly framed: string | null;
  /** The framed deck as plain text. */
  readonly plainText: string | null;
  /** How many slides of `framed` come before the deck's own first slide. */
  readonly frameOffset: number;
  /** A string catalog: segments to review, no slides. */
  readonly catalog: boolean;
  readonly segments: readonly SegmentView[];
  readonly counts: StateCounts | null;
}

/** What the reading view needs: the slides' text (inside GTN's frame for a GTN deck). */
export interface SlidesView {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  readonly language: string;
  readonly sourceLanguage: string;
  readonly languages: readonly string[];
  readonly text: string;
  readonly framed: boolean;
  readonly plainText: string | null;
  readonly frameOffset: number;
  /** The deck's last slide holding segments (review pages run from 0 to it). */
  readonly deckSlides: number;
  readonly catalog: boolean;
}

export interface LanguageStatus {
  readonly counts: StateCounts;
  readonly firstWork: { readonly segment: string; readonly slide: number; readonly state: SegmentState } | null;
}

export interface ProjectView {
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  readonly decks: readonly {
    readonly id: string;
    readonly path: string;
    readonly title: string | null;
    readonly catalog: boolean;
    readonly segments: number;
    readonly languages: Readonly<Record<string, LanguageStatus>>;
  }[];
}

export interface EditResult {
  readonly segment: string;
  readonly state: 'machine' | 'reviewed';
  readonly translation: string;
  readonly qa: readonly Finding[];
  readonly counts: StateCounts;
  readonly written: readonly string[];
}

/** An error answered by the API, with its stable code and QA findings when a save was refused. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly findings: readonly Finding[] = [],
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string; findings?: Finding[] } } | null;
  if (!response.ok) {
    throw new ApiError(body?.error?.code ?? `HTTP_${response.status}`, body?.error?.message ?? response.statusText, body?.error?.findings ?? []);
  }
  return body as T;
}

const part = encodeURIComponent;

/** The dashboard data. */
export function getProject(): Promise<ProjectView> {
  return call('/api/project');
}

/** A deck in a language. */
export function getDeck(deck: string, language: string): Promise<DeckView> {
  return call(`/api/decks/${part(deck)}/${part(language)}`);
}

/** A deck in a language for reading. */
export function getSlides(deck: string, language: string): Promise<SlidesView> {
  return call(`/api/decks/${part(deck)}/${part(language)}/slides`);
}

/** Saves an edited translation (approved or not). */
export function saveSegment(deck: string, language: string, segment: string, translation: string, approve: boolean): Promise<EditResult> {
  return call(`/api/decks/${part(deck)}/${part(language)}/segments/${part(segment)}`, { method: 'PUT', body: JSON.stringify({ translation, approve }) });
}

/** Approves the stored translation. */
export function approveSegment(deck: string, language: string, segment: string): Promise<EditResult> {
  return call(`/api/decks/${part(deck)}/${part(language)}/segments/${part(segment)}/approve`, { method: 'POST' });
}
