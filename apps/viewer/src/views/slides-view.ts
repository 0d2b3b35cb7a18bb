import type { RenderedSlide } from '../render/render-deck.js';
import type { SlidesView } from '../app/api.js';
import { deckSlideOf, slidesOf } from '../app/deck-cache.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';
import { routeHash, type Route } from '../app/router.js';
import { sanitizeHtml } from '../app/sanitize.js';
import { scaledSlide, slideElement } from '../app/slide-element.js';
import { helpOverlay, slideKeys } from './help.js';
import { toolbar, toolButton } from './toolbar.js';
import type { View } from './view.js';

type SlidesRoute = Extract<Route, { view: 'slides' }>;

/** Remembered across slides and views: whether the presenter notes show. */
let notesOn = sessionStorage.getItem('deckl10n.notes') === '1';

/**
 * The reading view: one slide at a time as remark shows it, scaled 16:9 to the window, with
 * presenter notes (P), fullscreen (F), the plain text (T), help (?), and a locale switcher
 * that keeps the slide. The URL is `#<deck>/<lang>/<slide>`.
 */
export function slidesView(root: HTMLElement, deck: SlidesView, languages: readonly string[], first: SlidesRoute): View {
  const slides = slidesOf(deck, 'reading');
  let route = first;
  let textOn = false;
  let help: HTMLElement | null = null;
  const stageHolder = h('main', { class: 'slide-area' });
  const notes = h('aside', { class: 'notes-pane', 'aria-label': t('slides.notes') });
  const text = h('section', { class: 'plain-text', hidden: true });
  const notesButton = toolButton(t('slides.notes'), 'P', () => toggleNotes(), { 'aria-pressed': String(notesOn), 'data-action': 'notes' });
  const textButton = toolButton(t('slides.text'), 'T', () => toggleText(), { 'aria-pressed': 'false', 'data-action': 'text' });
  const bar = toolbar({
    title: deck.title ?? deck.id,
    language: deck.language,
    languages,
    routeFor: (language) => ({ ...route, language }),
    buttons: [
      notesButton,
      textButton,
      toolButton(t('slides.review'), 'R', () => openReview(), { 'data-action': 'review' }),
      toolButton(t('slides.fullscreen'), 'F', () => toggleFullscreen()),
      toolButton('?', '?', () => toggleHelp(), { 'aria-label': t('help.title') }),
    ],
  });
  const layout = h('div', { class: 'slides-layout' }, stageHolder, notes);
  root.replaceChildren(h('div', { class: 'viewer slides-view' }, bar, layout, text));

  const current = (): RenderedSlide | undefined => slides[Math.min(route.slide, slides.length) - 1];

  function show(): void {
    const slide = current();
    if (slide === undefined) {
      stageHolder.replaceChildren(h('p', { class: 'empty' }, t('slides.empty')));
      return;
    }
    stageHolder.replaceChildren(scaledSlide(slideElement(slide, slides.length)));
    notes.innerHTML = slide.notesHtml === '' ? '' : sanitizeHtml(slide.notesHtml);
    if (slide.notesHtml === '') notes.append(h('p', { class: 'no-notes' }, t('slides.noNotes')));
    notes.hidden = !notesOn;
    layout.classList.toggle('with-notes', notesOn);
    document.title = `${deck.title ?? deck.id} — ${slide.number}/${slides.length}`;
  }

  function go(slide: number): void {
    const next = Math.max(1, Math.min(slides.length, slide));
    if (next === route.slide) return;
    location.hash = routeHash({ ...route, slide: next });
  }

  function toggleNotes(): void {
    notesOn = !notesOn;
    sessionStorage.setItem('deckl10n.notes', notesOn ? '1' : '0');
    notesButton.setAttribute('aria-pressed', String(notesOn));
    show();
  }

  function toggleText(): void {
    textOn = !textOn;
    textButton.setAttribute('aria-pressed', String(textOn));
    text.hidden = !textOn;
    layout.hidden = textOn;
    if (textOn && text.childElementCount === 0) text.append(...plainText(deck, slides));
  }

  function toggleHelp(): void {
    if (help !== null) {
      help.remove();
      help = null;
      return;
    }
    help = helpOverlay(slideKeys(), toggleHelp);
    root.append(help);
  }

  function openReview(): void {
    const slide = current();
    const language = deck.language === deck.sourceLanguage ? (languages.find((code) => code !== deck.sourceLanguage) ?? deck.language) : deck.language;
    location.hash = routeHash({ view: 'review', deck: deck.id, language, slide: deckSlideOf(deck, slide?.sourceSlide ?? 1), segment: null });
  }

  show();
  return {
    update(next) {
      if (next.view !== 'slides' || next.deck !== route.deck || next.language !== route.language) return false;
      route = next;
      show();
      return true;
    },
    onKey(event) {
      if (help !== null && (event.key === 'Escape' || event.key === '?')) return toggleHelp(), true;
      switch (event.key) {
        case 'ArrowRight': case 'ArrowDown': case ' ': case 'PageDown': case 'j': go(route.slide + 1); return true;
        case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'k': case 'Backspace': go(route.slide - 1); return true;
        case 'Home': go(1); return true;
        case 'End': go(slides.length); return true;
        case 'p': case 'P': toggleNotes(); return true;
        case 'f': case 'F': toggleFullscreen(); return true;
        case 't': case 'T': toggleText(); return true;
        case 'r': case 'R': openReview(); return true;
        case '?': toggleHelp(); return true;
        default: return false;
      }
    },
  };
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

/** The deck as plain text: the server's GTN text rendering when there is one, else each slide's text. */
function plainText(deck: SlidesView, slides: readonly RenderedSlide[]): HTMLElement[] {
  if (deck.plainText) return [h('pre', { class: 'plain-text-body' }, deck.plainText)];
  const scratch = document.createElement('div');
  return slides
    .filter((slide, index) => index === slides.length - 1 || slides[index + 1]?.sourceSlide !== slide.sourceSlide)
    .map((slide) => {
      scratch.innerHTML = sanitizeHtml(slide.html);
      return h('article', { class: 'plain-slide' }, h('h3', {}, t('slides.slideNumber', { number: slide.number })), h('pre', {}, (scratch.textContent ?? '').replace(/\n{3,}/g, '\n\n').trim()));
    });
}
