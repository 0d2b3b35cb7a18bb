import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';

/** The `?` overlay listing keyboard shortcuts, like remark's help screen. */
export function helpOverlay(rows: readonly (readonly [string, string])[], onClose: () => void): HTMLElement {
  return h(
    'div',
    { class: 'help-overlay', role: 'dialog', 'aria-label': t('help.title'), onclick: onClose },
    h(
      'div',
      { class: 'help-box' },
      h('h2', {}, t('help.title')),
      h('table', {}, ...rows.map(([keys, what]) => h('tr', {}, h('td', { class: 'keys' }, keys), h('td', {}, what)))),
      h('p', { class: 'help-close' }, t('help.close')),
    ),
  );
}

/** Moving between slides: the same keys in every window that shows slides. */
function navigationKeys(): [string, string][] {
  return [
    ['→ ↓ Space PageDown', t('help.next')],
    ['← ↑ PageUp', t('help.previous')],
    ['Home / End', t('help.firstLast')],
  ];
}

/** The shortcuts of the slide view. */
export function slideKeys(): [string, string][] {
  return [
    ...navigationKeys(),
    ['P', t('help.presenter')],
    ['S', t('help.timerPause')],
    ['Z', t('help.timerReset')],
    ['C', t('help.clone')],
    ['F', t('help.fullscreen')],
    ['T', t('help.text')],
    ['R', t('help.review')],
    ['?', t('help.help')],
  ];
}

/** The shortcuts of a clone window (the audience's copy: moving it moves the presenter's too). */
export function cloneKeys(): [string, string][] {
  return [
    ...navigationKeys(),
    ['F', t('help.fullscreen')],
    ['?', t('help.help')],
  ];
}

/** The shortcuts of the review view. */
export function reviewKeys(): [string, string][] {
  return [
    ['→ / ←', t('help.nextPrevSlide')],
    ['N', t('help.nextUnreviewed')],
    ['J / K', t('help.nextPrevSegment')],
    ['E', t('help.edit')],
    ['A', t('help.approve')],
    ['Ctrl+Enter', t('help.saveApprove')],
    ['Ctrl+S', t('help.save')],
    ['Esc', t('help.stopEditing')],
    ['V', t('help.slides')],
    ['?', t('help.help')],
  ];
}
