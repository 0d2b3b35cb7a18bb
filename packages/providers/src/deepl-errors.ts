import * as deepl from 'deepl-node';
import { DeckError, isDeckError } from '@deckl10n/errors';

/**
 * Turns a deepl-node error into a DeckError a person can act on, with the auth key removed
 * from anything that could echo it.
 */
export function deeplError(error: unknown, authKey: string): DeckError {
  if (isDeckError(error)) return error;
  const scrub = (text: string) => (authKey === '' ? text : text.split(authKey).join('[DEEPL_AUTH_KEY]'));
  const message = scrub(error instanceof Error ? error.message : String(error));
  if (error instanceof deepl.QuotaExceededError) {
    return new DeckError('DEEPL_QUOTA', `DeepL quota exceeded (456): ${message}. Everything translated so far is saved; rerun when the quota allows.`);
  }
  if (error instanceof deepl.AuthorizationError) {
    return new DeckError('DEEPL_AUTH', 'DeepL refused the key in DEEPL_AUTH_KEY (403): check the key and whether it is a Free (…:fx) or Pro key.');
  }
  if (error instanceof deepl.TooManyRequestsError) {
    return new DeckError('DEEPL_RATE_LIMIT', `DeepL kept answering "too many requests" (429) after retries: ${message}. Progress is saved; rerun later or lower translation.concurrency.`);
  }
  if (error instanceof deepl.ConnectionError) {
    return new DeckError('DEEPL_CONNECTION', `cannot reach DeepL: ${message}. Progress is saved; rerun when the network is back (DEEPL_SERVER_URL overrides the endpoint).`);
  }
  return new DeckError('DEEPL_ERROR', `DeepL request failed: ${message}`);
}
