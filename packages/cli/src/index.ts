/** The deckl10n command line, as a function (the `deckl10n` bin calls it). */
export { main } from './main.js';
export { ExitCode } from './exit-codes.js';
