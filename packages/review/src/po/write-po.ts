import { po, type GetTextTranslation, type GetTextTranslations } from 'gettext-parser';
import { contextNotes } from '../export/context-notes.js';
import type { ReviewExport, ReviewUnit } from '../model.js';
import { poKeyword } from './po-string.js';

/** Header fields of every PO file deckl10n writes (no dates: the same store gives the same bytes). */
function headers(review: ReviewExport): Record<string, string> {
  return {
    'Project-Id-Version': review.decks.map((deck) => deck.id).join(', ') || 'deckl10n',
    Language: review.language,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
    'X-Generator': 'deckl10n',
    'X-Source-Language': review.sourceLanguage,
  };
}

/** The PO entry of a unit (references are added by the caller, which merges repeats across decks). */
function entryFor(unit: ReviewUnit): GetTextTranslation {
  const flags = unit.state === 'machine' || unit.state === 'stale' ? 'fuzzy' : undefined;
  const extracted = contextNotes(unit)
    .filter((note) => note.category !== 'old-source')
    .map((note) => note.text.replace(/\s*\n\s*/g, ' '))
    .join('\n');
  return {
    msgctxt: unit.id,
    msgid: unit.source,
    msgstr: [unit.translation ?? ''],
    comments: {
      // A comment per `# ` line (a multi-line note becomes several lines, as the readers return it).
      ...(unit.comments.length > 0 ? { translator: unit.comments.join('\n') } : {}),
      extracted,
      ...(flags === undefined ? {} : { flag: flags }),
      ...(unit.oldSource === null ? {} : { previous: poKeyword('msgid', unit.oldSource).join('\n') }),
    },
  };
}

/**
 * Writes a review as a gettext PO file: `msgctxt` = segment id, `#.` context (slide, kind,
 * provider), `#:` deck path and line, `#, fuzzy` for machine and stale translations, `#| msgid`
 * with the old source of stale ones, `# ` the notes kept with a translation. A segment that is
 * the same in several decks is one entry with a reference per deck, as xgettext does.
 */
export function writePo(review: ReviewExport): string {
  const table: GetTextTranslations = { charset: 'utf-8', headers: headers(review), translations: { '': { '': { msgid: '', msgstr: [''] } } } };
  // Entries are kept in deck order (the compiler would otherwise order numeric-looking msgctxt first).
  const references = new Map<GetTextTranslation, string[]>();
  for (const deck of review.decks) {
    for (const unit of deck.units) {
      const context = (table.translations[unit.id] ??= {});
      const existing = context[unit.source];
      const entry = existing ?? entryFor(unit);
      if (existing === undefined) context[unit.source] = entry;
      references.set(entry, [...(references.get(entry) ?? []), `${deck.path}:${unit.line}`]);
    }
  }
  for (const [entry, refs] of references) entry.comments = { ...entry.comments, reference: refs.join('\n') };
  const order = new Map([...references.keys()].map((entry, index) => [entry, index + 1]));
  const sort = (a: GetTextTranslation, b: GetTextTranslation): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const text = po.compile(table, { foldLength: 76, sort }).toString('utf8');
  return text.endsWith('\n') ? text : `${text}\n`;
}
