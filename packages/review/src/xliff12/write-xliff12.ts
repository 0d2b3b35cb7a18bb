import { contextNotes } from '../export/context-notes.js';
import { InlineCodes, type InlinePart } from '../inline/codes.js';
import type { ReviewExport, ReviewUnit } from '../model.js';
import { escapeAttribute as attr, escapeText as text } from '../xml/escape.js';

/** XLIFF 1.2 namespace. */
export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';

/** Inline parts as XLIFF 1.2 content: codes as `<ph>`, `<bpt>`/`<ept>` holding the native code. */
function content(parts: readonly InlinePart[]): string {
  const tags = { ph: 'ph', open: 'bpt', close: 'ept' } as const;
  return parts.map((part) => (part.type === 'text' ? text(part.value) : `<${tags[part.type]} id="${part.id}">${text(part.value)}</${tags[part.type]}>`)).join('');
}

/** The `<target>` of a unit: state and qualifier from our state; none when missing. */
function targetXml(unit: ReviewUnit, body: string): string | null {
  switch (unit.state) {
    case 'missing':
      return null;
    case 'machine':
      return `<target state="needs-review-translation" state-qualifier="mt-suggestion">${body}</target>`;
    case 'stale':
      return `<target state="needs-review-translation" state-qualifier="x-deckl10n-stale">${body}</target>`;
    case 'reviewed':
      return `<target state="final">${body}</target>`;
  }
}

/** A `<trans-unit>`: source, target, context notes (`from="developer"`), kept comments (`from="translator"`), location. */
function unitXml(unit: ReviewUnit, deckPath: string): string[] {
  const codes = new InlineCodes();
  const source = content(codes.parts(unit.source));
  const target = unit.translation === null ? null : targetXml(unit, content(codes.parts(unit.translation, true)));
  return [
    `      <trans-unit id="${attr(unit.id)}" xml:space="preserve"${unit.state === 'reviewed' ? ' approved="yes"' : ''}>`,
    `        <source>${source}</source>`,
    ...(target === null ? [] : [`        ${target}`]),
    `        <context-group name="x-deckl10n-location" purpose="location"><context context-type="sourcefile">${text(deckPath)}</context><context context-type="linenumber">${unit.line}</context></context-group>`,
    ...contextNotes(unit).map((note) => `        <note from="developer">${text(note.text)}</note>`),
    ...unit.comments.map((comment) => `        <note from="translator">${text(comment)}</note>`),
    '      </trans-unit>',
  ];
}

/**
 * Writes a review as XLIFF 1.2 (what OmegaT and Weblate read natively): a `<file>` per deck
 * (`original` = deck path), a `<trans-unit>` per segment (`id` = segment id), codes as
 * `<ph>`/`<bpt>`/`<ept>` with the native code inside, `approved="yes"` and state `final` for
 * reviewed units, `needs-review-translation` for machine (`mt-suggestion`) and stale ones, and
 * the same context notes as the other formats.
 */
export function writeXliff12(review: ReviewExport): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<xliff xmlns="${XLIFF12_NS}" version="1.2">`];
  for (const deck of review.decks) {
    lines.push(
      `  <file original="${attr(deck.path)}" source-language="${attr(review.sourceLanguage)}" target-language="${attr(review.language)}" datatype="x-markdown">`,
      '    <header><tool tool-id="deckl10n" tool-name="deckl10n"/></header>',
      '    <body>',
    );
    for (const unit of deck.units) lines.push(...unitXml(unit, deck.path));
    lines.push('    </body>', '  </file>');
  }
  lines.push('</xliff>', '');
  return lines.join('\n');
}
