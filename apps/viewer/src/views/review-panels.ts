import type { DeckView, StateCounts } from '../app/api.js';
import { slidesOf } from '../app/deck-cache.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';
import { scaledSlide, slideElement } from '../app/slide-element.js';
import { progressBar } from './progress.js';

/** The English slide and the translated slide (with review marks) for a deck slide. */
export function sidePanels(deck: DeckView, page: number): HTMLElement[] {
  const pick = (variant: 'source' | 'marked') => {
    const slides = slidesOf(deck, variant);
    const shown = slides.filter((slide) => slide.sourceSlide === page);
    return { slide: shown[shown.length - 1], total: slides.length };
  };
  const panel = (label: string, variant: 'source' | 'marked', lang: string) => {
    const { slide, total } = pick(variant);
    const body = slide === undefined ? h('p', { class: 'empty' }, page === 0 ? t('review.frontMatterHint') : t('review.templateSlide')) : scaledSlide(slideElement(slide, total), 'stage review-stage');
    return h('figure', { class: `side ${variant}`, lang }, h('figcaption', {}, label), body);
  };
  return [panel(t('review.source', { language: deck.sourceLanguage }), 'source', deck.sourceLanguage), panel(t('review.translation', { language: deck.language }), 'marked', deck.language)];
}

/** Counts by state with a progress bar (nothing for the source language). */
export function countsBar(counts: StateCounts | null): HTMLElement[] {
  if (counts === null) return [];
  return [
    progressBar(counts),
    ...(['reviewed', 'machine', 'stale', 'missing'] as const).map((state) => h('span', { class: `count state-${state}`, 'data-state': state }, `${t(`states.${state}`)} ${counts[state]}`)),
  ];
}
