/**
 * The mutable state of one server instance: accounts (usage per key label), glossaries, fault
 * script, latency, adversarial modes, quota switch and request log; plus applying a
 * {@link ControlPatch} to it.
 */
import { normalizeAdversarial } from './adversarial.js';
import { FaultQueue } from './faults.js';
import { GlossaryStore } from './glossary-store.js';
import { isFreeKey, keyLabel } from './keys.js';
import type {
  AdversarialMode,
  ControlPatch,
  ControlState,
  DeeplServerOptions,
  KeyConfig,
  RequestLogEntry,
  Usage,
} from './types.js';

/** DeepL's character limit of API Free keys. */
export const FREE_CHARACTER_LIMIT = 500_000;
/** What DeepL reports as the limit of Pro keys without a cost-control limit. */
export const UNLIMITED_CHARACTER_LIMIT = 1_000_000_000_000;

/** Usage of one key. Identified by its label only. */
export interface Account {
  readonly label: string;
  readonly free: boolean;
  characterCount: number;
  /** Explicit limit of this key, if any. */
  characterLimit: number | undefined;
}

/** A request-log entry while the request is in flight. */
export type MutableLogEntry = { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] };

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function requireCount(value: unknown, what: string): number {
  if (!isCount(value)) throw new TypeError(`${what} must be a non-negative number`);
  return value;
}

/** State of one server instance. */
export class ServerState {
  readonly glossaries = new GlossaryStore();
  readonly faults = new FaultQueue();
  readonly billMarkup: boolean;
  latencyMs = 0;
  adversarial: AdversarialMode[] = [];
  quotaAfterCharacters: number | null = null;
  defaultLimit: number | null = null;

  private readonly options: DeeplServerOptions;
  private readonly keyConfigs: ReadonlyMap<string, KeyConfig & { free: boolean }>;
  private readonly accounts = new Map<string, Account>();
  private log: MutableLogEntry[] = [];
  private seq = 0;

  constructor(options: DeeplServerOptions) {
    this.options = options;
    this.billMarkup = options.billMarkup === true;
    const configs = new Map<string, KeyConfig & { free: boolean }>();
    for (const entry of options.keys ?? []) {
      const config: KeyConfig = typeof entry === 'string' ? { key: entry } : entry;
      if (typeof config.key !== 'string' || config.key.length === 0) throw new TypeError('keys must be non-empty strings');
      configs.set(keyLabel(config.key), { ...config, free: isFreeKey(config.key) });
    }
    this.keyConfigs = configs;
    this.reset();
  }

  /** Back to the start options (usage, glossaries, log, faults, latency, modes, switches). */
  reset(): void {
    const options = this.options;
    this.glossaries.clear();
    this.faults.clear();
    if (options.faults !== undefined) this.faults.set(options.faults, options.faultPath ?? null);
    this.latencyMs = options.latencyMs === undefined ? 0 : requireCount(options.latencyMs, 'latencyMs');
    this.adversarial = normalizeAdversarial(options.adversarial);
    this.quotaAfterCharacters =
      options.quotaAfterCharacters === undefined ? null : requireCount(options.quotaAfterCharacters, 'quotaAfterCharacters');
    this.defaultLimit =
      options.characterLimit === undefined ? null : requireCount(options.characterLimit, 'characterLimit');
    this.accounts.clear();
    for (const [label, config] of this.keyConfigs) {
      this.accounts.set(label, {
        label,
        free: config.free,
        characterCount: config.characterCount === undefined ? 0 : requireCount(config.characterCount, 'characterCount'),
        characterLimit: config.characterLimit === undefined ? undefined : requireCount(config.characterLimit, 'characterLimit'),
      });
    }
    this.clearRequests();
  }

  /** True when only configured keys are accepted. */
  get restricted(): boolean {
    return this.keyConfigs.size > 0;
  }

  /** The account of a key, created on first use; undefined if the key is not accepted. */
  accountFor(key: string): Account | undefined {
    const label = keyLabel(key);
    const existing = this.accounts.get(label);
    if (existing !== undefined) return existing;
    if (this.restricted) return undefined;
    const account: Account = { label, free: isFreeKey(key), characterCount: 0, characterLimit: undefined };
    this.accounts.set(label, account);
    return account;
  }

  /** Effective character limit of an account. */
  limitOf(account: Account): number {
    return account.characterLimit ?? this.defaultLimit ?? (account.free ? FREE_CHARACTER_LIMIT : UNLIMITED_CHARACTER_LIMIT);
  }

  /** Usage of a key, without creating its account. */
  usage(key: string): Usage {
    const account = this.accounts.get(keyLabel(key)) ?? {
      label: keyLabel(key),
      free: isFreeKey(key),
      characterCount: 0,
      characterLimit: undefined,
    };
    return { characterCount: account.characterCount, characterLimit: this.limitOf(account) };
  }

  /** Sets the limit of one key (creating its account if keys are unrestricted). */
  setKeyLimit(key: string, limit: number): void {
    const account = this.accountFor(key);
    if (account === undefined) throw new TypeError('that key is not accepted by this server');
    account.characterLimit = requireCount(limit, 'characterLimit');
  }

  /** Starts a log entry for a request. */
  newLogEntry(method: string, path: string): MutableLogEntry {
    this.seq += 1;
    const entry: MutableLogEntry = {
      seq: this.seq,
      time: new Date().toISOString(),
      method,
      path,
      keyLabel: undefined,
      texts: 0,
      characters: 0,
      billedCharacters: 0,
      status: 0,
      fault: undefined,
      adversarial: [],
      aborted: false,
      durationMs: 0,
      bodyType: 'none',
      targetLang: undefined,
      sourceLang: undefined,
      formality: undefined,
      tagHandling: undefined,
      glossaryId: undefined,
      context: undefined,
      bodyBytes: 0,
    };
    this.log.push(entry);
    return entry;
  }

  /** Copies of the log entries. */
  requests(): RequestLogEntry[] {
    return this.log.map((entry) => ({ ...entry, adversarial: [...entry.adversarial] }));
  }

  clearRequests(): void {
    this.log = [];
  }

  /** Applies a control patch after validating all of it; throws TypeError on bad input. */
  apply(patch: unknown): void {
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
      throw new TypeError('control patch must be a JSON object');
    }
    const p = patch as Record<keyof ControlPatch, unknown>;
    const known = new Set<string>([
      'latencyMs', 'faults', 'faultPath', 'adversarial', 'quotaAfterCharacters', 'characterLimit',
      'keyCharacterLimits', 'reset', 'clearRequests',
    ]);
    for (const name of Object.keys(p)) if (!known.has(name)) throw new TypeError(`unknown control field '${name}'`);
    // Validate everything before changing anything.
    const latency = p.latencyMs === undefined ? undefined : requireCount(p.latencyMs, 'latencyMs');
    if (p.faults !== undefined && !Array.isArray(p.faults)) throw new TypeError('faults must be an array');
    if (p.faultPath !== undefined && p.faultPath !== null && typeof p.faultPath !== 'string') {
      throw new TypeError('faultPath must be a string or null');
    }
    const probe = new FaultQueue();
    if (Array.isArray(p.faults)) probe.set(p.faults);
    const adversarial = p.adversarial === undefined ? undefined : normalizeAdversarial(p.adversarial);
    const quota =
      p.quotaAfterCharacters === undefined || p.quotaAfterCharacters === null
        ? p.quotaAfterCharacters
        : requireCount(p.quotaAfterCharacters, 'quotaAfterCharacters');
    const limit = p.characterLimit === undefined ? undefined : requireCount(p.characterLimit, 'characterLimit');
    const keyLimits: { key: string; limit: number }[] = [];
    if (p.keyCharacterLimits !== undefined) {
      if (!Array.isArray(p.keyCharacterLimits)) throw new TypeError('keyCharacterLimits must be an array');
      for (const item of p.keyCharacterLimits as unknown[]) {
        const record = (item ?? {}) as Record<string, unknown>;
        if (typeof record['key'] !== 'string' || record['key'].length === 0) {
          throw new TypeError('keyCharacterLimits entries need a non-empty key');
        }
        keyLimits.push({ key: record['key'], limit: requireCount(record['characterLimit'], 'characterLimit') });
      }
    }
    if (this.restricted && keyLimits.some(({ key }) => !this.accounts.has(keyLabel(key)))) {
      throw new TypeError('keyCharacterLimits names a key this server does not accept');
    }

    if (p.reset === true) this.reset();
    if (p.clearRequests === true) this.clearRequests();
    if (latency !== undefined) this.latencyMs = latency;
    if (Array.isArray(p.faults)) this.faults.set(p.faults, typeof p.faultPath === 'string' ? p.faultPath : null);
    if (adversarial !== undefined) this.adversarial = adversarial;
    if (quota !== undefined) this.quotaAfterCharacters = quota;
    if (limit !== undefined) this.defaultLimit = limit;
    for (const { key, limit: keyLimit } of keyLimits) this.setKeyLimit(key, keyLimit);
  }

  /** Snapshot for `GET /__control`. */
  snapshot(url: string): ControlState {
    return {
      url,
      latencyMs: this.latencyMs,
      faults: this.faults.pending(),
      faultPath: this.faults.path(),
      adversarial: [...this.adversarial],
      quotaAfterCharacters: this.quotaAfterCharacters,
      characterLimit: this.defaultLimit,
      billMarkup: this.billMarkup,
      accounts: [...this.accounts.values()].map((account) => ({
        keyLabel: account.label,
        characterCount: account.characterCount,
        characterLimit: this.limitOf(account),
      })),
      glossaries: this.glossaries.size,
      requests: this.log.length,
    };
  }
}
