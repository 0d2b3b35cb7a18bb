/** A training GTN links to from the Requirements or follow-up slide (front matter). */
export interface Training {
  /** `internal` (a GTN topic), `external` (a link) or `none` (a title only). */
  readonly type: string;
  readonly title: string | null;
  readonly link: string | null;
  readonly topicName: string | null;
  /** Tutorials of an internal topic. */
  readonly tutorials: readonly string[];
}

/** What GTN's slide layouts read from a deck's front matter. */
export interface GtnPage {
  readonly layout: string | null;
  readonly title: string | null;
  /** The deck's language (`lang:`), null when not set. */
  readonly lang: string | null;
  readonly questions: readonly string[];
  readonly objectives: readonly string[];
  readonly keyPoints: readonly string[];
  readonly requirements: readonly Training[];
  readonly followUp: readonly Training[];
  /** Contributor ids: `contributors`, else `contributions.authorship`. */
  readonly authors: readonly string[];
  /** SPDX id from `license:`, null for GTN's default (CC-BY 4.0). */
  readonly license: string | null;
}

/**
 * Reads the fields GTN's layouts use from parsed front matter (plain JS values). Values of the
 * wrong shape are ignored, as Liquid ignores them.
 *
 * @example
 * readPage({ layout: 'tutorial_slides', title: 'Hi', questions: ['Why?'] }).questions; // ['Why?']
 */
export function readPage(data: unknown): GtnPage {
  const fields = isRecord(data) ? data : {};
  const contributions = isRecord(fields['contributions']) ? fields['contributions'] : {};
  const contributors = strings(fields['contributors']);
  const license = text(fields['license']);
  return {
    layout: text(fields['layout']),
    title: text(fields['title']),
    lang: text(fields['lang']),
    questions: strings(fields['questions']),
    objectives: strings(fields['objectives']),
    keyPoints: strings(fields['key_points']),
    requirements: trainings(fields['requirements']),
    followUp: trainings(fields['follow_up_training']),
    authors: contributors.length > 0 ? contributors : strings(contributions['authorship']),
    license: license === null || /^CC-BY-4\.0$/i.test(license) ? null : license,
  };
}

function trainings(value: unknown): Training[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    type: text(item['type']) ?? 'external',
    title: text(item['title']),
    link: text(item['link']),
    topicName: text(item['topic_name']),
    tutorials: strings(item['tutorials']),
  }));
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map(text).filter((item): item is string => item !== null);
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
