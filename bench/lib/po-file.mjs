/**
 * PO files as the po4a comparison needs them: fill every msgstr with a deterministic transform
 * (the pseudo "translator" both tools share), and read back what msgmerge made of a translation
 * after the source changed. Parsing and writing go through gettext-parser.
 */
import gettextParser from 'gettext-parser';

/**
 * @typedef {object} PoEntry
 * @property {string} msgid
 * @property {string} msgstr  '' when untranslated
 * @property {boolean} fuzzy
 */

/** The translation entries of a PO text (header and obsolete `#~` entries left out). */
export function poEntries(text) {
  const po = gettextParser.po.parse(Buffer.from(text, 'utf8'));
  const entries = [];
  for (const context of Object.values(po.translations)) {
    for (const entry of Object.values(context)) {
      if (entry.msgid === '') continue;
      const flags = (entry.comments?.flag ?? '').split(/[,\s]+/);
      entries.push({ msgid: entry.msgid, msgstr: entry.msgstr[0] ?? '', fuzzy: flags.includes('fuzzy') });
    }
  }
  return entries;
}

/**
 * A PO text with every entry translated by `transform(msgid)` and no entry fuzzy: what a
 * translator (or a machine) hands back after a full translation.
 *
 * @param {string} text
 * @param {(msgid: string) => string} transform
 */
export function fillPo(text, transform) {
  const po = gettextParser.po.parse(Buffer.from(text, 'utf8'));
  for (const context of Object.values(po.translations)) {
    for (const entry of Object.values(context)) {
      if (entry.msgid === '') continue;
      entry.msgstr = [transform(entry.msgid)];
      if (entry.comments?.flag) {
        const flags = entry.comments.flag.split(/[,\s]+/).filter((flag) => flag !== '' && flag !== 'fuzzy');
        entry.comments.flag = flags.join(', ');
        if (entry.comments.flag === '') delete entry.comments.flag;
      }
    }
  }
  return gettextParser.po.compile(po, { foldLength: 0 }).toString('utf8');
}
