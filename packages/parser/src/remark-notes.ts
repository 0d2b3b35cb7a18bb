import { stepProperties } from './slide-properties.js';
import type { Flow, Slide, Step } from './types.js';

/** One slide as remark.js's slideshow holds it after templates are applied. */
interface ShownSlide {
  /** True when the slide's own notes or its templates' notes have visible text. */
  readonly hasNotes: boolean;
}

/**
 * How many of the slides remark.js shows have presenter notes with text, counting notes a
 * slide inherits: a `--` step inherits its previous step's notes, a slide inherits the notes of
 * its `layout: true` template or of the slide named by `template:` (remark 0.14's
 * `createSlides` and `inheritNotes`). Together with {@link remarkSlideCount} this is what a
 * translation must never change.
 *
 * @example
 * remarkSlidesWithNotes(parse('# A\n???\nnote\n--\n# B\n---\n# C').slides); // 2 (A and its step B)
 */
export function remarkSlidesWithNotes(slides: readonly Slide[]): number {
  const shown: ShownSlide[] = [];
  const byName = new Map<string, ShownSlide>();
  let layout: ShownSlide | undefined;
  let count = 0;
  let first = true;
  for (const slide of slides) {
    for (const step of slide.steps) {
      const properties = stepProperties(step);
      if ((properties['exclude'] ?? '').toLowerCase() === 'true') continue;
      let template: ShownSlide | undefined;
      const named = properties['template'] === undefined ? undefined : byName.get(properties['template']);
      if (step.separator !== null && !first) template = shown[shown.length - 1];
      else if (named !== undefined) template = named;
      else if (properties['layout'] === 'false') layout = undefined;
      else if (layout !== undefined && properties['layout'] !== 'true') template = layout;
      first = false;
      const current: ShownSlide = { hasNotes: ownNotes(step) || (template?.hasNotes ?? false) };
      if (properties['layout'] === 'true') layout = current;
      if (properties['name'] !== undefined) byName.set(properties['name'], current);
      if (properties['layout'] !== 'true') {
        shown.push(current);
        if (current.hasNotes) count++;
      }
    }
  }
  return count;
}

/** True when the step's notes have text; remark keeps only what follows the step's last `???`. */
function ownNotes(step: Step): boolean {
  if (step.notes === null) return false;
  const children = step.notes.children;
  let from = 0;
  children.forEach((child, index) => {
    if (child.type === 'separator') from = index + 1;
  });
  return children.slice(from).some(hasText);
}

function hasText(node: Flow): boolean {
  if (node.type === 'contentClass') return node.children.some(hasText);
  if (node.type === 'separator') return false;
  return node.value.trim() !== '';
}
