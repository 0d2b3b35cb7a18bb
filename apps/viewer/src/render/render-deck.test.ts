import { readFileSync } from 'node:fs';
import { corpusFiles, exampleDeckPath, hasCorpus, remarkCounts } from '@deckl10n/test-support';
import { describe, expect, it } from 'vitest';
import { renderDeck } from './render-deck.js';

describe('renderDeck', () => {
  it('renders steps cumulatively and notes apart', () => {
    const slides = renderDeck('# Hi\n--\nthere\n???\nsay *hello*\n');
    expect(slides.map((slide) => slide.html)).toEqual(['<h1>Hi</h1>\n', '<h1>Hi</h1>\n<p>there</p>\n']);
    expect(slides[1]?.notesHtml).toBe('<p>say <em>hello</em></p>\n');
    expect(slides[0]?.notesHtml).toBe('');
  });

  it('renders content classes as spans and divs, nested and multi-line, like remark', () => {
    const [slide] = renderDeck('A .red[*B*] C\n\n.pull-left[\n.image-50[![x](a.png)]\n\n- one\n- two\n]\n');
    expect(slide?.html).toContain('<p>A <span class="red"><em>B</em></span> C</p>');
    expect(slide?.html).toContain('<div class="pull-left"><p><span class="image-50"><img src="a.png" alt="x"></span></p>\n<ul>');
  });

  it('keeps code with blank lines inside a content class intact and highlights it', () => {
    const [slide] = renderDeck('.box[\n```python\nx = 1\n\n\ny = 2\n```\n]\nafter\n');
    expect(slide?.html).toContain('<div class="box"><pre class="hljs"><code class="hljs">x = <span class="hljs-number">1</span>\n\n\ny');
    expect(slide?.html).toContain('<p>after</p>');
  });

  it('takes class, name and background-image properties', () => {
    const [slide] = renderDeck('class: center, middle, inverse\nname: intro\nbackground-image: url(bg.png)\n# T\n');
    expect(slide?.classes).toEqual(['center', 'middle', 'inverse']);
    expect(slide?.name).toBe('intro');
    expect(slide?.backgroundImage).toBe('bg.png');
    expect(slide?.html).toBe('<h1>T</h1>\n');
  });

  it('renders GTN Liquid as placeholders and resolves links, never raw tags', () => {
    const [slide] = renderDeck('{% icon tip %} See [it]({% link topics/x/tutorial.md %}) and {{ site.baseurl }}/a {% cite Smith2020 %}\n{% assign x = 1 %}\n');
    expect(slide?.html).toContain('class="liquid-icon" data-icon="tip"');
    expect(slide?.html).toContain('href="https://training.galaxyproject.org/training-material/topics/x/tutorial.html"');
    expect(slide?.html).toContain('[Smith2020]');
    expect(slide?.html).not.toMatch(/\{%|%\}|\{\{/);
  });

  it('resolves reference links defined on another slide and scales remark image macros', () => {
    const slides = renderDeck('[ref]: https://example.org "T"\n---\nSee [this][ref] ![:scale 50%](p.png)\n');
    expect(slides[1]?.html).toContain('<a href="https://example.org" title="T">this</a>');
    expect(slides[1]?.html).toContain('style="width: 50%"');
  });

  it('turns review marks into <mark> elements', () => {
    const [slide] = renderDeck('# \uE000s3\uE002Titre\uE001\n');
    expect(slide?.html).toBe('<h1><mark class="seg seg-stale" data-seg="3">Titre</mark></h1>\n');
  });

  it('renders the example deck: every slide has content and no raw macro syntax', () => {
    const slides = renderDeck(readFileSync(exampleDeckPath, 'utf8'));
    expect(slides.length).toBeGreaterThan(30);
    for (const slide of slides) {
      expect(slide.html.trim()).not.toBe('');
      expect(slide.html).not.toMatch(/^\.[\w-]+\[/m);
    }
  });

  it.skipIf(!hasCorpus)('renders every corpus deck: remark counts, no Liquid tag, placeholder or (GTN) content-class syntax left outside code', () => {
    const counts = remarkCounts();
    const problems: string[] = [];
    for (const file of corpusFiles()) {
      const slides = renderDeck(file.text);
      const expected = counts.get(file.name);
      if (expected !== undefined && slides.length !== expected.slides) problems.push(`${file.name}: ${slides.length} slides, remark ${expected.slides}`);
      slides.forEach((slide) => {
        const prose = `${slide.html}${slide.notesHtml}`.replace(/<pre[\s\S]*?<\/pre>|<code[\s\S]*?<\/code>/g, '');
        if (/\{%|%\}/.test(prose)) problems.push(`${file.name} slide ${slide.number}: raw Liquid tag`);
        // Other decks may hold brackets remark leaves unmatched (shown as text, as the parser says).
        if (file.name.startsWith('gtn') && /(?:^|>|\s)\.[a-z][\w-]*\[/.test(prose)) problems.push(`${file.name} slide ${slide.number}: raw content class`);
        if (/[\uE000-\uE011]/.test(prose)) problems.push(`${file.name} slide ${slide.number}: placeholder left`);
      });
    }
    expect(problems).toEqual([]);
  });
});
