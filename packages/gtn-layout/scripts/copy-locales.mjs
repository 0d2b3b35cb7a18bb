#!/usr/bin/env node
// Build step: ships the repository's GTN layout strings with the package, as
// dist/locales/<lng>.json (from <repo>/locales/<lng>/gtn-layout.json), so `deckl10n render`
// frames decks in any language we translated even without a project config.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const localesDir = join(packageDir, '../../locales');
const target = join(packageDir, 'dist/locales');
mkdirSync(target, { recursive: true });
let copied = 0;
for (const language of existsSync(localesDir) ? readdirSync(localesDir).sort() : []) {
  const file = join(localesDir, language, 'gtn-layout.json');
  if (!existsSync(file)) continue;
  copyFileSync(file, join(target, `${language}.json`));
  copied += 1;
}
console.log(`gtn-layout: ${copied} languages of layout strings in dist/locales`);
