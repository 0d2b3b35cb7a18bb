import type { ProjectView } from '../app/api.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';
import { routeHash } from '../app/router.js';
import { progressBar } from './progress.js';
import { languageName } from './toolbar.js';
import type { View } from './view.js';

/**
 * The dashboard (`#dashboard`): decks × target languages, counts by state and a progress bar
 * each, a link into review mode at the first segment that needs work, and links to the slides.
 */
export function dashboardView(root: HTMLElement, project: ProjectView): View {
  const rows = project.decks.flatMap((deck) =>
    project.targetLanguages.map((language, index) => {
      const status = deck.languages[language];
      const counts = status?.counts;
      const work = status?.firstWork ?? null;
      return h(
        'tr',
        { 'data-deck': deck.id, 'data-language': language },
        index === 0
          ? h(
              'th',
              { rowspan: project.targetLanguages.length, scope: 'rowgroup', class: 'deck-cell' },
              deck.catalog ? h('span', {}, deck.id) : h('a', { href: routeHash({ view: 'slides', deck: deck.id, language: project.sourceLanguage, slide: 1 }) }, deck.title ?? deck.id),
              h('div', { class: 'deck-path' }, deck.catalog ? `${deck.path} · ${t('dashboard.catalog')}` : deck.path),
            )
          : null,
        h(
          'td',
          { class: 'lang' },
          deck.catalog
            ? `${language} — ${languageName(language)}`
            : h('a', { href: routeHash({ view: 'slides', deck: deck.id, language, slide: 1 }), title: t('dashboard.viewSlides') }, `${language} — ${languageName(language)}`),
        ),
        ...(['total', 'reviewed', 'machine', 'stale', 'missing', 'obsolete'] as const).map((state) => h('td', { class: `num state-${state}`, 'data-state': state }, String(counts?.[state] ?? 0))),
        h('td', { class: 'progress-cell' }, counts === undefined ? '' : progressBar(counts)),
        h(
          'td',
          {},
          work === null
            ? h('span', { class: 'done' }, t('dashboard.allReviewed'))
            : h('a', { class: 'review-link', href: routeHash({ view: 'review', deck: deck.id, language, slide: work.slide, segment: work.segment }) }, t('dashboard.review')),
        ),
      );
    }),
  );
  const head = h(
    'tr',
    {},
    h('th', {}, t('dashboard.deck')),
    h('th', {}, t('dashboard.language')),
    ...(['total', 'reviewed', 'machine', 'stale', 'missing', 'obsolete'] as const).map((state) => h('th', { class: `num state-${state}` }, t(`states.${state}`))),
    h('th', {}, t('dashboard.progress')),
    h('th', {}),
  );
  root.replaceChildren(
    h(
      'div',
      { class: 'viewer dashboard-view' },
      h('header', { class: 'toolbar' }, h('span', { class: 'home' }, '▦'), h('span', { class: 'deck-title' }, t('dashboard.title'))),
      h(
        'main',
        { class: 'dashboard' },
        project.decks.length === 0 ? h('p', { class: 'empty' }, t('dashboard.noDecks')) : h('table', { class: 'status-table' }, h('thead', {}, head), h('tbody', {}, ...rows)),
        h('p', { class: 'hint' }, t('dashboard.hint')),
      ),
    ),
  );
  document.title = t('dashboard.title');
  return { onKey: () => false, update: () => false };
}
