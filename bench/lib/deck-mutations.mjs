/**
 * Mutations for fuzzing the deck parser: byte-level noise plus a dictionary of the remark, GTN
 * and Markdown tokens whose combinations are where a slide parser breaks.
 */
export const DECK_TOKENS = [
  '---', '\n---\n', '--', '\n--\n', '???', '\n???\n', '\n???\n---\n', '----', ' ---', '---\r\n',
  'layout: true\n', 'name: x\n', 'class: center, middle\n', 'template: x\n', 'exclude: true\n', 'count: false\n',
  'background-image: url(a.png)\n', '.pull-left[', '.image-40[', ']', '[', '\\[', '\\]', '```', '```python\n', '~~~',
  '```{r}\n', '`r 1+1`', '    code\n', '\t', '\r\n', '\r', '\uFEFF', '<!--', '-->', '<div class="a">', '</div>',
  '<img src="a.png" alt="An alt">', '{% icon x %}', '{% if a %}', '{% endif %}', '{{ site.baseurl }}', '{: .hide}',
  '![alt](a.png "T")', '[t](http://x.org)', '**', '_', '# ', '- ', '1. ', '| a | b |\n|---|---|\n', '> ',
  '\ntitle: "x"\n', 'questions:\n  - a\n', '\u200d', '😀', 'é',
];

/** A small seeded generator (mulberry32): the same seed replays the same campaign. */
export function random(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

/** One to four random edits of `text`, with `other` (another corpus entry) for splicing. */
export function mutate(text, other, pick) {
  let out = text;
  for (let edits = 1 + pick(4); edits > 0; edits--) {
    const at = pick(out.length + 1);
    switch (pick(6)) {
      case 0: out = out.slice(0, at) + DECK_TOKENS[pick(DECK_TOKENS.length)] + out.slice(at); break;
      case 1: out = out.slice(0, at) + out.slice(at + 1 + pick(16)); break;
      case 2: out = out.slice(0, at) + String.fromCharCode(pick(0x80)) + out.slice(at + 1); break;
      case 3: { const from = pick(out.length + 1); out = out.slice(0, at) + out.slice(from, from + pick(64)) + out.slice(at); break; }
      case 4: { const from = pick(other.length + 1); out = out.slice(0, at) + other.slice(from, from + pick(256)) + out.slice(at); break; }
      default: out = out.slice(0, at) + String.fromCharCode(pick(0x10000)) + out.slice(at); break;
    }
  }
  return out.length > 16_384 ? out.slice(0, 16_384) : out;
}
