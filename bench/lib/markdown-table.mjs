/**
 * A Markdown table padded so that it also reads as an aligned table in a terminal.
 * A column is a label or `{ label, align: 'left' | 'right' }`; a row is an array of cells.
 */
export function markdownTable(columns, rows) {
  const specs = columns.map((column) => (typeof column === 'string' ? { label: column, align: 'left' } : column));
  const cells = rows.map((row) => specs.map((_, index) => escapeCell(row[index] ?? '')));
  const widths = specs.map((spec, index) =>
    Math.max(3, width(spec.label), ...cells.map((row) => width(row[index]))),
  );
  const line = (values) => `| ${values.map((value, index) => pad(value, widths[index], specs[index].align)).join(' | ')} |`;
  const rule = `| ${specs.map((spec, index) => (spec.align === 'right' ? `${'-'.repeat(widths[index] - 1)}:` : '-'.repeat(widths[index]))).join(' | ')} |`;
  return [line(specs.map((spec) => spec.label)), rule, ...cells.map(line)].join('\n');
}

function escapeCell(value) {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

// Code points, not UTF-16 units, so "≥" and "×" count as one column.
function width(text) {
  return [...text].length;
}

function pad(text, size, align) {
  const fill = ' '.repeat(size - width(text));
  return align === 'right' ? fill + text : text + fill;
}
