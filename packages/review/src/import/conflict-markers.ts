import { DeckError } from '@deckl10n/errors';

/** A line git writes into a file with a merge conflict. */
const MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;

/**
 * Refuses a review file that still has merge-conflict markers (`<<<<<<<`, `=======`, `>>>>>>>`):
 * importing it would take one side of the conflict silently.
 */
export function refuseConflictMarkers(file: string, text: string): void {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => MARKER.test(line));
  if (index === -1) return;
  throw new DeckError('REVIEW_MERGE_CONFLICT', `the review file has a merge-conflict marker "${(lines[index] as string).slice(0, 7)}"`, {
    file,
    line: index + 1,
    column: 1,
  });
}
