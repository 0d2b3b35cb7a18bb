/** Summary statistics and number formatting shared by the suites. */

/** The min, median and max of a non-empty list of numbers. */
export function summarize(values) {
  if (values.length === 0) throw new RangeError('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

/** Applies `fn` to each of min, median, max (e.g. to turn times into rates). */
export function mapSummary(summary, fn) {
  const a = fn(summary.min);
  const b = fn(summary.max);
  // A decreasing fn (time → rate) swaps the ends.
  return { min: Math.min(a, b), median: fn(summary.median), max: Math.max(a, b) };
}

/** A number with `digits` significant digits at most, grouped by thousands: 1234.5 → "1,235". */
export function formatNumber(value, digits = 3) {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value))) + 1;
  const decimals = Math.max(0, Math.min(3, digits - magnitude));
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** "min / median / max" with the same precision for the three. */
export function formatSummary(summary, digits = 3) {
  return [summary.min, summary.median, summary.max].map((value) => formatNumber(value, digits)).join(' / ');
}

/** Bytes as decimal megabytes: 1_500_000 → "1.50 MB". */
export function formatMegabytes(bytes) {
  return `${formatNumber(bytes / 1e6)} MB`;
}

/** A whole count grouped by thousands: 10000 → "10,000". */
export function formatCount(value) {
  return Math.round(value).toLocaleString('en-US');
}
