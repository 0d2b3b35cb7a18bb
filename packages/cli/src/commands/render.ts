import { resolve } from 'node:path';
import { CONFIG_FILE, findConfig, loadConfig, projectCatalogs, projectDecks, type LoadedConfig } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import { expandDeck, LAYOUT_NAMESPACE, readPage, toPlainText, toRemark, type LayoutStrings } from '@deckl10n/gtn-layout';
import { deckLastModified, findContributorNames, packagedLayoutStrings } from '@deckl10n/gtn-layout/node';
import { parse, type Deck } from '@deckl10n/parser';
import { applyTranslations } from '@deckl10n/segments';
import { writeIfChanged } from '@deckl10n/store';
import { alignedTranslations, chooseLanguages, loadSourceDecks, type SourceDeck } from '@deckl10n/sync';
import { formatDiagnostic } from '../diagnostic-format.js';
import { ExitCode } from '../exit-codes.js';
import { readText } from '../read-deck.js';

export interface RenderOptions {
  readonly lang?: string;
  readonly format?: string;
  readonly out?: string;
  readonly date?: string;
  readonly config?: string;
}

/**
 * `deckl10n render <deck> [--lang <lng>] [--format remark|text] [--out <file>] [--date <day>]`:
 * the deck as GTN's slide layout expands it, in the deck's language or `--lang`. With a project
 * config, `--lang` takes the deck's translations and the frame strings from the locale store;
 * without one, the frame strings shipped with deckl10n.
 */
export async function render(path: string, options: RenderOptions): Promise<number> {
  const format = options.format ?? 'remark';
  if (format !== 'remark' && format !== 'text') throw new DeckError('USAGE', `--format must be remark or text, not "${format}"`);
  const day = options.date === undefined ? undefined : parseDay(options.date);
  const source = parse(await readText(path), { file: path });
  const date = day ?? deckLastModified(path);
  for (const diagnostic of source.diagnostics) process.stderr.write(`${formatDiagnostic(path, diagnostic)}\n`);
  const deckLanguage = readPage(source.frontMatter?.data).lang;
  const language = options.lang ?? deckLanguage ?? 'en';
  const project = await findProject(options);
  const translate = options.lang !== undefined && options.lang !== (deckLanguage ?? project?.config.sourceLanguage ?? 'en');

  let deck: Deck = source;
  let strings: LayoutStrings = await packagedLayoutStrings(language);
  if (project === null) {
    if (translate) process.stderr.write(`${path}: warning: no ${CONFIG_FILE} here or above: the frame is in ${language}, the deck's own text is not translated\n`);
  } else {
    if (translate) chooseLanguages(project, [language]);
    const sources = await projectSources(project, path);
    strings = { ...strings, ...(await storedFrameStrings(project, sources, language)) };
    const own = sources.find((item) => item.catalog !== true);
    if (translate && own === undefined) {
      process.stderr.write(`${path}: warning: not a deck of the project ${project.file}: its own text is not translated\n`);
    } else if (translate && own !== undefined) {
      const translated = applyTranslations(own.parsed, await storedTranslations(project, own, language), { frontMatter: { translate: project.config.frontMatter.translate } });
      for (const fallback of translated.fallbacks) process.stderr.write(`${path}: warning: the ${language} translation of segment ${fallback.id} is not used: ${fallback.message}\n`);
      deck = parse(translated.text, { file: path });
    }
  }

  const { names } = await findContributorNames(path);
  const expanded = expandDeck(deck, { language, strings, date, contributors: names });
  const text = format === 'text' ? toPlainText(expanded) : toRemark(expanded);
  if (options.out === undefined) process.stdout.write(text);
  else if (await writeIfChanged(resolve(options.out), text)) process.stderr.write(`wrote ${options.out}\n`);
  else process.stderr.write(`${options.out} is up to date\n`);
  return ExitCode.ok;
}

/** The project of `--config`, else of the nearest config above the current directory; null without one. */
async function findProject(options: RenderOptions): Promise<LoadedConfig | null> {
  if (options.config !== undefined) return loadConfig(process.cwd(), options.config);
  return findConfig(process.cwd()) === null ? null : loadConfig(process.cwd());
}

/** The project's source for the deck at `path` (when it is one of the project's decks) and its layout catalog. */
async function projectSources(project: LoadedConfig, path: string): Promise<SourceDeck[]> {
  const file = resolve(path);
  const deck = (await projectDecks(project)).find((item) => item.file === file);
  const own = deck === undefined ? [] : await loadSourceDecks(project, deck.id);
  const hasLayout = projectCatalogs(project).some((catalog) => catalog.id === LAYOUT_NAMESPACE);
  return [...own.filter((item) => item.catalog !== true), ...(hasLayout ? await loadSourceDecks(project, LAYOUT_NAMESPACE) : [])];
}

/** The project's frame strings for `language`: the `gtn-layout` catalog's text or its stored translations. */
async function storedFrameStrings(project: LoadedConfig, sources: readonly SourceDeck[], language: string): Promise<LayoutStrings> {
  const catalog = sources.find((item) => item.catalog === true && item.deck.id === LAYOUT_NAMESPACE);
  if (catalog === undefined) return {};
  if (language === project.config.sourceLanguage) return Object.fromEntries(catalog.segments.map((segment) => [segment.id, segment.text]));
  return project.config.targetLanguages.includes(language) ? storedTranslations(project, catalog, language) : {};
}

/** The stored translations of a source into `language`, aligned with its current segments. */
async function storedTranslations(project: LoadedConfig, source: SourceDeck, language: string): Promise<Record<string, string>> {
  const aligned = await alignedTranslations(project, source, language);
  const current = new Set(source.segments.map((segment) => segment.id));
  return Object.fromEntries([...aligned.translations.entries].filter(([id]) => current.has(id)).map(([id, entry]) => [id, entry.translation]));
}

/** `--date 2022-03-01` as a date (UTC day). */
function parseDay(value: string): Date {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime())) {
    throw new DeckError('USAGE', `--date must be a day written YYYY-MM-DD, not "${value}"`);
  }
  return date;
}
