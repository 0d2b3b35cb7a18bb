import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal; a silent stand-in otherwise. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** Starts a progress bar labelled `label` (only on a TTY, so logs and pipes stay clean). */
export function progressBar(label: string): Progress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} texts`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
