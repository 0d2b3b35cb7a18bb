import { relative } from 'node:path';
import type { LoadedConfig } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import { hasErrors, qaTranslation } from '@deckl10n/review';
import { applyTranslations, type Segment } from '@deckl10n/segments';
import { withProjectLock, type TranslationEntry } from '@deckl10n/store';
import type { EditResult, Finding } from '@deckl10n/serve-api';
import { alignedTranslations, countStates, saveTranslations } from '@deckl10n/sync';
import { RefusedError } from './api-error.js';
import { checkLanguage, forgetDeckViews, loadDeck } from './deck-view.js';

/** An edit: a new translation, or `null` to approve the stored one. */
export interface Edit {
  readonly translation: string | null;
  readonly approve: boolean;
}

/**
 * Saves a reviewer's edit or approval of one segment through the same store code as the CLI:
 * under the project lock, aligned with the current deck, refused when the translation would
 * break the slides (`applyTranslations` falls back) or QA finds errors, written atomically and
 * only when bytes change. An edit is stored as unreviewed (`machine`, provider `viewer`) unless
 * approved; an approval makes the translation `reviewed` for the current source text.
 */
export function editSegment(loaded: LoadedConfig, deckId: string, language: string, segmentId: string, edit: Edit): Promise<EditResult> {
  checkLanguage(loaded, language);
  if (language === loaded.config.sourceLanguage) {
    throw new DeckError('LANGUAGE_UNKNOWN', `"${language}" is the source language; only translations are edited`);
  }
  return withProjectLock(loaded.localesDir, async () => {
    const source = await loadDeck(loaded, deckId);
    const segment = source.segments.find((candidate) => candidate.id === segmentId);
    if (segment === undefined) throw new DeckError('SEGMENT_UNKNOWN', `deck "${deckId}" has no segment "${segmentId}"`);
    const aligned = await alignedTranslations(loaded, source, language);
    const previous = aligned.translations.entries.get(segmentId);
    const translation = edit.translation ?? previous?.translation;
    if (translation === undefined) {
      throw new DeckError('APPROVE_NOTHING', `segment "${segmentId}" of deck "${deckId}" has no ${language} translation to approve`);
    }
    const qa = check(loaded, source.catalog === true ? null : source.parsed, segment, translation);
    const entry: TranslationEntry = {
      translation,
      state: edit.approve ? 'reviewed' : 'machine',
      fingerprint: segment.fingerprint,
      source: segment.text,
      provider: edit.translation === null || edit.translation === previous?.translation ? (previous?.provider ?? 'viewer') : 'viewer',
      ...(qa.length > 0 ? { qa } : {}),
    };
    const entries = new Map(aligned.translations.entries);
    entries.set(segmentId, entry);
    const written = await saveTranslations(loaded, { ...aligned.translations, entries });
    forgetDeckViews();
    return {
      segment: segmentId,
      state: entry.state as 'machine' | 'reviewed',
      translation,
      qa,
      counts: countStates(source.segments, entries),
      written: written.map((file) => relative(loaded.root, file).split('\\').join('/')),
    };
  });
}

/** QA findings of a translation; throws when it would break the deck (catalogs have none) or QA finds errors. */
function check(loaded: LoadedConfig, deck: Parameters<typeof applyTranslations>[0] | null, segment: Segment, translation: string): Finding[] {
  const applied = deck === null ? null : applyTranslations(deck, new Map([[segment.id, translation]]), { frontMatter: { translate: loaded.config.frontMatter.translate } });
  const refused = (applied?.fallbacks ?? []).map((fallback) => ({ code: `APPLY_${fallback.reason.toUpperCase().replace(/-/g, '_')}`, severity: 'error' as const, message: fallback.message }));
  const findings: Finding[] = [...refused, ...qaTranslation(segment.text, translation, { kind: segment.kind })];
  if (hasErrors(findings)) {
    throw new RefusedError(`the translation of segment "${segment.id}" was not saved: ${findings.filter((f) => f.severity === 'error').map((f) => f.message).join('; ')}`, findings);
  }
  return findings;
}
