import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal; a silent stand-in otherwise. */
export interface Progress {
  /** Shows `done` of `total` for `label`; a new label starts a new bar. */
  update(done: number, total: number, label: string): void;
  stop(): void;
}

/**
 * A progress bar on stderr, only when stderr is a terminal, so logs, pipes and `--json` output
 * stay clean. One bar per label (e.g. per language), cleared when it completes.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  const stop = (): void => {
    bar?.stop();
    bar = null;
  };
  return {
    update(done, total, label) {
      if (bar === null || label !== current) {
        stop();
        current = label;
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {value}/{total} texts`, stream, hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop,
  };
}
