import type { SegmentState, StateCounts } from './common.js';

/** Where review should start: the first segment, in deck order, that is not reviewed. */
export interface FirstWork {
  readonly segment: string;
  readonly slide: number;
  readonly state: Exclude<SegmentState, 'reviewed'>;
}

/** One deck in one target language on the dashboard. */
export interface LanguageStatus {
  readonly counts: StateCounts;
  readonly firstWork: FirstWork | null;
}

/** One deck (or string catalog) of the project on the dashboard. */
export interface ProjectDeck {
  readonly id: string;
  readonly path: string;
  readonly title: string | null;
  /** True for a string catalog (segments to review, no slides). */
  readonly catalog: boolean;
  /** How many segments the deck has. */
  readonly segments: number;
  /** Status per target language. */
  readonly languages: Readonly<Record<string, LanguageStatus>>;
}

/** The dashboard: every deck × target language (`GET /api/project`). */
export interface ProjectView {
  readonly sourceLanguage: string;
  readonly targetLanguages: readonly string[];
  readonly decks: readonly ProjectDeck[];
}
