import type { RenderedSlide } from '../render/render-deck.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';
import { sanitizeHtml } from '../app/sanitize.js';
import { scaledSlide, slideElement } from '../app/slide-element.js';
import { timerElement, type TimerElement } from './presenter-timer.js';

/** The column beside the slide in presenter mode. */
export interface PresenterPane {
  readonly element: HTMLElement;
  /** Shows what follows `slides[index]` and its notes. */
  show(slides: readonly RenderedSlide[], index: number): void;
  /** Stops the timer's ticking (the pane is gone). */
  stop(): void;
}

/**
 * remark's presenter column: the elapsed-time timer, the next slide scaled down and labelled
 * (the next step when it is the same source slide, remark counting steps as slides; "end of
 * the deck" after the last), and the current slide's notes in a readable size.
 */
export function presenterPane(): PresenterPane {
  const timer: TimerElement = timerElement();
  const caption = h('figcaption', {});
  const preview = h('div', { class: 'next-preview' });
  const next = h('figure', { class: 'next-slide' }, caption, preview);
  const notes = h('section', { class: 'notes-pane', 'aria-label': t('slides.notes') });
  const element = h('aside', { class: 'presenter-pane', 'aria-label': t('presenter.title') }, timer.element, next, notes);
  return {
    element,
    show(slides, index) {
      const current = slides[index];
      const following = slides[index + 1];
      if (following === undefined) {
        caption.textContent = t('presenter.nextSlide');
        preview.replaceChildren(h('p', { class: 'end-of-deck' }, t('presenter.end')));
      } else {
        caption.textContent = following.sourceSlide === current?.sourceSlide ? t('presenter.nextStep') : t('presenter.nextSlide');
        const slide = slideElement(following, slides.length);
        // The preview repeats a slide of the page: its name must not become a second anchor.
        slide.removeAttribute('id');
        preview.replaceChildren(scaledSlide(slide, 'stage next-stage'));
      }
      const html = current?.notesHtml ?? '';
      notes.innerHTML = html === '' ? '' : sanitizeHtml(html);
      if (html === '') notes.append(h('p', { class: 'no-notes' }, t('slides.noNotes')));
    },
    stop: () => timer.stop(),
  };
}
