import type { StateCounts } from '../app/api.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';

/** A stacked bar: reviewed, machine, stale, missing, with the reviewed percentage. */
export function progressBar(counts: StateCounts): HTMLElement {
  const total = Math.max(1, counts.total);
  const parts = (['reviewed', 'machine', 'stale', 'missing'] as const).map((state) =>
    h('span', { class: `bar-part state-${state}`, style: `width: ${((counts[state] / total) * 100).toFixed(2)}%`, title: `${t(`states.${state}`)}: ${counts[state]}` }),
  );
  const percent = Math.round((counts.reviewed / total) * 100);
  return h(
    'div',
    { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent, 'aria-label': t('dashboard.reviewedPercent', { percent }) },
    h('span', { class: 'bar' }, ...parts),
    h('span', { class: 'bar-label' }, t('dashboard.reviewedPercent', { percent })),
  );
}
