import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** A lease holder name for this process: `host:pid:nonce` (the nonce tells two starts of one pid apart). */
export function processLeaseHolder(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * True when `holder` names a process on this host that no longer runs (killed, crashed), so its
 * lease can be taken at once instead of after it expires. Unknown hosts are never declared dead.
 */
export function isLeaseHolderDead(holder: string): boolean {
  const [host, pidText] = holder.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
