import { planImport, readReviewFile, writeImport, type ImportPlan, type ImportResult } from '@deckl10n/review';
import { withProjectLock } from '@deckl10n/store';
import { ExitCode } from '../exit-codes.js';
import { loadProject, type ProjectOptions } from '../project-context.js';

export interface ReviewImportOptions extends ProjectOptions {
  readonly dryRun?: boolean;
  readonly lang?: string;
  readonly json?: boolean;
}

const KINDS = ['applied', 'approved', 'unchanged', 'conflict', 'blocked', 'unmatched', 'empty'] as const;

/** One line per result a person must look at: blocked, conflicts, unmatched units, QA warnings. */
function reportLines(file: string, results: readonly ImportResult[]): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const where = `${file}:${r.line}`;
    const what = r.id === null ? 'a unit' : `segment ${r.id}${r.deck === null ? '' : ` of ${r.deck}`}`;
    if (r.kind === 'conflict') lines.push(`${where}: conflict: ${what}: the deck changed since export; kept as stale with a note, not applied`);
    if (r.kind === 'unmatched') lines.push(`${where}: unmatched: ${what}: no segment of the decks has this id or this source text`);
    for (const f of r.findings) lines.push(`${where}: ${r.kind === 'blocked' ? 'blocked' : f.severity}: ${what}: ${f.message} (${f.code})`);
  }
  return lines;
}

/**
 * `deckl10n review import <file> [--dry-run]`: reads an XLIFF or PO review file, refuses it whole
 * when it is malformed, and applies each unit (approved → reviewed, conflicts kept stale, QA errors
 * blocked), writing atomically under the project lock. Exit 1 when a unit was blocked, in conflict
 * or unmatched.
 */
export async function reviewImport(file: string, options: ReviewImportOptions): Promise<number> {
  const loaded = await loadProject(options);
  let written: string[] = [];
  const plan: ImportPlan = await withProjectLock(loaded.localesDir, async () => {
    const imported = await readReviewFile(file);
    const planned = await planImport(loaded, imported, options.lang);
    if (!options.dryRun) written = await writeImport(loaded, planned);
    return planned;
  });
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, plan.results.filter((r) => r.kind === kind).length])) as Record<(typeof KINDS)[number], number>;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ file, language: plan.language, dryRun: options.dryRun === true, counts, results: plan.results, written }, null, 2)}\n`);
  } else {
    const lines = reportLines(file, plan.results);
    const summary = KINDS.map((kind) => `${counts[kind]} ${kind}`).join(', ');
    const files = options.dryRun ? `would write ${plan.changes.length} deck${plan.changes.length === 1 ? '' : 's'} (dry run)` : `wrote ${written.length} file${written.length === 1 ? '' : 's'}`;
    process.stdout.write(`${lines.map((line) => `${line}\n`).join('')}${plan.language}: ${summary}; ${files}\n`);
  }
  return counts.blocked + counts.conflict + counts.unmatched > 0 ? ExitCode.problems : ExitCode.ok;
}
