import { describe, expect, it } from 'vitest';
import { parse } from './parse.js';
import { remarkSlidesWithNotes } from './remark-notes.js';
import { remarkSlideCount } from './slide-properties.js';

const counts = (text: string) => {
  const { slides } = parse(text);
  return { slides: remarkSlideCount(slides), withNotes: remarkSlidesWithNotes(slides) };
};

describe('remarkSlidesWithNotes: notes as remark.js 0.14 shows them', () => {
  it('counts slides whose own notes have text; empty or blank notes do not count', () => {
    expect(counts('# A\n???\nnote\n---\n# B\n???\n\n  \n---\n# C\n???\n---\n# D\n')).toEqual({ slides: 4, withNotes: 1 });
  });

  it('a `--` step inherits the notes of the step before it', () => {
    expect(counts('# A\n???\nnote\n--\n# B\n--\n# C\n---\n# D\n')).toEqual({ slides: 4, withNotes: 3 });
  });

  it('slides inherit the notes of a `layout: true` template until `layout: false`; the template is not shown', () => {
    expect(counts('layout: true\n???\nfooter notes\n---\n# A\n---\n# B\n---\nlayout: false\n# C\n')).toEqual({ slides: 3, withNotes: 2 });
  });

  it('`template: name` inherits the named slide\'s notes; excluded slides are neither shown nor inherited from', () => {
    const text = 'name: base\n# Base\n???\nbase notes\n---\n# Plain\n---\ntemplate: base\n# Uses base\n---\n# No notes\n---\nexclude: true\n???\nhidden\n--\n# Step after an excluded slide\n';
    expect(counts(text)).toEqual({ slides: 5, withNotes: 2 });
  });

  it('only the notes after the last `???` of a step count, as remark discards the earlier ones', () => {
    expect(counts('# A\n???\nlost\n???\n---\n# B\n???\n???\nkept\n')).toEqual({ slides: 2, withNotes: 1 });
  });
});
