/** Exit codes of the deckl10n command (documented in the README). */
export const ExitCode = {
  /** The command did its work and found nothing wrong. */
  ok: 0,
  /** The command ran and found problems (check errors, QA errors, `--fail-on` states, a refused import). */
  problems: 1,
  /** Wrong arguments. */
  usage: 2,
  /** A file could not be read or written, or a store file is damaged (nothing was written). */
  io: 3,
  /** The translation service failed (DeepL quota, key, network); progress is saved. */
  service: 4,
  /** Another deckl10n process holds the project lock. */
  locked: 5,
  /** A bug in deckl10n: please report it with the stack trace. */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
