import type { Slide, Step } from './types.js';

/**
 * The properties of a step as remark reads them (later keys win).
 *
 * @example
 * stepProperties(parse('class: center\n# Hi').slides[0].steps[0]); // { class: 'center' }
 */
export function stepProperties(step: Step): Record<string, string> {
  const properties: Record<string, string> = {};
  for (const child of step.children) {
    if (child.type === 'property') properties[child.key] = child.value;
  }
  return properties;
}

/** True for a `layout: true` slide: a template whose content shows on the following slides. */
export function isTemplateSlide(slide: Slide): boolean {
  const first = slide.steps[0];
  return first !== undefined && stepProperties(first)['layout'] === 'true';
}

/** True for an `exclude: true` slide, which remark drops. */
export function isExcludedSlide(slide: Slide): boolean {
  const first = slide.steps[0];
  return first !== undefined && (stepProperties(first)['exclude'] ?? '').toLowerCase() === 'true';
}

/**
 * How many slides remark.js shows for the deck: every step of every slide, minus templates
 * (`layout: true`) and excluded slides. This is what `slideshow.getSlideCount()` returns.
 */
export function remarkSlideCount(slides: readonly Slide[]): number {
  let count = 0;
  for (const slide of slides) {
    for (const step of slide.steps) {
      const properties = stepProperties(step);
      if (properties['layout'] === 'true') continue;
      if ((properties['exclude'] ?? '').toLowerCase() === 'true') continue;
      count++;
    }
  }
  return count;
}
