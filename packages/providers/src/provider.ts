/** One text to translate. */
export interface TranslationUnit {
  readonly text: string;
  /** Context for the translator (slide title, deck title); not translated. */
  readonly context?: string;
}

/** A request to a provider: texts of one language pair, and one context. */
export interface ProviderRequest {
  readonly sourceLanguage: string;
  readonly targetLanguage: string;
  readonly units: readonly TranslationUnit[];
  readonly signal?: AbortSignal;
}

/** What a provider returns for a request, in the order of the units. */
export interface ProviderResult {
  readonly translations: readonly ProviderTranslation[];
  /** Characters billed by the service for this request. */
  readonly billedCharacters: number;
  /** HTTP requests made (retries included). */
  readonly requests: number;
}

/** A translated text, and a problem the provider found with it (kept as a QA error). */
export interface ProviderTranslation {
  readonly text: string;
  readonly problem?: string;
}

/** Limits of one provider call; the caller batches within them. */
export interface BatchLimits {
  readonly maxTexts: number;
  /** Request size budget for the texts, measured with `sizeOf`. */
  readonly maxBytes: number;
  /** Bytes a text takes in a request as the provider encodes it (default: its UTF-8 length). */
  sizeOf?(text: string): number;
}

/** A machine translation provider. */
export interface TranslationProvider {
  /** Recorded as the `provider` of the translations it makes. */
  readonly name: string;
  readonly limits: BatchLimits;
  /** True when units with different contexts must go in different requests. */
  readonly usesContext: boolean;
  /** Parallel requests allowed. */
  readonly concurrency: number;
  /** Characters the service would bill for a text (for `--dry-run`); code points when absent. */
  billableCharacters?(text: string): number;
  translate(request: ProviderRequest): Promise<ProviderResult>;
  /** Releases resources (glossaries cache, sockets). */
  close?(): Promise<void>;
}
