import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from './router.js';

describe('routes', () => {
  it('reads one URL per slide, review and dashboard hashes', () => {
    expect(parseRoute('#pangeo-ecosystem/fr/3')).toEqual({ view: 'slides', deck: 'pangeo-ecosystem', language: 'fr', slide: 3 });
    expect(parseRoute('#pangeo-ecosystem/fr')).toEqual({ view: 'slides', deck: 'pangeo-ecosystem', language: 'fr', slide: 1 });
    expect(parseRoute('#review/d/es/0/abc')).toEqual({ view: 'review', deck: 'd', language: 'es', slide: 0, segment: 'abc' });
    expect(parseRoute('#review/d/es/x')).toEqual({ view: 'review', deck: 'd', language: 'es', slide: 0, segment: null });
    expect(parseRoute('')).toEqual({ view: 'dashboard' });
    expect(parseRoute('#dashboard')).toEqual({ view: 'dashboard' });
  });

  it('writes hashes that read back the same', () => {
    for (const hash of ['#a/fr/2', '#review/a/fr/4/seg-1', '#dashboard', '#d%2Fx/fr/1']) expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});
