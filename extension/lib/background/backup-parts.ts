import { ReplyError } from './reply-error';

/**
 * Collects the parts of one backup file until all have arrived. Held in memory on purpose: the wallet
 * does not change until the last part, so a worker stopped halfway loses only an unfinished upload,
 * which the last part then reports ("start again"), never half an import.
 */
export class BackupParts {
  private upload: { importId: string; parts: string[]; received: number } | null = null;

  /** Returns the whole file once its last part is in, otherwise null. */
  add(importId: string, part: number, count: number, text: string): string | null {
    if (part === 0) this.upload = { importId, parts: new Array<string>(count), received: 0 };
    const upload = this.upload;
    if (!upload || upload.importId !== importId || upload.parts.length !== count || upload.parts[part] !== undefined) {
      this.upload = null;
      throw new ReplyError('invalid-backup', 'The upload was interrupted; nothing was changed. Import the file again.', {
        backupProblem: 'interrupted',
      });
    }
    upload.parts[part] = text;
    upload.received += 1;
    if (upload.received < count) return null;
    this.upload = null;
    return upload.parts.join('');
  }
}
