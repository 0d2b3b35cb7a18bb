import os from 'node:os';

/** The facts a reader needs to compare a result with theirs, as one line. */
export function machineLine(date = new Date()) {
  const cpus = os.cpus();
  const model = (cpus[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim();
  const memory = `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`;
  const system = `${os.type()} ${os.release()} ${os.arch()}`;
  return `${model}, ${cpus.length} cores, ${memory} RAM, Node ${process.version}, ${system}, ${date.toISOString()}`;
}
