/** Test helpers shared by deckl10n's packages. */
export { corpusDir, corpusFiles, exampleDeckPath, hasCorpus, remarkCounts, repoRoot } from './corpus.js';
export type { CorpusFile } from './corpus.js';
export { cliPath, copyToTemp, runCli, tempDir } from './cli.js';
export type { CliRun } from './cli.js';
export { filesUnder, mtimes } from './files.js';
