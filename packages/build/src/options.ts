import { readFile } from 'node:fs/promises';
import { DeckError } from '@deckl10n/errors';
import type { LoadedConfig } from '@deckl10n/config';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { checkNamingPattern, DEFAULT_NAMING } from './deck/naming.js';

/** GTN's `voice:` front-matter entry for a language (text-to-speech voice of the video version). */
export type Voice = Readonly<Record<string, string | number | boolean>>;

/**
 * The `output` section of deckl10n.config.json: how `deckl10n build` names and marks localized
 * decks and locale packages. Every field is optional.
 */
export interface OutputSettings {
  /** Localized file name beside the source: `{stem}`, `{ext}`, `{lang}`, `{LANG}`. Default `{stem}_{LANG}{ext}`. */
  readonly naming: string;
  /** Percentage of translated segments (0–100) below which a deck is not built for a language. */
  readonly minCompleteness: number;
  /** Record fully reviewed languages in the source deck's `translations:` (edits the source). */
  readonly updateSource: boolean;
  /** GTN `voice:` entry per language. */
  readonly voice: Readonly<Record<string, Voice>>;
  /** npm scope of the locale packages, e.g. `@deckl10n` → `@deckl10n/locale-fr`. */
  readonly packageScope: string;
  /** SPDX licence of the locale packages (the decks' licence; GTN material is CC-BY-4.0). */
  readonly license: string;
  /** Run `npm install --package-lock-only` when a locale package's lockfile entry is out of date. */
  readonly updateLockfile: boolean;
}

/** The settings a config gets when it has no `output` section. */
export const defaultOutputSettings: OutputSettings = {
  naming: DEFAULT_NAMING,
  minCompleteness: 0,
  updateSource: false,
  voice: {},
  packageScope: '@deckl10n',
  license: 'CC-BY-4.0',
  updateLockfile: false,
};

/** Reads and validates the `output` section of the loaded config's file (errors carry file:line). */
export async function loadOutputSettings(loaded: LoadedConfig): Promise<OutputSettings> {
  return parseOutputSettings(loaded.file, await readFile(loaded.file, 'utf8'));
}

/** Parses the `output` section of a config text. */
export function parseOutputSettings(file: string, text: string): OutputSettings {
  const tree = parseTree(text);
  const section = tree === undefined ? undefined : findNodeAtLocation(tree, ['output']);
  if (section === undefined) return defaultOutputSettings;
  const fail = (node: JsonNode, message: string): never => {
    const before = text.slice(0, node.offset);
    throw new DeckError('CONFIG_INVALID', `${file}: ${message}`, { file, line: before.split('\n').length, column: node.offset - before.lastIndexOf('\n') });
  };
  if (section.type !== 'object') fail(section, '"output" must be an object');
  const field = (key: string): JsonNode | undefined => findNodeAtLocation(section, [key]);
  const known = new Set(Object.keys(defaultOutputSettings));
  for (const pair of section.children ?? []) {
    const key = pair.children?.[0];
    if (key !== undefined && !known.has(String(key.value))) fail(key, `"output.${String(key.value)}" is not a setting (known: ${[...known].join(', ')})`);
  }
  const string = (key: keyof OutputSettings, fallback: string): string => {
    const node = field(key);
    if (node === undefined) return fallback;
    if (node.type !== 'string' || node.value === '') fail(node, `"output.${key}" must be a non-empty string`);
    return node.value as string;
  };
  const boolean = (key: keyof OutputSettings, fallback: boolean): boolean => {
    const node = field(key);
    if (node === undefined) return fallback;
    if (node.type !== 'boolean') fail(node, `"output.${key}" must be true or false`);
    return node.value as boolean;
  };
  const naming = string('naming', defaultOutputSettings.naming);
  const namingProblem = checkNamingPattern(naming);
  if (namingProblem !== null) fail(field('naming') as JsonNode, `"output.naming" ${namingProblem}`);
  const threshold = field('minCompleteness');
  if (threshold !== undefined && (threshold.type !== 'number' || (threshold.value as number) < 0 || (threshold.value as number) > 100)) {
    fail(threshold, '"output.minCompleteness" must be a number from 0 to 100 (percent of segments translated)');
  }
  const scope = string('packageScope', defaultOutputSettings.packageScope);
  if (!/^@[a-z0-9][a-z0-9._-]*$/.test(scope)) fail(field('packageScope') as JsonNode, '"output.packageScope" must be an npm scope such as "@deckl10n"');
  return {
    naming,
    minCompleteness: threshold === undefined ? 0 : (threshold.value as number),
    updateSource: boolean('updateSource', false),
    voice: parseVoices(field('voice'), fail),
    packageScope: scope,
    license: string('license', defaultOutputSettings.license),
    updateLockfile: boolean('updateLockfile', false),
  };
}

function parseVoices(node: JsonNode | undefined, fail: (node: JsonNode, message: string) => never): Record<string, Voice> {
  if (node === undefined) return {};
  if (node.type !== 'object') fail(node, '"output.voice" must be an object: language → { id, lang, neural }');
  const voices: Record<string, Voice> = {};
  for (const pair of node.children ?? []) {
    const [key, value] = pair.children ?? [];
    if (key === undefined || value === undefined) continue;
    if (value.type !== 'object') fail(value, `"output.voice.${String(key.value)}" must be an object such as {"id": "Lupe", "lang": "es-US", "neural": true}`);
    const voice: Record<string, string | number | boolean> = {};
    for (const entry of value.children ?? []) {
      const [name, scalar] = entry.children ?? [];
      if (name === undefined || scalar === undefined) continue;
      if (scalar.type !== 'string' && scalar.type !== 'number' && scalar.type !== 'boolean') {
        fail(scalar, `"output.voice.${String(key.value)}.${String(name.value)}" must be a string, number or boolean`);
      }
      voice[String(name.value)] = scalar.value as string | number | boolean;
    }
    voices[String(key.value)] = voice;
  }
  return voices;
}
