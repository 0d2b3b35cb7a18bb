import type { RenderedSlide } from '../render/render-deck.js';
import { h } from './dom.js';
import { safeBackground, sanitizeHtml } from './sanitize.js';

/** Width and height of a slide before scaling: remark's 16:9 size. */
export const SLIDE_WIDTH = 908;
export const SLIDE_HEIGHT = 511;

/** A slide as remark's DOM has it (`remark-slide-content` with the slide's classes), sanitized. */
export function slideElement(slide: RenderedSlide, total: number): HTMLElement {
  const content = h('div', { class: ['remark-slide-content', ...slide.classes].join(' ') });
  const background = safeBackground(slide.backgroundImage);
  if (background !== null) content.style.backgroundImage = background;
  content.innerHTML = sanitizeHtml(slide.html);
  content.append(h('div', { class: 'remark-slide-number' }, `${slide.number} / ${total}`));
  if (slide.name !== null) content.id = `slide-${slide.name}`;
  return content;
}

/** Scales `scaler` (a SLIDE_WIDTH × SLIDE_HEIGHT box) to fit `stage`, centred. */
export function fitSlide(stage: HTMLElement, scaler: HTMLElement): void {
  const scale = Math.min(stage.clientWidth / SLIDE_WIDTH, stage.clientHeight / SLIDE_HEIGHT);
  scaler.style.width = `${SLIDE_WIDTH}px`;
  scaler.style.height = `${SLIDE_HEIGHT}px`;
  scaler.style.transform = `scale(${scale})`;
  scaler.style.left = `${(stage.clientWidth - SLIDE_WIDTH * scale) / 2}px`;
  scaler.style.top = `${(stage.clientHeight - SLIDE_HEIGHT * scale) / 2}px`;
}

/** A box that keeps `slide` scaled to fit whenever its size changes. */
export function scaledSlide(slide: HTMLElement, className = 'stage'): HTMLElement {
  const scaler = h('div', { class: 'remark-slide-scaler' }, slide);
  const stage = h('div', { class: className }, scaler);
  new ResizeObserver(() => fitSlide(stage, scaler)).observe(stage);
  return stage;
}
