import { relative } from 'node:path';
import { writeChangesets } from '@deckl10n/build';
import { ExitCode } from '../exit-codes.js';
import { loadProject, type ProjectOptions } from '../project-context.js';

export interface ChangesetCommandOptions extends ProjectOptions {
  readonly json?: boolean;
}

/** `deckl10n changeset`: a changeset per locale package whose content changed since it was last recorded. */
export async function changeset(options: ChangesetCommandOptions): Promise<number> {
  const loaded = await loadProject(options);
  const result = await writeChangesets(loaded);
  const rel = (file: string) => relative(loaded.root, file).split('\\').join('/') || '.';
  if (options.json) {
    const changesets = result.changesets.map((c) => ({ package: c.package, language: c.language, file: rel(c.file), bump: c.change.bump, change: c.change }));
    process.stdout.write(`${JSON.stringify({ changesets, unchanged: result.unchanged, dir: rel(result.dir), configured: result.configured }, null, 2)}\n`);
    return ExitCode.ok;
  }
  const lines = result.changesets.map((c) => `${rel(c.file)}: ${c.package} ${c.change.bump}`);
  for (const name of result.unchanged) lines.push(`${name}: unchanged since its last changeset`);
  if (result.changesets.length > 0 && !result.configured) lines.push(`note: ${rel(result.dir)} has no config.json; run \`npx changeset init\` before \`npx changeset version\``);
  if (result.changesets.length > 0) lines.push('next: review and commit them, then `npx changeset version` and `npx changeset publish`');
  process.stdout.write(`${lines.join('\n')}\n`);
  return ExitCode.ok;
}
