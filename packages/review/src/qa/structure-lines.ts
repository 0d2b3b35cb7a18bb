import { quote, type QaCheck } from './types.js';

/** Lines remark.js reads as structure: slide separator, incremental step, presenter notes. */
const STRUCTURE_LINE = /^(?:---|--|\?\?\?)[ \t]*$/;

/** Counts structure lines per kind in a text. */
function structureLines(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    if (!STRUCTURE_LINE.test(line)) continue;
    const key = line.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const MEANING: Record<string, string> = {
  '---': 'starts a new slide',
  '--': 'starts an incremental step',
  '???': 'starts presenter notes',
};

/**
 * A translation must not add a line `---`, `--` or `???`: remark.js would split the slide there,
 * whatever the segment is.
 */
export const checkStructureLines: QaCheck = (source, translation) => {
  const before = structureLines(source);
  const findings = [];
  for (const [line, count] of structureLines(translation)) {
    if (count > (before.get(line) ?? 0)) {
      findings.push({
        code: 'QA_STRUCTURE_LINE',
        severity: 'error' as const,
        message: `the translation has a line ${quote(line)}, which ${MEANING[line] ?? 'is deck structure'} in remark.js`,
      });
    }
  }
  return findings;
};
