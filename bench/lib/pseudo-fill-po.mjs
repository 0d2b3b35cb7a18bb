#!/usr/bin/env node
// The "translator" of the po4a side: fills every msgstr of the given PO files with deckl10n's
// pseudo-localization of the msgid (the transform `deckl10n translate --provider pseudo` applies),
// so both tools render fully "translated" decks. Usage: node pseudo-fill-po.mjs <lng> <file.po>…
import { readFileSync, writeFileSync } from 'node:fs';
import { pseudoLocalize } from '@deckl10n/providers';
import { fillPo } from './po-file.mjs';

const [language, ...files] = process.argv.slice(2);
if (language === undefined || files.length === 0) {
  console.error('usage: node pseudo-fill-po.mjs <lng> <file.po>…');
  process.exit(2);
}
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const filled = fillPo(text, (msgid) => pseudoLocalize(msgid, language));
  if (filled !== text) writeFileSync(file, filled);
}
