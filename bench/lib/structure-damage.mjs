/**
 * Structure damage between a deck and a tool's rendering of it, counted on lines: what a remark.js
 * deck loses when a tool reflows it. Pure; used by the po4a comparison and proven by its test.
 */
import { diffArrays } from 'diff';

const NOTES = /^\?\?\?[ \t]*$/;
const STEP = /^--[ \t]*$/;
const SEPARATOR = /^---[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
const BLANK = /^[ \t]*$/;
/** remark.js slide properties (a slide's leading `key: value` lines). */
const PROPERTY = /^(?:name|class|layout|template|count|exclude|background-image|background-position|background-size|background-color|seal):/;

/**
 * @typedef {object} StructureDamage
 * @property {boolean} identical       the output is the input, byte for byte
 * @property {number} lostNotes        `???` lines missing from the output
 * @property {number} lostSteps        `--` lines missing from the output
 * @property {number} lostSeparators   `---` lines missing from the output
 * @property {number} lostProperties   slide property lines (`class: …`, `layout: true`…) outside the front matter missing from the output
 * @property {number} splitLists       list items that followed another item directly and now stand after a blank line
 * @property {number} addedBlankLines  blank lines in the output that are not in the input
 * @property {number} changedLines     input lines not found unchanged in the output (line diff)
 * @property {boolean} frontMatterChanged the YAML front matter is not reproduced byte for byte
 */

/**
 * Counts the structure damage a rendering did to a deck.
 *
 * @param {string} input  the deck
 * @param {string} output the tool's output for it (no translation)
 * @returns {StructureDamage}
 * @example
 * structureDamage('- a\n- b\n???\nx\n', '- a\n\n- b\nx\n');
 * // { identical: false, lostNotes: 1, splitLists: 1, addedBlankLines: 1, changedLines: 1, … }
 */
export function structureDamage(input, output) {
  const before = lines(input);
  const after = lines(output);
  let addedBlankLines = 0;
  let changedLines = 0;
  for (const part of diffArrays(before, after)) {
    if (part.added) addedBlankLines += part.value.filter((line) => BLANK.test(line)).length;
    if (part.removed) changedLines += part.value.length;
  }
  return {
    identical: input === output,
    lostNotes: lost(before, after, NOTES),
    lostSteps: lost(before, after, STEP),
    lostSeparators: lost(before, after, SEPARATOR),
    lostProperties: lost(lines(withoutFrontMatter(input)), lines(withoutFrontMatter(output)), PROPERTY),
    splitLists: Math.max(0, tightListItems(before) - tightListItems(after)),
    addedBlankLines,
    changedLines,
    frontMatterChanged: frontMatter(input) !== frontMatter(output),
  };
}

/** Sums damage over decks; `identical` and `frontMatterChanged` become counts of decks. */
export function sumDamage(damages) {
  const total = { decks: 0, identical: 0, lostNotes: 0, lostSteps: 0, lostSeparators: 0, lostProperties: 0, splitLists: 0, addedBlankLines: 0, changedLines: 0, frontMatterChanged: 0 };
  for (const damage of damages) {
    total.decks++;
    for (const key of Object.keys(total)) {
      if (key === 'decks') continue;
      total[key] += Number(damage[key]);
    }
  }
  return total;
}

function lines(text) {
  return text.split(/\r?\n/);
}

function count(list, pattern) {
  return list.filter((line) => pattern.test(line)).length;
}

function lost(before, after, pattern) {
  return Math.max(0, count(before, pattern) - count(after, pattern));
}

/** List items whose previous line is part of the same list (an item or its continuation): tight lists. */
function tightListItems(list) {
  let inList = false;
  let tight = 0;
  for (const line of list) {
    if (BLANK.test(line)) {
      inList = false;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      if (inList) tight++;
      inList = true;
    } else if (!/^[ \t]/.test(line)) {
      inList = inList && !/^(?:#|---|--|\?\?\?)/.test(line);
    }
  }
  return tight;
}

function withoutFrontMatter(text) {
  return text.slice(frontMatter(text).length);
}

/** The front matter block (`---` … `---` at the very start), or '' without one. */
function frontMatter(text) {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match === null ? '' : match[0];
}
