import type { LoadedConfig } from '@deckl10n/config';
import { DeckError } from '@deckl10n/errors';
import { createDeeplProvider, createPseudoProvider, type TranslationProvider } from '@deckl10n/providers';
import { qaTranslation } from '@deckl10n/review';
import { chooseLanguages, loadSourceDecks, translateProject, type TranslateSummary } from '@deckl10n/sync';
import { ExitCode } from '../exit-codes.js';
import { progressBar } from '../progress.js';
import { list, loadProject, type ProjectOptions } from '../project-context.js';

export interface TranslateCommandOptions extends ProjectOptions {
  readonly to?: string;
  readonly provider?: string;
  readonly dryRun?: boolean;
  readonly deck?: string;
  readonly includeReviewed?: boolean;
  readonly json?: boolean;
}

/**
 * `deckl10n translate`: machine-translates missing segments and stale machine translations,
 * with a progress bar on a terminal and a final summary (`--json`: the summary as JSON). Every
 * machine translation goes through QA: findings are stored with it (it stays a `machine` draft)
 * and counted in the summary; `deckl10n qa` lists them.
 */
export async function translate(options: TranslateCommandOptions): Promise<number> {
  const loaded = await loadProject(options);
  const languages = chooseLanguages(loaded, list(options.to));
  const { provider, reason } = chooseProvider(loaded, options.provider, options.dryRun === true);
  if (!options.json) process.stderr.write(`provider: ${provider.name} (${reason})\n`);
  const sources = await loadSourceDecks(loaded, options.deck);
  const progress = options.json || options.dryRun ? null : progressBar();
  let summary: TranslateSummary;
  try {
    summary = await translateProject(loaded, sources, {
      languages,
      provider,
      dryRun: options.dryRun === true,
      includeReviewed: options.includeReviewed === true,
      onProgress: (done, total, language) => progress?.update(done, total, `translating ${language}`),
      check: (source, translation, kind) => qaTranslation(source, translation, { kind }),
    });
  } finally {
    progress?.stop();
    await provider.close?.();
  }
  process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  return ExitCode.ok;
}

/** The provider to use, and why (printed, so nobody wonders whether DeepL was called). */
function chooseProvider(loaded: LoadedConfig, requested: string | undefined, dryRun: boolean): { provider: TranslationProvider; reason: string } {
  const name = requested ?? loaded.config.translation.provider;
  const authKey = process.env['DEEPL_AUTH_KEY'] ?? '';
  if (name !== 'auto' && name !== 'pseudo' && name !== 'deepl') {
    throw new DeckError('USAGE', `--provider takes pseudo or deepl; got "${name}"`);
  }
  const source = requested === undefined ? (name === 'auto' ? '' : 'from the config') : 'requested';
  if (name === 'pseudo' || (name === 'auto' && authKey === '')) {
    return { provider: createPseudoProvider(), reason: source || 'no DEEPL_AUTH_KEY set: offline pseudo-translation' };
  }
  if (authKey === '' && !dryRun) {
    throw new DeckError('DEEPL_AUTH', 'the deepl provider needs DEEPL_AUTH_KEY in the environment');
  }
  const serverUrl = process.env['DEEPL_SERVER_URL'];
  const provider = createDeeplProvider({
    authKey,
    ...(serverUrl ? { serverUrl } : {}),
    sourceLanguage: loaded.config.sourceLanguage,
    formality: loaded.config.translation.formality,
    concurrency: loaded.config.translation.concurrency,
    glossary: loaded.config.glossary,
  });
  const endpoint = serverUrl ? `, endpoint DEEPL_SERVER_URL` : '';
  return { provider, reason: `${source || 'DEEPL_AUTH_KEY is set'}${endpoint}` };
}

function formatSummary(summary: TranslateSummary): string {
  const n = (value: number) => value.toLocaleString('en');
  const lines: string[] = [];
  for (const [language, s] of Object.entries(summary.languages)) {
    lines.push(
      summary.dryRun
        ? `${language}: would send ${n(s.segments)} segments as ${n(s.texts)} distinct texts, ${n(s.characters)} characters`
        : `${language}: ${n(s.segments)} segments translated (${n(s.texts)} distinct texts), ${n(s.billedCharacters)} characters billed, ${n(s.requests)} requests`,
    );
  }
  if (summary.dryRun) {
    const billed = summary.provider === 'deepl' ? `${n(summary.characters)} characters would be billed by DeepL` : 'pseudo bills nothing';
    lines.push(`dry run: nothing sent, nothing written (${n(summary.segments)} segments; ${billed})`);
  } else {
    lines.push(
      `total: ${n(summary.segments)} segments, ${n(summary.billedCharacters)} characters billed, ${n(summary.requests)} requests, ${summary.seconds} s; ${summary.filesWritten} files written`,
    );
    if (summary.segments > 0) {
      const where = summary.qa.errors + summary.qa.warnings > 0 ? ' (stored with the machine drafts; deckl10n qa lists them)' : '';
      lines.push(`QA: ${plural(summary.qa.errors, 'error')}, ${plural(summary.qa.warnings, 'warning')} on the new translations${where}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}
