import type { DiffPart, SegmentView } from '../app/api.js';
import { h } from '../app/dom.js';
import { t } from '../app/i18n.js';

/** What a row does when the reviewer acts. */
export interface RowActions {
  save(segment: SegmentView, translation: string, approve: boolean): void;
  approve(segment: SegmentView): void;
  focus(segment: SegmentView): void;
}

/**
 * One segment in review: its state, the source (old → new diff when stale), the translation in
 * an editable field, Save and Approve. All text goes in as text nodes: translations are untrusted.
 */
export function segmentRow(segment: SegmentView, actions: RowActions): HTMLElement {
  const field = h('textarea', {
    class: 'translation-input',
    rows: Math.min(6, Math.max(2, Math.ceil(segment.source.length / 70))),
    'aria-label': t('review.translationOf', { id: segment.id }),
    placeholder: t('review.missingPlaceholder'),
  });
  field.value = segment.translation ?? '';
  field.addEventListener('focus', () => actions.focus(segment));
  field.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      actions.save(segment, field.value, true);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      actions.save(segment, field.value, false);
    } else if (event.key === 'Escape') {
      field.blur();
    }
  });
  const approveButton = h('button', { type: 'button', class: 'approve', title: 'Ctrl+Enter / A', onclick: () => (field.value !== (segment.translation ?? '') ? actions.save(segment, field.value, true) : actions.approve(segment)) }, t('review.approve'));
  // Approving needs a translation, and means something only when it is not reviewed as it stands.
  const refresh = () => {
    const edited = field.value !== (segment.translation ?? '');
    approveButton.disabled = field.value.trim() === '' || (!edited && segment.state === 'reviewed');
  };
  field.addEventListener('input', refresh);
  refresh();
  return h(
    'div',
    { class: `segment-row state-${segment.state}`, 'data-segment': segment.id, 'data-index': segment.index, tabindex: -1, onclick: () => actions.focus(segment) },
    h(
      'div',
      { class: 'segment-meta' },
      h('span', { class: `state-chip state-${segment.state}` }, t(`states.${segment.state}`)),
      h('span', { class: 'segment-kind' }, segment.field ?? t(`kinds.${segment.kind}`, { defaultValue: segment.kind })),
      segment.notes ? h('span', { class: 'segment-notes' }, t('review.inNotes')) : null,
    ),
    h('div', { class: 'segment-source', lang: 'en' }, ...(segment.diff === null ? [segment.source] : diffNodes(segment.diff))),
    h(
      'div',
      { class: 'segment-translation' },
      field,
      h(
        'div',
        { class: 'segment-actions' },
        h('button', { type: 'button', class: 'save', title: 'Ctrl+S', onclick: () => actions.save(segment, field.value, false) }, t('review.save')),
        approveButton,
        h('span', { class: 'segment-status', role: 'status' }),
      ),
      segment.qa.length > 0 ? h('ul', { class: 'qa-findings' }, ...segment.qa.map((finding) => h('li', { class: finding.severity }, finding.message))) : null,
      ...segment.notesForReviewer.map((note) => h('p', { class: 'reviewer-note' }, note)),
    ),
  );
}

/** The old → new source diff: removed words struck through, added words underlined. */
function diffNodes(diff: readonly DiffPart[]): Node[] {
  return [
    h('span', { class: 'diff-label' }, t('review.sourceChanged')),
    ...diff.map((part) => (part.change === 'same' ? document.createTextNode(part.value) : h(part.change === 'added' ? 'ins' : 'del', {}, part.value))),
  ];
}

/** Shows a message (or QA findings) under a row's buttons. */
export function setRowStatus(row: HTMLElement, message: string, kind: 'ok' | 'error', findings: readonly { severity: string; message: string }[] = []): void {
  const status = row.querySelector('.segment-status');
  if (status !== null) {
    status.textContent = message;
    status.className = `segment-status ${kind}`;
  }
  row.querySelector('.qa-findings.refused')?.remove();
  if (findings.length > 0) {
    row.querySelector('.segment-translation')?.append(h('ul', { class: 'qa-findings refused' }, ...findings.map((finding) => h('li', { class: finding.severity }, finding.message))));
  }
}
