/**
 * @deckl10n/gtn-layout/node: what expanding a deck needs from the file system (Node only):
 * contributor names, the deck's last modification date, the layout strings shipped with the
 * package or kept in a locale folder.
 */
export { findContributorNames, CONTRIBUTORS_FILE } from './contributors-file.js';
export { deckLastModified } from './last-modified.js';
export { packagedLayoutStrings, readLayoutStrings } from './layout-strings.js';
