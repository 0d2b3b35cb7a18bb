/**
 * Replaces the text between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` in a
 * document, or appends a new marked section at its end. Everything outside the markers is kept.
 */
export function replaceSection(document, name, body) {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = from === -1 ? -1 : document.indexOf(end, from);
  if (from !== -1 && to !== -1) return document.slice(0, from) + section + document.slice(to + end.length);
  if (from !== -1) throw new Error(`docs/benchmarks.md: ${start} has no matching ${end}`);
  const base = document.trimEnd();
  return `${base}${base === '' ? '' : '\n\n'}${section}\n`;
}
