// Registers ts-hooks.mjs; use as `node --import <this file> src/bin.ts` (tests only).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
