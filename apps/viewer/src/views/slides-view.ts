import type { RenderedSlide } from '../render/render-deck.js';
import type { SlidesView } from '../app/api.js';
import { announce, openClone } from '../app/clone-link.js';
import { deckSlideOf, slidesOf } from '../app/deck-cache.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';
import { routeHash, type SlidesRoute } from '../app/router.js';
import { sanitizeHtml } from '../app/sanitize.js';
import { scaledSlide, slideElement } from '../app/slide-element.js';
import { cloneKeys, helpOverlay, slideKeys } from './help.js';
import { presenterPane, type PresenterPane } from './presenter-pane.js';
import { resetTimer, startTimer, toggleTimer } from './presenter-timer.js';
import { toolbar, toolButton } from './toolbar.js';
import type { View } from './view.js';


/** Remembered across slides and views, like remark's: whether the presenter layout shows. */
let presenterOn = sessionStorage.getItem('deckl10n.presenter') === '1';

/** How the reading view is shown: a clone window is the audience's copy (the slide only). */
export interface SlidesViewOptions {
  readonly clone?: boolean;
}

/**
 * The reading view: one slide at a time as remark shows it, scaled 16:9 to the window, with
 * remark's presenter mode (P: the slide, the next one, the notes and a timer), a clone window
 * for the audience that follows this one (C), fullscreen (F), the plain text (T), help (?), and
 * a locale switcher that keeps the slide. The URL is `#<deck>/<lang>/<slide>`.
 */
export function slidesView(root: HTMLElement, deck: SlidesView, languages: readonly string[], first: SlidesRoute, options: SlidesViewOptions = {}): View {
  const slides = slidesOf(deck, 'reading');
  const clone = options.clone === true;
  let route = first;
  let textOn = false;
  let help: HTMLElement | null = null;
  let pane: PresenterPane | null = null;
  // remark's clock also starts at a click on the slide.
  const stageHolder = h('main', { class: 'slide-area', onclick: () => (presenting() ? startTimer() : undefined) });
  const text = h('section', { class: 'plain-text', hidden: true });
  const status = h('span', { class: 'toolbar-status', role: 'status' });
  const presenterButton = toolButton(t('slides.presenter'), 'P', () => togglePresenter(), { 'aria-pressed': String(presenterOn), 'data-action': 'presenter' });
  const textButton = toolButton(t('slides.text'), 'T', () => toggleText(), { 'aria-pressed': 'false', 'data-action': 'text' });
  const bar = toolbar({
    title: deck.title ?? deck.id,
    language: deck.language,
    languages,
    routeFor: (language) => ({ ...route, language }),
    buttons: [
      status,
      presenterButton,
      toolButton(t('slides.clone'), 'C', () => openCloneWindow(), { 'data-action': 'clone' }),
      textButton,
      toolButton(t('slides.review'), 'R', () => openReview(), { 'data-action': 'review' }),
      toolButton(t('slides.fullscreen'), 'F', () => toggleFullscreen()),
      toolButton('?', '?', () => toggleHelp(), { 'aria-label': t('help.title') }),
    ],
  });
  const layout = h('div', { class: 'slides-layout' }, stageHolder);
  root.replaceChildren(clone ? h('div', { class: 'viewer slides-view clone-view' }, layout) : h('div', { class: 'viewer slides-view' }, bar, layout, text));

  const current = (): RenderedSlide | undefined => slides[Math.min(route.slide, slides.length) - 1];
  const presenting = (): boolean => presenterOn && !clone;

  function show(): void {
    const slide = current();
    if (slide === undefined) {
      stageHolder.replaceChildren(h('p', { class: 'empty' }, t('slides.empty')));
      return;
    }
    stageHolder.replaceChildren(scaledSlide(slideElement(slide, slides.length)));
    if (presenting() && pane === null) {
      pane = presenterPane();
      layout.append(pane.element);
    } else if (!presenting() && pane !== null) {
      pane.stop();
      pane.element.remove();
      pane = null;
    }
    pane?.show(slides, slide.index);
    layout.classList.toggle('presenter', pane !== null);
    document.title = `${deck.title ?? deck.id} — ${slide.number}/${slides.length}`;
    announce(route);
  }

  function go(slide: number): void {
    const next = Math.max(1, Math.min(slides.length, slide));
    if (next === route.slide) return;
    location.hash = routeHash({ ...route, slide: next });
  }

  function togglePresenter(): void {
    presenterOn = !presenterOn;
    sessionStorage.setItem('deckl10n.presenter', presenterOn ? '1' : '0');
    presenterButton.setAttribute('aria-pressed', String(presenterOn));
    show();
  }

  function openCloneWindow(): void {
    status.textContent = openClone(route) ? '' : t('presenter.cloneBlocked');
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
    help = helpOverlay(clone ? cloneKeys() : slideKeys(), toggleHelp);
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
      // The talk's clock starts at the first slide change, here or in the clone.
      if (next.slide !== route.slide) startTimer();
      route = next;
      show();
      return true;
    },
    dispose() {
      pane?.stop();
    },
    onKey(event) {
      if (help !== null && (event.key === 'Escape' || event.key === '?')) return toggleHelp(), true;
      if (clone && !CLONE_KEYS.has(event.key.toLowerCase())) return false;
      switch (event.key) {
        case 'ArrowRight': case 'ArrowDown': case ' ': case 'PageDown': case 'j': go(route.slide + 1); return true;
        case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'k': case 'Backspace': go(route.slide - 1); return true;
        case 'Home': go(1); return true;
        case 'End': go(slides.length); return true;
        case 'p': case 'P': togglePresenter(); return true;
        case 'c': case 'C': openCloneWindow(); return true;
        case 's': case 'S': if (!presenting()) return false; toggleTimer(); return true;
        case 'z': case 'Z': if (!presenting()) return false; resetTimer(); return true;
        case 'f': case 'F': toggleFullscreen(); return true;
        case 't': case 'T': toggleText(); return true;
        case 'r': case 'R': openReview(); return true;
        case '?': toggleHelp(); return true;
        default: return false;
      }
    },
  };
}

/** What a clone window answers to (lower case): moving, fullscreen and help; the rest is the presenter's. */
const CLONE_KEYS = new Set(['arrowright', 'arrowdown', ' ', 'pagedown', 'j', 'arrowleft', 'arrowup', 'pageup', 'k', 'backspace', 'home', 'end', 'f', '?']);

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
