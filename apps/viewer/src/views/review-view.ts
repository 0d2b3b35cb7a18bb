import { ApiError, approveSegment, saveSegment, type DeckView, type SegmentView } from '../app/api.js';
import { forgetDeck, loadDeck, readingSlideOf, slidesOf } from '../app/deck-cache.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';
import { routeHash, type Route } from '../app/router.js';
import { helpOverlay, reviewKeys } from './help.js';
import { countsBar, sidePanels } from './review-panels.js';
import { segmentRow, setRowStatus } from './segment-row.js';
import { toolbar, toolButton } from './toolbar.js';
import type { View } from './view.js';

type ReviewRoute = Extract<Route, { view: 'review' }>;

/**
 * Review mode, `#review/<deck>/<lang>/<slide>[/<segment>]` (slide = the deck's slide, 0 = front
 * matter): the English slide and the translated slide side by side, every segment marked by
 * state (stale ones with their old translation, missing ones in English), and below them the
 * slide's segments to edit and approve. Keyboard-driven: N jumps to the next unreviewed segment.
 */
export function reviewView(root: HTMLElement, initial: DeckView, languages: readonly string[], first: ReviewRoute): View {
  let deck = initial;
  let route = first;
  let help: HTMLElement | null = null;
  const pages = Math.max(0, ...deck.segments.map((segment) => segment.slide), ...slidesOf(deck, 'source').map((slide) => slide.sourceSlide));
  const counts = h('div', { class: 'review-counts' });
  const sideBySide = h('section', { class: 'side-by-side' });
  const list = h('section', { class: 'segment-list' });
  const pager = h('span', { class: 'pager' });
  const bar = toolbar({
    title: deck.title ?? deck.id,
    language: deck.language,
    languages: languages.filter((language) => language !== deck.sourceLanguage),
    routeFor: (language) => ({ ...route, language }),
    buttons: [
      toolButton('◀', '←', () => go(route.slide - 1), { 'aria-label': t('review.previousSlide') }),
      pager,
      toolButton('▶', '→', () => go(route.slide + 1), { 'aria-label': t('review.nextSlide') }),
      toolButton(t('review.nextUnreviewed'), 'N', () => nextUnreviewed(), { 'data-action': 'next-unreviewed' }),
      ...(deck.catalog ? [] : [toolButton(t('review.slides'), 'V', () => openSlides())]),
      toolButton('?', '?', () => toggleHelp(), { 'aria-label': t('help.title') }),
    ],
  });
  root.replaceChildren(h('div', { class: 'viewer review-view' }, bar, counts, h('div', { class: 'review-body' }, sideBySide, list)));

  // A click on a marked text in the translated slide selects its segment for editing.
  sideBySide.addEventListener('click', (event) => {
    const mark = (event.target as Element | null)?.closest('mark[data-seg]');
    const segment = deck.segments.find((candidate) => String(candidate.index) === mark?.getAttribute('data-seg'));
    if (segment !== undefined) select(segment.id, true);
  });

  const segmentsOnPage = () => deck.segments.filter((segment) => segment.slide === route.slide);

  function show(): void {
    pager.textContent = route.slide === 0 ? t('review.frontMatter') : t('review.slideOf', { slide: route.slide, total: pages });
    counts.replaceChildren(...countsBar(deck.counts));
    sideBySide.replaceChildren(...(deck.catalog ? [] : sidePanels(deck, route.slide)));
    sideBySide.hidden = deck.catalog;
    const rows = segmentsOnPage().map((segment) => segmentRow(segment, { save, approve, focus: (s) => select(s.id, false) }));
    list.replaceChildren(...(rows.length > 0 ? rows : [h('p', { class: 'empty' }, t('review.noSegments'))]));
    if (route.segment !== null) select(route.segment, false);
  }

  function select(id: string, focusField: boolean): void {
    for (const row of list.querySelectorAll('.segment-row.active')) row.classList.remove('active');
    for (const mark of sideBySide.querySelectorAll('mark.active')) mark.classList.remove('active');
    const row = list.querySelector<HTMLElement>(`.segment-row[data-segment="${CSS.escape(id)}"]`);
    if (row === null) return;
    row.classList.add('active');
    sideBySide.querySelector(`mark[data-seg="${row.dataset['index'] ?? ''}"]`)?.classList.add('active');
    if (route.segment !== id) {
      route = { ...route, segment: id };
      history.replaceState(null, '', routeHash(route));
    }
    row.scrollIntoView({ block: 'nearest' });
    if (focusField) row.querySelector('textarea')?.focus();
  }

  function go(slide: number, segment: string | null = null): void {
    const next = Math.max(0, Math.min(pages, slide));
    location.hash = routeHash({ ...route, slide: next, segment });
  }

  function step(delta: number): void {
    const segments = segmentsOnPage();
    const at = segments.findIndex((segment) => segment.id === route.segment);
    const next = segments[Math.max(0, Math.min(segments.length - 1, at + delta))];
    if (next !== undefined) select(next.id, false);
  }

  function nextUnreviewed(): void {
    const all = deck.segments;
    const at = all.findIndex((segment) => segment.id === route.segment);
    for (let offset = 1; offset <= all.length; offset++) {
      const segment = all[(Math.max(at, -1) + offset) % all.length];
      if (segment !== undefined && segment.state !== 'reviewed' && segment.state !== 'source') {
        if (segment.slide === route.slide) select(segment.id, true);
        else go(segment.slide, segment.id);
        return;
      }
    }
  }

  async function refresh(id: string): Promise<void> {
    forgetDeck(deck.id, deck.language);
    deck = await loadDeck(deck.id, deck.language);
    route = { ...route, segment: id };
    show();
    select(id, false);
  }

  function rowOf(segment: SegmentView): HTMLElement | null {
    return list.querySelector<HTMLElement>(`.segment-row[data-segment="${CSS.escape(segment.id)}"]`);
  }

  function report(segment: SegmentView, work: Promise<unknown>, done: string): void {
    work
      .then(() => refresh(segment.id))
      .then(() => {
        const row = rowOf(segment);
        if (row !== null) setRowStatus(row, done, 'ok');
      })
      .catch((error: unknown) => {
        const row = rowOf(segment);
        if (row === null) return;
        if (error instanceof ApiError) setRowStatus(row, error.message, 'error', error.findings);
        else setRowStatus(row, String(error), 'error');
      });
  }

  function save(segment: SegmentView, translation: string, approved: boolean): void {
    report(segment, saveSegment(deck.id, deck.language, segment.id, translation, approved), approved ? t('review.savedApproved') : t('review.saved'));
  }

  function approve(segment: SegmentView): void {
    report(segment, approveSegment(deck.id, deck.language, segment.id), t('review.approved'));
  }

  function current(): SegmentView | undefined {
    return deck.segments.find((segment) => segment.id === route.segment);
  }

  function toggleHelp(): void {
    if (help !== null) {
      help.remove();
      help = null;
      return;
    }
    help = helpOverlay(reviewKeys(), toggleHelp);
    root.append(help);
  }

  function openSlides(): void {
    if (deck.catalog) return;
    location.hash = routeHash({ view: 'slides', deck: deck.id, language: deck.language, slide: readingSlideOf(deck, route.slide) });
  }

  show();
  return {
    update(next) {
      if (next.view !== 'review' || next.deck !== route.deck || next.language !== route.language) return false;
      const samePage = next.slide === route.slide;
      route = next;
      if (samePage && next.segment !== null) select(next.segment, false);
      else {
        show();
        if (next.segment !== null) select(next.segment, true);
      }
      return true;
    },
    onKey(event) {
      if (help !== null && (event.key === 'Escape' || event.key === '?')) return toggleHelp(), true;
      const segment = current();
      switch (event.key) {
        case 'ArrowRight': case 'PageDown': go(route.slide + 1); return true;
        case 'ArrowLeft': case 'PageUp': go(route.slide - 1); return true;
        case 'n': case 'N': nextUnreviewed(); return true;
        case 'j': case 'ArrowDown': step(1); return true;
        case 'k': case 'ArrowUp': step(-1); return true;
        case 'e': case 'E': case 'Enter': if (segment) select(segment.id, true); return true;
        case 'a': case 'A': if (segment) approve(segment); return true;
        case 'v': case 'V': openSlides(); return true;
        case '?': toggleHelp(); return true;
        default: return false;
      }
    },
  };
}
