import { createHash } from 'node:crypto';
import * as deepl from 'deepl-node';
import { deeplError } from './deepl-errors.js';
import { fromXml, toXml, type XmlForm } from './markup-xml.js';
import type { ProviderRequest, ProviderResult, ProviderTranslation, TranslationProvider } from './provider.js';

/** Options of the DeepL provider. */
export interface DeeplProviderOptions {
  readonly authKey: string;
  /** Endpoint override (DEEPL_SERVER_URL), e.g. a local test server. */
  readonly serverUrl?: string;
  readonly sourceLanguage: string;
  /** Formality per target language. */
  readonly formality?: Readonly<Record<string, deepl.Formality>>;
  readonly concurrency?: number;
  /** Terms kept as they are, and terms translated one way per language. */
  readonly glossary?: { readonly keep: readonly string[]; readonly terms: Readonly<Record<string, Readonly<Record<string, string>>>> };
  /** Retries of deepl-node on 429/5xx/timeouts (default 5). */
  readonly maxRetries?: number;
  /** Per-request timeout floor in ms (deepl-node's minTimeout, default 10 000). */
  readonly timeoutMs?: number;
}

/** DeepL's request limits: 50 texts and 128 KiB per request. */
const LIMITS = { maxTexts: 50, maxBytes: 120 * 1024 };

/**
 * The DeepL provider, through deepl-node. Protected elements travel as `<x i="N"/>` XML tags
 * (tag_handling=xml) and are verified on return; a segment whose tags come back missing,
 * repeated or out of order is retried once alone, then returned with a problem and its source
 * text, never with broken markup. Glossaries from the config are created once per content and
 * reused.
 */
export async function createDeeplProvider(options: DeeplProviderOptions): Promise<TranslationProvider> {
  const client = new deepl.Translator(options.authKey, {
    ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
    maxRetries: options.maxRetries ?? 5,
    minTimeout: options.timeoutMs ?? 10_000,
    appInfo: { appName: 'deckl10n', appVersion: '0.1.0' },
  });
  const glossaries = new Map<string, Promise<deepl.GlossaryInfo | null>>();
  const glossaryFor = (target: string): Promise<deepl.GlossaryInfo | null> => {
    let glossary = glossaries.get(target);
    if (glossary === undefined) {
      glossary = ensureGlossary(client, options, target);
      glossaries.set(target, glossary);
    }
    return glossary;
  };

  const send = async (forms: readonly XmlForm[], request: ProviderRequest, glossary: deepl.GlossaryInfo | null) => {
    const formality = options.formality?.[request.targetLanguage];
    const context = request.units[0]?.context;
    return client.translateText(
      forms.map((form) => form.xml),
      request.sourceLanguage as deepl.SourceLanguageCode,
      targetCode(request.targetLanguage),
      {
        tagHandling: 'xml',
        ignoreTags: ['x'],
        ...(formality && formality !== 'default' ? { formality } : {}),
        ...(glossary ? { glossary } : {}),
        ...(context ? { context } : {}),
      },
    );
  };

  return {
    name: 'deepl',
    limits: LIMITS,
    usesContext: true,
    concurrency: options.concurrency ?? 4,
    async translate(request: ProviderRequest): Promise<ProviderResult> {
      try {
        const glossary = await glossaryFor(request.targetLanguage);
        const forms = request.units.map((unit) => toXml(unit.text));
        const results = await send(forms, request, glossary);
        let requests = 1;
        let billed = results.reduce((sum, result) => sum + (result.billedCharacters ?? 0), 0);
        const translations: ProviderTranslation[] = [];
        for (let i = 0; i < forms.length; i++) {
          const form = forms[i] as XmlForm;
          let restored = fromXml(results[i]?.text ?? '', form);
          if (!restored.ok) {
            // One retry alone: DeepL sometimes places tags differently in a shorter request.
            const [retry] = await send([form], { ...request, units: [request.units[i] as (typeof request.units)[number]] }, glossary);
            requests++;
            billed += retry?.billedCharacters ?? 0;
            restored = fromXml(retry?.text ?? '', form);
          }
          translations.push(
            restored.ok
              ? { text: restored.text }
              : { text: request.units[i]?.text ?? '', problem: `DeepL broke the markup twice (${restored.problem}); the source text is kept` },
          );
        }
        return { translations, billedCharacters: billed, requests };
      } catch (error) {
        throw deeplError(error, options.authKey);
      }
    },
  };
}

/** DeepL's target code for a language (`en` → `EN-US`, `pt` → `PT-PT`, others as given). */
function targetCode(language: string): deepl.TargetLanguageCode {
  const lower = language.toLowerCase();
  if (lower === 'en') return 'en-US';
  if (lower === 'pt') return 'pt-PT';
  return lower as deepl.TargetLanguageCode;
}

/** The glossary for one target language, created once per content and reused while unchanged. */
async function ensureGlossary(client: deepl.Translator, options: DeeplProviderOptions, target: string): Promise<deepl.GlossaryInfo | null> {
  const entries: Record<string, string> = {};
  for (const term of options.glossary?.keep ?? []) entries[term] = term;
  Object.assign(entries, options.glossary?.terms[target] ?? {});
  if (Object.keys(entries).length === 0) return null;
  const digest = createHash('sha256')
    .update(JSON.stringify(Object.entries(entries).sort()))
    .digest('hex')
    .slice(0, 12);
  const name = `deckl10n-${options.sourceLanguage}-${target}-${digest}`;
  const existing = (await client.listGlossaries()).find((glossary) => glossary.name === name && glossary.ready);
  if (existing) return existing;
  return client.createGlossary(name, options.sourceLanguage as deepl.SourceGlossaryLanguageCode, target as deepl.TargetGlossaryLanguageCode, new deepl.GlossaryEntries({ entries }));
}
