/**
 * Which front-matter fields are translated. Patterns are dotted paths where `*` matches any
 * key or list index and a pattern also covers everything below it (`questions` covers
 * `questions.0`).
 */
export interface FrontMatterPolicy {
  readonly translate: readonly string[];
}

/**
 * GTN's translatable fields (`title`, `questions`, `objectives`, `key_points`, …) and
 * xaringan's (`title`, `subtitle`). Never: `contributors`, `layout`, `logo`, `tags`,
 * `zenodo_link`, `time_estimation`, `author`, `date`, `output`…
 */
export const defaultFrontMatterPolicy: FrontMatterPolicy = {
  translate: [
    'title',
    'subtitle',
    'description',
    'abstract',
    'summary',
    'questions',
    'objectives',
    'key_points',
    'requirements.*.title',
    'follow_up_training.*.title',
  ],
};

/** True when the field at `path` is translated under `policy`. */
export function isTranslatedField(path: readonly (string | number)[], policy: FrontMatterPolicy): boolean {
  return splitPatterns(policy).some((parts) => {
    if (parts.length > path.length) return false;
    return parts.every((part, i) => part === '*' || part === String(path[i]));
  });
}

/** The policy's patterns split on dots, computed once per policy object. */
const splitCache = new WeakMap<FrontMatterPolicy, readonly (readonly string[])[]>();
function splitPatterns(policy: FrontMatterPolicy): readonly (readonly string[])[] {
  let parts = splitCache.get(policy);
  if (parts === undefined) {
    parts = policy.translate.map((pattern) => pattern.split('.'));
    splitCache.set(policy, parts);
  }
  return parts;
}
