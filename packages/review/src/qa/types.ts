/** How bad a QA finding is: errors block a translation from being applied, warnings are reported. */
export type QaSeverity = 'error' | 'warning';

/** One problem QA found in a translation. */
export interface QaFinding {
  /** Stable code, e.g. `QA_PROTECTED_MISSING`. */
  readonly code: string;
  readonly severity: QaSeverity;
  readonly message: string;
}

/** What QA knows about the segment besides its texts. */
export interface QaContext {
  /** The segment kind (`paragraph`, `alt`, `front-matter`…): plain-text kinds skip Markdown checks. */
  readonly kind?: string;
}

/** A check: source and translation in, findings out. */
export type QaCheck = (source: string, translation: string, context: QaContext) => QaFinding[];

/** Segment kinds whose text is plain (an HTML attribute), where `*`, `_` and brackets are literal. */
export const PLAIN_KINDS: ReadonlySet<string> = new Set(['alt', 'title']);

/** Shortens a text for a message. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
