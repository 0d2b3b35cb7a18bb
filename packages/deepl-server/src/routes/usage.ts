/**
 * `GET|POST /v2/usage`: the calling key's character count and limit.
 */
import { jsonReply } from '../reply.js';
import type { Route } from './route.js';

/** Usage route. */
export const usageRoutes: readonly Route[] = [
  {
    methods: ['GET', 'POST'],
    pattern: /^\/v2\/usage$/,
    handler: ({ account, state }) =>
      jsonReply(200, { character_count: account.characterCount, character_limit: state.limitOf(account) }),
  },
];
