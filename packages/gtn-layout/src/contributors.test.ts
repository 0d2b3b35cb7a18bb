import { describe, expect, it } from 'vitest';
import { contributorNames } from './contributors.js';

describe('contributorNames', () => {
  it('reads GTN\'s CONTRIBUTORS.yaml shape', () => {
    const text = 'annefou:\n  name: Anne Fouilloux\n  orcid: 0000\nnobody:\n  joined: 2020\n';
    expect(contributorNames(text, 'C.yaml')).toEqual({ annefou: 'Anne Fouilloux' });
    expect(contributorNames('', 'C.yaml')).toEqual({});
  });

  it('refuses a file that is not YAML, or not a map, with its line', () => {
    expect(() => contributorNames('a:\n  name: "x\n', 'C.yaml')).toThrow(expect.objectContaining({ code: 'CONTRIBUTORS_INVALID', file: 'C.yaml' }));
    expect(() => contributorNames('- a\n- b\n', 'C.yaml')).toThrow(expect.objectContaining({ code: 'CONTRIBUTORS_INVALID', line: 1 }));
  });
});
