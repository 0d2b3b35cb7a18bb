import { qaProject } from '@deckl10n/review';
import { chooseLanguages } from '@deckl10n/sync';
import { ExitCode } from '../exit-codes.js';
import { list, loadProject, type ProjectOptions } from '../project-context.js';

export interface QaOptions extends ProjectOptions {
  readonly lang?: string;
  readonly deck?: string;
  readonly json?: boolean;
}

/**
 * `deckl10n qa [--lang <lng>] [--json]`: remark-aware QA of every stored translation; prints
 * `path:line: severity: message (CODE)`; exit 1 when there is an error.
 */
export async function qa(options: QaOptions): Promise<number> {
  const loaded = await loadProject(options);
  const languages = chooseLanguages(loaded, list(options.lang));
  const findings = await qaProject(loaded, languages, options.deck);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ findings, errors, warnings }, null, 2)}\n`);
  } else {
    for (const f of findings) {
      process.stdout.write(`${f.path}:${f.line}: ${f.severity}: [${f.language}] ${f.message} (${f.code}) segment ${f.id}, slide ${f.slide}, ${f.state}\n`);
    }
    process.stdout.write(`qa ${languages.join(', ')}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
  }
  return errors > 0 ? ExitCode.problems : ExitCode.ok;
}
