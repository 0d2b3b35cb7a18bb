import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DeckError } from '@deckl10n/errors';
import { createRequire } from 'node:module';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { defaultConfig } from './defaults.js';
import { CONFIG_FILE, type Formality, type LoadedConfig, type ProjectConfig } from './model.js';

/** Walks up from `start` to find deckl10n.config.json; null when there is none. */
export function findConfig(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Loads the project config: `explicit` (from `--config`) or the nearest deckl10n.config.json
 * above `cwd`. Invalid fields are errors naming the file, line and field.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit === undefined ? findConfig(cwd) : resolve(cwd, explicit);
  if (file === null) {
    throw new DeckError('CONFIG_NOT_FOUND', `no ${CONFIG_FILE} in ${resolve(cwd)} or any parent folder`);
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new DeckError('CONFIG_NOT_FOUND', `cannot read ${file}: ${(error as Error).message}`, { file, cause: error });
  }
  const config = parseConfig(file, text);
  const root = dirname(file);
  return { config, file, root, localesDir: resolve(root, config.localesDir) };
}

/** Parses and validates a config text, filling defaults. */
export function parseConfig(file: string, text: string): ProjectConfig {
  const at = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };
  // The positioned parser (jsonc-parser, loaded on first use) only for a message's line: a valid
  // config is read with JSON.parse, which gives the same value (the last of repeated keys).
  let parsed: { jsonc: typeof import('jsonc-parser'); tree: JsonNode } | undefined;
  const positioned = () => {
    if (parsed !== undefined) return parsed;
    const jsonc = createRequire(import.meta.url)('jsonc-parser') as typeof import('jsonc-parser');
    const errors: ParseError[] = [];
    const tree = jsonc.parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first !== undefined || tree === undefined) {
      throw new DeckError('CONFIG_INVALID', `${file} is not valid JSON (${first ? jsonc.printParseErrorCode(first.error) : 'empty'})`, {
        file,
        ...at(first?.offset ?? 0),
      });
    }
    parsed = { jsonc, tree };
    return parsed;
  };
  const fail = (path: (string | number)[], message: string): never => {
    const { jsonc, tree } = positioned();
    const node = jsonc.findNodeAtLocation(tree, path) ?? tree;
    throw new DeckError('CONFIG_INVALID', `${file}: "${path.join('.')}" ${message}`, { file, ...at(node.offset) });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = jsonValue(positioned().tree);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail([], 'must be a JSON object');
  const raw = data as Record<string, unknown>;

  const string = (key: string, fallback: string): string => {
    const value = raw[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value === '') fail([key], 'must be a non-empty string');
    return value as string;
  };
  const stringList = (path: (string | number)[], value: unknown, fallback: readonly string[]): readonly string[] => {
    if (value === undefined) return fallback;
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '')) fail(path, 'must be a list of non-empty strings');
    return value as string[];
  };
  const object = (path: (string | number)[], value: unknown): Record<string, unknown> => {
    if (value === undefined) return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'must be an object');
    return value as Record<string, unknown>;
  };

  const sourceLanguage = string('sourceLanguage', defaultConfig.sourceLanguage);
  const targetLanguages = stringList(['targetLanguages'], raw['targetLanguages'], defaultConfig.targetLanguages);
  targetLanguages.forEach((language, index) => {
    if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language)) fail(['targetLanguages', index], `has "${language}", which is not a language code like "fr" or "pt-BR"`);
    if (language === sourceLanguage) fail(['targetLanguages', index], 'lists the source language');
  });
  const deckIds = object(['deckIds'], raw['deckIds']);
  for (const [path, id] of Object.entries(deckIds)) {
    if (typeof id !== 'string' || !/^[A-Za-z0-9][\w-]*$/.test(id)) fail(['deckIds', path], 'must be an id of letters, digits, - and _');
  }
  const frontMatter = object(['frontMatter'], raw['frontMatter']);
  const translation = object(['translation'], raw['translation']);
  const provider = translation['provider'] ?? defaultConfig.translation.provider;
  if (provider !== 'auto' && provider !== 'pseudo' && provider !== 'deepl') fail(['translation', 'provider'], 'must be "auto", "pseudo" or "deepl"');
  const formality = object(['translation', 'formality'], translation['formality']);
  for (const [language, value] of Object.entries(formality)) {
    if (!['default', 'more', 'less', 'prefer_more', 'prefer_less'].includes(String(value))) {
      fail(['translation', 'formality', language], 'must be default, more, less, prefer_more or prefer_less');
    }
  }
  const concurrency = translation['concurrency'] ?? defaultConfig.translation.concurrency;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) {
    fail(['translation', 'concurrency'], 'must be a whole number from 1 to 32');
  }
  const glossary = object(['glossary'], raw['glossary']);
  const terms = object(['glossary', 'terms'], glossary['terms']);
  for (const [language, table] of Object.entries(terms)) {
    const entries = object(['glossary', 'terms', language], table);
    for (const [term, target] of Object.entries(entries)) {
      if (typeof target !== 'string' || target === '') fail(['glossary', 'terms', language, term], 'must be a non-empty string');
    }
  }
  return {
    sourceLanguage,
    targetLanguages,
    decks: stringList(['decks'], raw['decks'], defaultConfig.decks),
    localesDir: string('localesDir', defaultConfig.localesDir),
    deckIds: deckIds as Record<string, string>,
    frontMatter: { translate: stringList(['frontMatter', 'translate'], frontMatter['translate'], defaultConfig.frontMatter.translate) },
    translation: {
      provider: provider as ProjectConfig['translation']['provider'],
      formality: formality as Record<string, Formality>,
      concurrency: concurrency as number,
    },
    glossary: {
      keep: stringList(['glossary', 'keep'], glossary['keep'], []),
      terms: terms as Record<string, Record<string, string>>,
    },
    ...(raw['catalogs'] === undefined ? {} : { catalogs: stringList(['catalogs'], raw['catalogs'], []) }),
  };
}

function jsonValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((pair) => [String(pair.children?.[0]?.value), jsonValue(pair.children?.[1] as JsonNode)]));
    case 'array':
      return (node.children ?? []).map(jsonValue);
    default:
      return node.value;
  }
}
