/**
 * Public types of the fake DeepL server: start options, the handle returned by
 * `startDeeplServer`, fault steps, adversarial modes and request-log entries.
 */

/**
 * One step of a fault script. Each API request (optionally only those whose path matches the
 * script's path filter) consumes the next step:
 *
 * - a number: answer with that HTTP status and a DeepL-like JSON `message`, without processing
 *   the request (nothing is billed). `200` means "no fault, process normally".
 * - `'ok'`: same as `200`.
 * - `'reset'`: destroy the socket without answering (the client sees `ECONNRESET`).
 * - `'timeout'`: never answer; the request is held until the client gives up or the server closes.
 * - `'malformed'`: process (and bill) the request, then answer 200 with truncated, invalid JSON.
 * - `'wrong-shape'`: process (and bill) the request, then answer 200 with valid JSON of the wrong shape.
 * - `'missing-translation'`: process (and bill) the request, then drop the last entry of
 *   `translations` (deepl-node does not notice; the caller must check the count).
 * - `{ status, message? }`: like a number, with a custom message.
 * - `{ delayMs }`: wait that long, then process normally (a one-off slow response).
 */
export type FaultStep =
  | number
  | 'ok'
  | 'reset'
  | 'timeout'
  | 'malformed'
  | 'wrong-shape'
  | 'missing-translation'
  | { readonly status: number; readonly message?: string }
  | { readonly delayMs: number };

/** Options of a fault script. */
export interface FaultScriptOptions {
  /**
   * Only requests whose path starts with this prefix consume steps (e.g. `'/v2/translate'`).
   * Default: every API request (control requests never do).
   */
  readonly path?: string;
}

/**
 * Ways the server can damage the markup of translations when `tag_handling` is `xml` or `html`,
 * so that a caller's tag verification can be tested. Several may be active at once; they are
 * applied to every translated text that contains tags.
 *
 * - `'drop'`: the first tag is removed.
 * - `'duplicate'`: the first tag is emitted twice.
 * - `'reorder'`: the first two different tags swap places (a lone tag moves to the other end).
 * - `'alter-attribute'`: the first attribute value gets a suffix.
 * - `'alter-ignored'`: content of `ignore_tags` elements (and HTML `translate="no"`) is translated too.
 */
export type AdversarialMode = 'drop' | 'duplicate' | 'reorder' | 'alter-attribute' | 'alter-ignored';

/** All adversarial modes, in the order they are applied. */
export const ADVERSARIAL_MODES: readonly AdversarialMode[] = [
  'alter-ignored',
  'alter-attribute',
  'drop',
  'duplicate',
  'reorder',
];

/** A key the server accepts, with optional per-key settings. */
export interface KeyConfig {
  /** The authentication key, as sent in `Authorization: DeepL-Auth-Key <key>`. */
  readonly key: string;
  /** Character limit of this key (overrides {@link DeeplServerOptions.characterLimit}). */
  readonly characterLimit?: number;
  /** Characters already used by this key when the server starts. Default 0. */
  readonly characterCount?: number;
}

/** Options of {@link startDeeplServer}. */
export interface DeeplServerOptions {
  /** TCP port on 127.0.0.1; default 0 (a free port). The server never binds another address. */
  readonly port?: number;
  /**
   * Accepted keys. When given, any other key gets 403. When omitted, every non-empty key is
   * accepted (each gets its own usage counter and glossaries).
   */
  readonly keys?: readonly (string | KeyConfig)[];
  /**
   * Character limit of every key without its own. Default: 500 000 for free keys (ending in
   * `:fx`), 1 000 000 000 000 otherwise (what DeepL reports when no limit is set).
   */
  readonly characterLimit?: number;
  /** Fixed latency added to every API request, in milliseconds. Default 0. */
  readonly latencyMs?: number;
  /** Initial fault script, see {@link FaultStep}. */
  readonly faults?: readonly FaultStep[];
  /** Path filter of the initial fault script. */
  readonly faultPath?: string;
  /** Initially active adversarial modes. */
  readonly adversarial?: readonly AdversarialMode[];
  /**
   * Fault switch: once a key has used this many characters, its translate requests get 456
   * (the request that crosses the mark still succeeds). Independent of the character limit.
   */
  readonly quotaAfterCharacters?: number;
  /**
   * Bill markup too. DeepL does not bill the characters of tags (with their attributes) when
   * `tag_handling` is set; neither does this server unless this is true. Default false.
   */
  readonly billMarkup?: boolean;
  /**
   * Called once per finished API request with its log entry (never contains the key).
   * Used by the `deckl10n-deepl-server` command for its request lines.
   */
  readonly onRequest?: (entry: RequestLogEntry) => void;
}

/** Character usage of one key, as `/v2/usage` reports it. */
export interface Usage {
  readonly characterCount: number;
  readonly characterLimit: number;
}

/** One API request, as recorded on the handle. Never holds the key itself, only its label. */
export interface RequestLogEntry {
  /** 1-based sequence number. */
  readonly seq: number;
  /** ISO time the request arrived. */
  readonly time: string;
  readonly method: string;
  /** URL path without the query string. */
  readonly path: string;
  /** {@link keyLabel} of the key used, or undefined when no key was sent. */
  readonly keyLabel: string | undefined;
  /** Number of `text` values (translate requests only, otherwise 0). */
  readonly texts: number;
  /** Billable characters of the texts (Unicode code points, markup excluded unless `billMarkup`). */
  readonly characters: number;
  /** Characters actually added to the key's usage by this request. */
  readonly billedCharacters: number;
  /** HTTP status sent, or 0 when no response was sent (reset, timeout, client gone). */
  readonly status: number;
  /** The fault step applied to this request, e.g. `'429'`, `'reset'`, `'malformed'`. */
  readonly fault: string | undefined;
  /** Adversarial modes applied to this request's translations. */
  readonly adversarial: readonly AdversarialMode[];
  /** True when the client closed the connection before the response was complete. */
  readonly aborted: boolean;
  /** Milliseconds from arrival to response (or to the socket closing). */
  readonly durationMs: number;
  /** Body encoding: `form`, `json`, or `none`. */
  readonly bodyType: 'form' | 'json' | 'none';
  readonly targetLang: string | undefined;
  readonly sourceLang: string | undefined;
  readonly formality: string | undefined;
  readonly tagHandling: string | undefined;
  /** Glossary id(s) used, comma-separated. */
  readonly glossaryId: string | undefined;
  /** The `context` parameter of a translate request (not billed). */
  readonly context: string | undefined;
  /** Size of the request body in bytes (0 when there is none). */
  readonly bodyBytes: number;
}

/**
 * A partial update of the runtime configuration: what `POST /__control` accepts as JSON and
 * what {@link DeeplServerHandle.configure} takes. Absent fields are left as they are.
 */
export interface ControlPatch {
  readonly latencyMs?: number;
  /** Replaces the fault script (an empty array clears it). */
  readonly faults?: readonly FaultStep[];
  /** Path filter for the fault script set in the same patch; null for all API paths. */
  readonly faultPath?: string | null;
  /** Replaces the set of active adversarial modes; null or [] turns them off. */
  readonly adversarial?: AdversarialMode | readonly AdversarialMode[] | null;
  /** Sets or (null) clears the "456 after N characters" switch. */
  readonly quotaAfterCharacters?: number | null;
  /** Sets the default character limit of keys without their own. */
  readonly characterLimit?: number;
  /** Sets the character limit of individual keys. */
  readonly keyCharacterLimits?: readonly { readonly key: string; readonly characterLimit: number }[];
  /** Resets everything first (see {@link DeeplServerHandle.reset}), then applies the rest. */
  readonly reset?: boolean;
  /** Empties the request log. */
  readonly clearRequests?: boolean;
}

/** A snapshot of the runtime configuration and usage, as `GET /__control` returns it. */
export interface ControlState {
  readonly url: string;
  readonly latencyMs: number;
  /** Remaining fault steps, in order. */
  readonly faults: readonly FaultStep[];
  readonly faultPath: string | null;
  readonly adversarial: readonly AdversarialMode[];
  readonly quotaAfterCharacters: number | null;
  /** Explicit default limit, or null for DeepL's defaults (500 000 free / 10^12 pro). */
  readonly characterLimit: number | null;
  readonly billMarkup: boolean;
  /** Usage of every key seen or configured, by label. */
  readonly accounts: readonly { readonly keyLabel: string; readonly characterCount: number; readonly characterLimit: number }[];
  readonly glossaries: number;
  readonly requests: number;
}

/** The running server, as returned by {@link startDeeplServer}. */
export interface DeeplServerHandle {
  /** Base URL, e.g. `http://127.0.0.1:41234`; pass it as deepl-node's `serverUrl`. */
  readonly url: string;
  readonly port: number;
  /** Snapshot of the request log (API requests only, oldest first). */
  readonly requests: readonly RequestLogEntry[];
  /** Stops the server, dropping open connections (including held `timeout` requests). */
  close(): Promise<void>;
  /** Usage of a key (zero count if it was never used). */
  usage(key: string): Usage;
  /** Replaces the fault script. */
  setFaults(script: readonly FaultStep[], options?: FaultScriptOptions): void;
  /** Remaining fault steps. */
  pendingFaults(): readonly FaultStep[];
  /** Sets the fixed latency of every API request. */
  setLatency(ms: number): void;
  /** Sets the active adversarial modes; null or [] turns them off. */
  setAdversarial(modes: AdversarialMode | readonly AdversarialMode[] | null): void;
  /** Sets or (null) clears the "456 after N characters" switch. */
  setQuotaAfter(characters: number | null): void;
  /** Sets the character limit of one key, or without a key the default of all keys. */
  setCharacterLimit(limit: number, key?: string): void;
  /** Applies a {@link ControlPatch}, exactly like `POST /__control`. */
  configure(patch: ControlPatch): void;
  /** Snapshot of the runtime configuration, exactly like `GET /__control`. */
  state(): ControlState;
  /** Empties the request log. */
  clearRequests(): void;
  /**
   * Back to the start options: usage counts, glossaries, request log, faults, latency,
   * adversarial modes and quota switch.
   */
  reset(): void;
}
