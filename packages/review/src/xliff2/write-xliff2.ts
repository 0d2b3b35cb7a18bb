import { contextNotes } from '../export/context-notes.js';
import { InlineCodes, type InlinePart } from '../inline/codes.js';
import type { ReviewExport, ReviewState, ReviewUnit } from '../model.js';
import { escapeAttribute as attr, escapeText as text } from '../xml/escape.js';

/** XLIFF 2.0 namespace. */
export const XLIFF2_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** Our states as XLIFF 2.0 segment states; `subState` keeps the exact one. */
const STATES: Record<ReviewState, 'initial' | 'translated' | 'final'> = {
  missing: 'initial',
  stale: 'initial',
  machine: 'translated',
  reviewed: 'final',
};

/** Gives each distinct original-data value of a unit one `<data id>`. */
class DataTable {
  readonly values = new Map<string, string>();
  id(value: string): string {
    let id = this.values.get(value);
    if (id === undefined) {
      id = `d${this.values.size + 1}`;
      this.values.set(value, id);
    }
    return id;
  }
}

/** Inline parts as XLIFF 2.0 content: codes as `<ph>` and `<pc>` pointing into `<originalData>`. */
function content(parts: readonly InlinePart[], data: DataTable): string {
  const closes = new Map<string, string>();
  for (const part of parts) if (part.type === 'close') closes.set(part.id, part.value);
  return parts
    .map((part) => {
      switch (part.type) {
        case 'text':
          return text(part.value);
        case 'ph':
          return `<ph id="${part.id}" dataRef="${data.id(part.value)}"/>`;
        case 'open':
          return `<pc id="${part.id}" dataRefStart="${data.id(part.value)}" dataRefEnd="${data.id(closes.get(part.id) ?? '')}">`;
        case 'close':
          return '</pc>';
      }
    })
    .join('');
}

/** A `<unit>`: notes, original data of the codes, one segment with source and target. */
function unitXml(unit: ReviewUnit): string[] {
  const codes = new InlineCodes();
  const data = new DataTable();
  const source = content(codes.parts(unit.source), data);
  const target = unit.translation === null ? null : content(codes.parts(unit.translation, true), data);
  const notes = [
    ...contextNotes(unit).map((note) => `<note category="${note.category}">${text(note.text)}</note>`),
    ...unit.comments.map((comment) => `<note category="comment">${text(comment)}</note>`),
  ];
  const lines = [`    <unit id="${attr(unit.id)}">`, '      <notes>', ...notes.map((note) => `        ${note}`), '      </notes>'];
  if (data.values.size > 0) {
    lines.push('      <originalData>');
    for (const [value, id] of data.values) lines.push(`        <data id="${id}">${text(value)}</data>`);
    lines.push('      </originalData>');
  }
  lines.push(
    `      <segment state="${STATES[unit.state]}" subState="deckl10n:${unit.state}">`,
    `        <source>${source}</source>`,
    ...(target === null ? [] : [`        <target>${target}</target>`]),
    '      </segment>',
    '    </unit>',
  );
  return lines;
}

/**
 * Writes a review as XLIFF 2.0 (OASIS core): a `<file>` per deck (`original` = deck path), a
 * `<unit>` per segment (`id` = segment id) with notes (slide and title, kind, provider and
 * state, old source of stale units, kept comments), inline codes as `<ph>`/`<pc>` with
 * `<originalData>`, and the segment state (`initial` missing/stale, `translated` machine,
 * `final` reviewed; `subState` `deckl10n:<state>`). Whitespace is preserved.
 */
export function writeXliff2(review: ReviewExport): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF2_NS}" version="2.0" srcLang="${attr(review.sourceLanguage)}" trgLang="${attr(review.language)}">`,
  ];
  for (const deck of review.decks) {
    lines.push(`  <file id="${attr(deck.id.replace(/[^\w.-]/g, '_'))}" original="${attr(deck.path)}" xml:space="preserve">`);
    for (const unit of deck.units) lines.push(...unitXml(unit));
    lines.push('  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}
