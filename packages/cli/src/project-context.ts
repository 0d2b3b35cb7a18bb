import { loadConfig, type LoadedConfig } from '@deckl10n/config';

/** Options every project command takes. */
export interface ProjectOptions {
  readonly config?: string;
}

/** Loads the project config from `--config` or by walking up from the current directory. */
export function loadProject(options: ProjectOptions): Promise<LoadedConfig> {
  return loadConfig(process.cwd(), options.config);
}

/** Splits a comma-separated option (`--to fr,es`). */
export function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
