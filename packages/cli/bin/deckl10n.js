#!/usr/bin/env node
// The deckl10n command. Kept outside dist/ so npm can link it before the first build.
import { main } from '../dist/main.js';

// `deckl10n extract deck.md | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
