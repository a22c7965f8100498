import type { BackupProblem } from '../messages/backup-problem';
import { WalletError } from '../wallet-error';

/** A backup file refused before anything was written; `problem` says why in one word the UI can word. */
export class BackupRejection extends WalletError {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super('invalid-request', message);
  }
}

export function isBackupRejection(error: unknown): error is BackupRejection {
  return error instanceof BackupRejection;
}
