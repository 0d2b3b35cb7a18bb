import type { Finding, StateCounts } from './common.js';

/** What a save (`PUT …/segments/:segment`) or an approval (`POST …/segments/:segment/approve`) answers. */
export interface EditResult {
  readonly segment: string;
  /** `machine` for an unapproved edit, `reviewed` once approved. */
  readonly state: 'machine' | 'reviewed';
  readonly translation: string;
  /** QA warnings of the saved translation (a translation with errors is refused, see {@link ErrorBody}). */
  readonly qa: readonly Finding[];
  /** The deck's counts by state in the language after the edit. */
  readonly counts: StateCounts;
  /** Files written (relative to the project), empty when nothing changed. */
  readonly written: readonly string[];
}

/** The body a save sends (`PUT …/segments/:segment`); `approve` defaults to false. */
export interface EditRequest {
  readonly translation: string;
  readonly approve?: boolean;
}
