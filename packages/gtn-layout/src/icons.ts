import { escapeHtml } from './html.js';

/** Font Awesome classes of the GTN icons the slide frame uses (GTN's `icon-tag` table). */
const iconClasses: Readonly<Record<string, string>> = {
  question: 'far fa-question-circle',
  objectives: 'fas fa-bullseye',
  keypoints: 'fas fa-key',
  curriculum: 'fas fa-graduation-cap',
  last_modification: 'far fa-calendar',
  'video-slides': 'fas fa-video',
  'text-document': 'far fa-file-alt',
};

/**
 * The HTML GTN's `{% icon name %}` tag produces: a hidden-from-screen-readers `<i>` and the icon
 * name as visually hidden text for screen readers.
 *
 * @example
 * iconHtml('question');
 * // '<i class="far fa-question-circle" aria-hidden="true"></i><span class="visually-hidden">question</span>'
 */
export function iconHtml(name: string): string {
  const classes = iconClasses[name] ?? `fas fa-${name}`;
  return `<i class="${escapeHtml(classes)}" aria-hidden="true"></i><span class="visually-hidden">${escapeHtml(name)}</span>`;
}
