/**
 * Fault scripts: a queue of {@link FaultStep}s consumed one per matching API request, and the
 * reply corruptions applied by the "after processing" faults.
 */
import type { Reply } from './reply.js';
import type { FaultStep } from './types.js';

/** A validated fault step. */
export type Fault =
  | { readonly kind: 'ok' }
  | { readonly kind: 'status'; readonly status: number; readonly message: string | undefined }
  | { readonly kind: 'reset' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'delay'; readonly ms: number }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'wrong-shape' }
  | { readonly kind: 'missing-translation' };

const NAMED = ['ok', 'reset', 'timeout', 'malformed', 'wrong-shape', 'missing-translation'] as const;

function isStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** Validates one fault step; throws a TypeError naming the problem. */
export function parseFaultStep(step: unknown): Fault {
  if (isStatus(step)) return step === 200 ? { kind: 'ok' } : { kind: 'status', status: step, message: undefined };
  if (typeof step === 'string') {
    const named = NAMED.find((name) => name === step);
    if (named !== undefined) return { kind: named };
    if (/^\d{3}$/.test(step)) return parseFaultStep(Number(step));
  }
  if (step !== null && typeof step === 'object') {
    const record = step as Record<string, unknown>;
    if (isStatus(record['status'])) {
      const message = record['message'];
      if (message !== undefined && typeof message !== 'string') throw new TypeError('fault step message must be a string');
      return record['status'] === 200 && message === undefined
        ? { kind: 'ok' }
        : { kind: 'status', status: record['status'], message };
    }
    const delay = record['delayMs'];
    if (typeof delay === 'number' && Number.isFinite(delay) && delay >= 0) return { kind: 'delay', ms: delay };
  }
  throw new TypeError(
    `invalid fault step ${JSON.stringify(step)}: expected an HTTP status, one of ${NAMED.join(', ')}, ` +
      '{ status, message? } or { delayMs }',
  );
}

/** Short description of a fault for the request log, e.g. `429`, `reset`, `delay:50`. */
export function faultLabel(fault: Fault): string {
  switch (fault.kind) {
    case 'status':
      return String(fault.status);
    case 'delay':
      return `delay:${fault.ms}`;
    default:
      return fault.kind;
  }
}

/** The queue of pending fault steps, with an optional path-prefix filter. */
export class FaultQueue {
  private steps: { readonly step: FaultStep; readonly fault: Fault }[] = [];
  private filter: string | null = null;

  /** Replaces the script (validating every step first). */
  set(script: readonly unknown[], path: string | null = null): void {
    const parsed = script.map((step) => ({ step: step as FaultStep, fault: parseFaultStep(step) }));
    this.steps = parsed;
    this.filter = path;
  }

  clear(): void {
    this.steps = [];
    this.filter = null;
  }

  /** The next fault for a request to `path`, consuming it; undefined if none applies. */
  take(path: string): Fault | undefined {
    if (this.steps.length === 0) return undefined;
    if (this.filter !== null && !path.startsWith(this.filter)) return undefined;
    return this.steps.shift()?.fault;
  }

  /** Remaining steps as given. */
  pending(): FaultStep[] {
    return this.steps.map((entry) => entry.step);
  }

  path(): string | null {
    return this.filter;
  }
}

/** True for faults applied after the request was processed (and billed). */
export function corruptsReply(fault: Fault | undefined): boolean {
  return fault?.kind === 'malformed' || fault?.kind === 'wrong-shape' || fault?.kind === 'missing-translation';
}

/**
 * Corrupts a successful reply: `malformed` cuts the JSON in half, `wrong-shape` replaces it by a
 * JSON object without the expected members, `missing-translation` drops the last translation.
 * Error replies are left alone.
 */
export function corruptReply(fault: Fault, reply: Reply): Reply {
  if (reply.status >= 400) return reply;
  switch (fault.kind) {
    case 'malformed': {
      const body = reply.json === undefined ? reply.text ?? '' : JSON.stringify(reply.json);
      const cut = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
      return { status: 200, text: `${cut}<html>502 Bad Gateway`, contentType: 'application/json' };
    }
    case 'wrong-shape':
      return { status: 200, json: { result: 'ok', data: null } };
    case 'missing-translation': {
      const json = reply.json as { translations?: unknown } | undefined;
      if (json !== undefined && Array.isArray(json.translations)) {
        return { ...reply, json: { ...json, translations: json.translations.slice(0, -1) } };
      }
      return reply;
    }
    default:
      return reply;
  }
}
