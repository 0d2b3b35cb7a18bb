import * as deepl from 'deepl-node';
import { DeckError } from '@deckl10n/errors';
import { deeplError } from './deepl-errors.js';
import { ensureGlossary, type GlossaryConfig } from './deepl-glossary.js';
import { fromXml, toXml, xmlBillableCharacters, type FromXml, type XmlForm } from './markup-xml.js';
import type { ProviderRequest, ProviderResult, ProviderTranslation, TranslationProvider, TranslationUnit } from './provider.js';

/** Options of the DeepL provider. */
export interface DeeplProviderOptions {
  /** DEEPL_AUTH_KEY. Only needed once something is sent (a dry run works without it). */
  readonly authKey: string;
  /** Endpoint override (DEEPL_SERVER_URL), e.g. a local test server. */
  readonly serverUrl?: string;
  readonly sourceLanguage: string;
  /** Formality per target language. */
  readonly formality?: Readonly<Record<string, deepl.Formality>>;
  /** Parallel requests (default 4). */
  readonly concurrency?: number;
  /** Terms kept as they are, and terms translated one way per language. */
  readonly glossary?: GlossaryConfig;
  /** Attempts of deepl-node on 429/5xx/timeouts/resets, with exponential back-off (default 5). */
  readonly maxRetries?: number;
  /** Per-request timeout floor in ms (deepl-node's minTimeout, default 10 000). */
  readonly timeoutMs?: number;
}

/** Room kept in every request for the parameters beside the texts (languages, context…). */
const PARAMETER_RESERVE = 16 * 1024;
/** DeepL's request limits: 50 texts and 128 KiB per request body. */
const LIMITS = {
  maxTexts: 50,
  maxBytes: 128 * 1024 - PARAMETER_RESERVE,
  /** A text's size in the form body deepl-node sends: `&text=` and the URL-encoded XML. */
  sizeOf: (text: string): number => new URLSearchParams({ text: toXml(text).xml }).toString().length + 1,
};
/** Context is sent with every request of a batch; long titles are cut to keep requests small. */
const MAX_CONTEXT = 1_000;

/**
 * The DeepL provider, through deepl-node. Protected elements travel as `<x i="N"/>` XML tags
 * (tag_handling=xml) and are verified on return; a segment whose tags come back missing,
 * repeated or out of order is retried once alone, then returned with a problem and its source
 * text, never with broken markup. The batch's context (deck and slide title) goes as DeepL's
 * `context`; formality per language; glossaries from the config are created once per content
 * and reused. The client is made on first use, so a dry run needs no key and no network.
 */
export function createDeeplProvider(options: DeeplProviderOptions): TranslationProvider {
  let client: deepl.Translator | null = null;
  const getClient = (): deepl.Translator => {
    if (options.authKey === '') throw new DeckError('DEEPL_AUTH', 'the deepl provider needs DEEPL_AUTH_KEY in the environment');
    client ??= new deepl.Translator(options.authKey, {
      ...(options.serverUrl ? { serverUrl: options.serverUrl } : {}),
      maxRetries: options.maxRetries ?? 5,
      minTimeout: options.timeoutMs ?? 10_000,
      appInfo: { appName: 'deckl10n', appVersion: '0.1.0' },
    });
    return client;
  };
  const glossaries = new Map<string, Promise<deepl.GlossaryInfo | null>>();
  const glossaryFor = (target: string): Promise<deepl.GlossaryInfo | null> => {
    let glossary = glossaries.get(target);
    if (glossary === undefined) {
      glossary = ensureGlossary(getClient(), options.glossary, options.sourceLanguage, target);
      glossaries.set(target, glossary);
    }
    return glossary;
  };

  const send = (forms: readonly XmlForm[], request: ProviderRequest, glossary: deepl.GlossaryInfo | null) => {
    const formality = options.formality?.[request.targetLanguage];
    const context = contextOf(request.units);
    return getClient().translateText(
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
    billableCharacters: (text) => xmlBillableCharacters(toXml(text).xml),
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
          const unit = request.units[i] as TranslationUnit;
          let restored = readBack(results[i], form);
          if (!restored.ok) {
            // One retry alone: DeepL sometimes places tags differently in a shorter request.
            const [retry] = await send([form], { ...request, units: [unit] }, glossary);
            requests++;
            billed += retry?.billedCharacters ?? 0;
            restored = readBack(retry, form);
          }
          translations.push(
            restored.ok ? { text: restored.text } : { text: unit.text, problem: `DeepL broke the markup twice (${restored.problem}); the source text is kept` },
          );
        }
        return { translations, billedCharacters: billed, requests };
      } catch (error) {
        throw deeplError(error, options.authKey);
      }
    },
  };
}

/** A result read back into segment text; an answer that has no result for a text is a failure too. */
function readBack(result: deepl.TextResult | undefined, form: XmlForm): FromXml {
  if (result === undefined) return { ok: false, problem: 'DeepL returned no translation for this text' };
  return fromXml(result.text, form);
}

/** The context of a batch (all its units share it), cut to a reasonable length. */
function contextOf(units: readonly TranslationUnit[]): string | undefined {
  const context = units[0]?.context;
  if (context === undefined || context === '') return undefined;
  const points = [...context];
  return points.length <= MAX_CONTEXT ? context : points.slice(0, MAX_CONTEXT).join('');
}

/** DeepL's target code for a language (`en` → `EN-US`, `pt` → `PT-PT`, others as given). */
function targetCode(language: string): deepl.TargetLanguageCode {
  const lower = language.toLowerCase();
  if (lower === 'en') return 'en-US';
  if (lower === 'pt') return 'pt-PT';
  return lower as deepl.TargetLanguageCode;
}
