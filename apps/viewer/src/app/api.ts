/**
 * The serve API as the viewer uses it. The JSON types are @deckl10n/serve-api's (types only, so
 * the browser bundle imports nothing from Node); they are re-exported here for the viewer's modules.
 */
import type { DeckView, EditRequest, EditResult, ErrorBody, Finding, ProjectView, SlidesView } from '@deckl10n/serve-api';

export type { DeckView, DiffPart, EditResult, Finding, ProjectView, SegmentState, SegmentView, SlidesView, StateCounts } from '@deckl10n/serve-api';

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
  const body = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
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
  return call(`/api/decks/${part(deck)}/${part(language)}/segments/${part(segment)}`, { method: 'PUT', body: JSON.stringify({ translation, approve } satisfies EditRequest) });
}

/** Approves the stored translation. */
export function approveSegment(deck: string, language: string, segment: string): Promise<EditResult> {
  return call(`/api/decks/${part(deck)}/${part(language)}/segments/${part(segment)}/approve`, { method: 'POST' });
}
