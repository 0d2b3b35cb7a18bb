import { escapeHtml } from './html.js';
import { iconHtml } from './icons.js';
import { html, markdown, type Block, type DeckPart } from './model.js';
import type { GtnPage, Training } from './page.js';
import type { LayoutTranslate } from './translator.js';

/** What the frame slides are made from. */
export interface FrameContext {
  readonly page: GtnPage;
  readonly t: LayoutTranslate;
  /** Display names of the authors, in front-matter order. */
  readonly authorNames: readonly string[];
  /** The formatted last modification date, or null to leave the line out. */
  readonly date: string | null;
  readonly videoUrl: string;
  readonly plainTextUrl: string;
  /** GTN's `site.baseurl`, e.g. `/training-material`. */
  readonly baseurl: string;
}

/** The template slide every other slide of a GTN deck inherits (`name: inverse`). */
export function templatePart(): DeckPart {
  return { origin: 'template', blocks: [markdown('name: inverse\nlayout: true\nclass: center, middle, inverse')], notes: [] };
}

/** The title slide: title, authors, date, video and plain-text links, the presenter-notes tip. */
export function titlePart(context: FrameContext): DeckPart {
  const { t } = context;
  const lines: string[] = [];
  if (context.date !== null) lines.push(`${iconHtml('last_modification')} ${say(t, 'last-modification', { date: escapeHtml(context.date) })}<br/>`);
  lines.push(`${iconHtml('video-slides')} <a href="${escapeHtml(context.videoUrl)}">${say(t, 'video-slides')}</a><br/>`);
  lines.push(`${iconHtml('text-document')} <a href="${escapeHtml(context.plainTextUrl)}">${say(t, 'plaintext-slides')}</a><br/>`);
  lines.push(`<b>${say(t, 'tip')}</b> ${say(t, 'presenter-notes')}`);
  const blocks: Block[] = [markdown(`# ${context.page.title ?? ''}`)];
  const authors = authorsBlock(context);
  if (authors !== null) blocks.push(authors);
  blocks.push(html(`<div class="footnote">\n${lines.join('\n')}\n</div>`));
  return { origin: 'title', blocks, notes: [markdown(say(t, 'presenter-notes-explanation'))] };
}

/** The Requirements slide, or null when the deck lists none. */
export function requirementsPart(context: FrameContext): DeckPart | null {
  const { page, t } = context;
  if (page.requirements.length === 0) return null;
  const list = page.requirements.map((training) => trainingItem(training, context)).join('\n');
  return {
    origin: 'requirements',
    blocks: [markdown(`## ${say(t, 'requirements')}`), markdown(say(t, 'before-diving-in')), markdown(list)],
    notes: [],
  };
}

/** A heading with a GTN icon and a bullet list (Questions, Objectives, Key points), or null when empty. */
export function listPart(origin: 'questions' | 'objectives' | 'key-points', icon: string, items: readonly string[], t: LayoutTranslate): DeckPart | null {
  if (items.length === 0) return null;
  return {
    origin,
    blocks: [markdown(`### ${iconHtml(icon)} ${say(t, origin)}`), markdown(items.map((item) => `- ${item}`).join('\n'))],
    notes: [],
  };
}

/** The follow-up training slide, or null when the deck recommends none. */
export function followUpPart(context: FrameContext): DeckPart | null {
  const { page, t } = context;
  if (page.followUp.length === 0) return null;
  return {
    origin: 'follow-up',
    blocks: [
      markdown(`### ${iconHtml('curriculum')} ${say(t, 'want-extend-knowledge')}`),
      markdown(say(t, 'recommended-followup')),
      markdown(page.followUp.map((training) => trainingItem(training, context)).join('\n')),
    ],
    notes: [],
  };
}

/** The Thank You slide: the collaborative-work sentence, the authors, the licence. */
export function thankYouPart(context: FrameContext): DeckPart {
  const { page, t } = context;
  const blocks: Block[] = [markdown(`## ${say(t, 'thank-you')}`), markdown(say(t, 'collaborative-effort'))];
  const authors = authorsBlock(context);
  if (authors !== null) blocks.push(authors);
  const license = page.license === null ? say(t, 'license') : say(t, 'license-spdx', { license: escapeHtml(page.license) });
  blocks.push(html(`<div class="license">${license}</div>`));
  return { origin: 'thank-you', blocks, notes: [] };
}

function authorsBlock(context: FrameContext): Block | null {
  if (context.authorNames.length === 0) return null;
  const names = context.authorNames.map((name) => `<span class="contributor">${escapeHtml(name)}</span>`);
  return html(`<div class="contributors-line">\n<span class="contributors-label">${say(context.t, 'authors')}</span>\n${names.join('\n')}\n</div>`);
}

/** A list item for a training, as GTN links requirements and follow-ups. */
function trainingItem(training: Training, context: FrameContext): string {
  if (training.type === 'internal' && training.topicName !== null) {
    const topic = training.topicName;
    const title = context.t(`topic-title-${topic}`) ?? training.title ?? topic;
    const tutorials = training.tutorials.map((tutorial) => `\n    - [${tutorial}](${context.baseurl}/topics/${topic}/tutorials/${tutorial}/tutorial.html)`);
    return `- [${title}](${context.baseurl}/topics/${topic})${tutorials.join('')}`;
  }
  if (training.type === 'none' || training.link === null) return `- ${training.title ?? ''}`;
  return `- [${training.title ?? training.link}](${training.link})`;
}

/** A frame string that always exists (every layout key has English text). */
function say(t: LayoutTranslate, key: string, values?: Readonly<Record<string, string>>): string {
  return t(key, values) ?? key;
}
