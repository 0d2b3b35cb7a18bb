import { DeckError } from '@deckl10n/errors';
import { createPseudoProvider, type TranslationProvider } from '@deckl10n/providers';
import { chooseLanguages, loadSourceDecks, translateProject, type TranslateSummary } from '@deckl10n/sync';
import type { LoadedConfig } from '@deckl10n/config';
import { ExitCode } from '../exit-codes.js';
import { list, loadProject, type ProjectOptions } from '../project-context.js';
import { progressBar } from '../progress.js';

export interface TranslateCommandOptions extends ProjectOptions {
  readonly to?: string;
  readonly provider?: string;
  readonly dryRun?: boolean;
  readonly deck?: string;
  readonly includeReviewed?: boolean;
  readonly json?: boolean;
}

/** `deckl10n translate`: machine-translates missing and stale machine segments. */
export async function translate(options: TranslateCommandOptions): Promise<number> {
  const loaded = await loadProject(options);
  const languages = chooseLanguages(loaded, list(options.to));
  const { provider, reason } = await chooseProvider(loaded, options.provider);
  if (!options.json) process.stderr.write(`provider: ${provider.name} (${reason})\n`);
  const sources = await loadSourceDecks(loaded, options.deck);
  const progress = options.json || options.dryRun ? null : progressBar('translating');
  let summary: TranslateSummary;
  try {
    summary = await translateProject(loaded, sources, {
      languages,
      provider,
      dryRun: options.dryRun === true,
      includeReviewed: options.includeReviewed === true,
      onProgress: (done, total) => progress?.update(done, total),
    });
  } finally {
    progress?.stop();
    await provider.close?.();
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return ExitCode.ok;
  }
  process.stdout.write(formatSummary(summary));
  return ExitCode.ok;
}

async function chooseProvider(loaded: LoadedConfig, requested: string | undefined): Promise<{ provider: TranslationProvider; reason: string }> {
  const name = requested ?? loaded.config.translation.provider;
  const hasKey = (process.env['DEEPL_AUTH_KEY'] ?? '') !== '';
  if (name !== 'auto' && name !== 'pseudo' && name !== 'deepl') {
    throw new DeckError('USAGE', `--provider takes pseudo or deepl; got "${name}"`);
  }
  if (name === 'pseudo' || (name === 'auto' && !hasKey)) {
    return { provider: createPseudoProvider(), reason: name === 'auto' ? 'no DEEPL_AUTH_KEY set; offline pseudo-translation' : 'requested' };
  }
  const { createDeeplProvider } = await import('@deckl10n/providers');
  return { provider: await createDeeplProvider(deeplOptions(loaded)), reason: name === 'auto' ? 'DEEPL_AUTH_KEY is set' : 'requested' };
}

function deeplOptions(loaded: LoadedConfig) {
  const authKey = process.env['DEEPL_AUTH_KEY'] ?? '';
  if (authKey === '') throw new DeckError('USAGE', 'the deepl provider needs DEEPL_AUTH_KEY in the environment');
  const serverUrl = process.env['DEEPL_SERVER_URL'];
  return {
    authKey,
    ...(serverUrl ? { serverUrl } : {}),
    formality: loaded.config.translation.formality,
    concurrency: loaded.config.translation.concurrency,
    glossary: loaded.config.glossary,
    sourceLanguage: loaded.config.sourceLanguage,
  };
}

function formatSummary(summary: TranslateSummary): string {
  const lines: string[] = [];
  const verb = summary.dryRun ? 'would send' : 'sent';
  for (const [language, s] of Object.entries(summary.languages)) {
    lines.push(
      `${language}: ${s.segments} segments, ${verb} ${s.texts} texts (${s.characters.toLocaleString('en')} characters)` +
        (summary.dryRun ? '' : `, ${s.billedCharacters.toLocaleString('en')} billed, ${s.requests} requests`),
    );
  }
  if (summary.dryRun) {
    lines.push(`dry run: nothing was sent or written (${summary.characters.toLocaleString('en')} characters would be billed by DeepL)`);
  } else {
    lines.push(
      `total: ${summary.segments} segments translated, ${summary.billedCharacters.toLocaleString('en')} characters billed, ${summary.requests} requests, ${summary.seconds} s; ${summary.filesWritten} files written`,
    );
  }
  return `${lines.join('\n')}\n`;
}
