import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

export class FolderLockedError extends Error {
  override readonly name = 'FolderLockedError';
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not lock its folder, and two processes on one folder lose committed rows. An exclusive pid
 * file does: created with O_EXCL; a file left by a process that no longer runs (kill -9) is taken over.
 * Returns the release function.
 */
export function lockFolder(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'livegift-server.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
        throw new FolderLockedError(`The data folder ${folder} is in use by another LiveGift server (pid ${pid}); stop it or set LIVEGIFT_DATA_DIR.`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new FolderLockedError(`Could not lock the data folder ${folder}.`);
}
