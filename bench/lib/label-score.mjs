/**
 * Scores a tool's extracted segments against hand labels (bench/fixtures/labels/*.json): which
 * translatable texts it missed, and which never-translated things (code, property lines,
 * contributors…) it handed to the translator. Pure; proven by its test.
 */

/**
 * @typedef {object} Label
 * @property {string} text
 * @property {string} kind
 * @property {'anywhere' | 'alone'} [match] for doNotExtract: `anywhere` (default) — no segment may
 *   contain it; `alone` — no segment may consist of it alone (it may sit inside a sentence, like
 *   inline code or an image URL).
 */

/**
 * @typedef {object} LabelScore
 * @property {number} segments   segments the tool extracted
 * @property {number} expected   labelled translatable texts
 * @property {Label[]} missed     translatable texts found in no segment
 * @property {number} forbidden  labelled never-translated things
 * @property {Label[]} extracted  never-translated things handed to the translator
 */

/**
 * @param {readonly string[]} segments the texts a tool extracted from one deck
 * @param {{ extract: readonly Label[], doNotExtract: readonly Label[] }} labels
 * @returns {LabelScore}
 * @example
 * scoreExtraction(['Hello world', 'ls -la'], { extract: [{ text: 'Hello', kind: 'heading' }], doNotExtract: [{ text: 'ls -la', kind: 'code' }] });
 * // { segments: 2, expected: 1, missed: [], forbidden: 1, extracted: [{ text: 'ls -la', kind: 'code' }] }
 */
export function scoreExtraction(segments, labels) {
  const texts = segments.map(normalize);
  const missed = labels.extract.filter((label) => !texts.some((text) => text.includes(normalize(label.text))));
  const extracted = labels.doNotExtract.filter((label) => {
    const needle = normalize(label.text);
    return texts.some((text) => text.includes(needle) && (label.match === 'alone' ? !hasWords(text.split(needle).join(' ')) : true));
  });
  return { segments: segments.length, expected: labels.extract.length, missed, forbidden: labels.doNotExtract.length, extracted };
}

/** Whitespace collapsed, ends trimmed: tools differ in how they wrap the same text. */
export function normalize(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when some letter or digit is left: something a translator would translate. */
function hasWords(text) {
  return /[\p{L}\p{N}]/u.test(text);
}
