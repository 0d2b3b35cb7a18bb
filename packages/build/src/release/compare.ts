import type { ReleaseRecord } from './snapshot.js';

/** The semver bump a changeset asks for. */
export type Bump = 'patch' | 'minor' | 'major';

/** What changed in a locale package since its last record. */
export interface PackageChange {
  readonly bump: Bump;
  readonly addedDecks: readonly string[];
  readonly removedDecks: readonly string[];
  /** Per deck: segments translated that were not, translations changed, segments newly reviewed. */
  readonly decks: Readonly<Record<string, { readonly added: number; readonly updated: number; readonly reviewed: number }>>;
}

/**
 * Compares the current segment marks of a package's decks with the last record. A new deck is
 * a minor change (a new namespace and file), a removed deck a major one (an import breaks),
 * anything else (translations added, updated, reviewed; shared namespaces; README) a patch.
 */
export function comparePackage(previous: ReleaseRecord | null, current: ReleaseRecord['decks']): PackageChange {
  const before = previous?.decks ?? {};
  const addedDecks = Object.keys(current).filter((id) => before[id] === undefined).sort();
  const removedDecks = Object.keys(before).filter((id) => current[id] === undefined).sort();
  const decks: Record<string, { added: number; updated: number; reviewed: number }> = {};
  for (const [id, segments] of Object.entries(current)) {
    const old = before[id] ?? {};
    const counts = { added: 0, updated: 0, reviewed: 0 };
    for (const [segment, mark] of Object.entries(segments)) {
      const [state, hash] = mark.split(':');
      const [oldState, oldHash] = (old[segment] ?? 'missing:').split(':');
      const translated = state === 'machine' || state === 'reviewed';
      const wasTranslated = oldState === 'machine' || oldState === 'reviewed';
      if (translated && !wasTranslated) counts.added++;
      else if (translated && hash !== oldHash) counts.updated++;
      if (state === 'reviewed' && oldState !== 'reviewed') counts.reviewed++;
    }
    if (counts.added + counts.updated + counts.reviewed > 0) decks[id] = counts;
  }
  const bump: Bump = removedDecks.length > 0 ? 'major' : addedDecks.length > 0 ? 'minor' : 'patch';
  return { bump, addedDecks, removedDecks, decks };
}
