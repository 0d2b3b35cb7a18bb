/**
 * Test helpers: run a test body against a fresh server that is always closed afterwards, and
 * build deepl-node clients pointed at it.
 */
import { DeepLClient, Translator, type TranslatorOptions } from 'deepl-node';
import { startDeeplServer } from '../server.js';
import type { DeeplServerHandle, DeeplServerOptions } from '../types.js';

/** A key accepted by default in tests (a free key, as most CI keys would be). */
export const KEY = 'test-key-0123456789:fx';

/** Runs `body` with a started server and closes it whatever happens. */
export async function withServer<T>(
  options: DeeplServerOptions,
  body: (server: DeeplServerHandle) => Promise<T>,
): Promise<T> {
  const server = await startDeeplServer(options);
  try {
    return await body(server);
  } finally {
    await server.close();
  }
}

/** A deepl-node `Translator` for the server; no retries unless asked. */
export function translator(server: DeeplServerHandle, options: TranslatorOptions = {}, key = KEY): Translator {
  return new Translator(key, { serverUrl: server.url, maxRetries: 0, minTimeout: 2000, ...options });
}

/** A deepl-node `DeepLClient` (v3 glossaries) for the server. */
export function client(server: DeeplServerHandle, options: TranslatorOptions = {}, key = KEY): DeepLClient {
  return new DeepLClient(key, { serverUrl: server.url, maxRetries: 0, minTimeout: 2000, ...options });
}

/** POSTs a form or JSON body with a key, returning status and parsed JSON (or text). */
export async function post(
  server: DeeplServerHandle,
  path: string,
  body: URLSearchParams | Record<string, unknown>,
  key: string | undefined = KEY,
): Promise<{ status: number; json: unknown; text: string }> {
  const headers: Record<string, string> = {};
  if (key !== undefined) headers['authorization'] = `DeepL-Auth-Key ${key}`;
  let payload: string;
  if (body instanceof URLSearchParams) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    payload = body.toString();
  } else {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${server.url}${path}`, { method: 'POST', headers, body: payload });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}
