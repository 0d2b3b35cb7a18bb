#!/usr/bin/env node
// Copies the built viewer app (apps/viewer/dist) into dist/viewer, so the serve package (and the
// CLI that depends on it) carries the viewer with it wherever it is installed.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'dist', 'viewer');
const viewerPackage = createRequire(import.meta.url).resolve('@deckl10n/viewer/package.json');
const source = join(dirname(viewerPackage), 'dist');
if (!existsSync(join(source, 'index.html'))) {
  console.error(`copy-viewer: ${source}/index.html not found; build @deckl10n/viewer first (turbo does)`);
  process.exit(1);
}
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
