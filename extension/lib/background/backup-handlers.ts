import { BACKUP_PART_CHARS } from '@core/messages';
import type { Clock } from '@core/ports';
import { isBackupRejection } from '@core/storage';
import { readBackupFile, writeBackupFile } from '@core/storage';
import { summarizeBackup, type RestoredWallet } from '@core/storage';
import type { BackupKeyStore } from './backup-key-store';
import { BackupParts } from './backup-parts';
import type { Handlers } from './message-router';
import type { ParentalPinService } from './parental-pin-service';
import { ReplyError } from './reply-error';
import type { BackgroundWalletService } from './background-wallet-service';

export interface BackupHandlerParts {
  engine: BackgroundWalletService;
  pin: ParentalPinService;
  keys: BackupKeyStore;
  clock: Clock;
}

type BackupHandlers = Pick<Handlers, 'backup/export' | 'backup/export-part' | 'backup/import' | 'backup/restore'>;

function newJobId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

function splitIntoParts(text: string): string[] {
  const parts: string[] = [];
  for (let at = 0; at < text.length || parts.length === 0; at += BACKUP_PART_CHARS) parts.push(text.slice(at, at + BACKUP_PART_CHARS));
  return parts;
}

/** A refusal of the file, in words the page can turn into a sentence; details stay in the message. */
function rejected(error: unknown): never {
  if (isBackupRejection(error)) {
    throw new ReplyError('invalid-backup', error.message.slice(0, 2000), { backupProblem: error.problem });
  }
  throw error;
}

/**
 * Export and restore of whole-wallet files. Files are signed with the installation's key and travel
 * in parts below the browser's message limit. A restore is two steps: the upload is checked completely
 * and previewed, then written only when the viewer confirms (and, with a PIN set, a parent unlocked).
 * Both jobs are held in memory: a worker stopped halfway loses only an unfinished job, never half a
 * wallet, and the page starts it again.
 */
export function createBackupHandlers({ engine, pin, keys, clock }: BackupHandlerParts): BackupHandlers {
  const uploads = new BackupParts();
  let download: { exportId: string; parts: string[] } | null = null;
  let checked: { importId: string; restored: RestoredWallet } | null = null;

  return {
    'backup/export': async () => {
      const backup = await engine.exportBackup();
      const text = await writeBackupFile(backup, await keys.key());
      download = { exportId: newJobId('export'), parts: splitIntoParts(text) };
      const day = new Date(clock.now()).toISOString().slice(0, 10);
      const entries = backup.entries.reduce((count, entry) => (entry.account === engine.account ? count + 1 : count), 0);
      return { exportId: download.exportId, filename: `livegift-backup-${day}.json`, parts: download.parts.length, entries };
    },

    'backup/export-part': async ({ exportId, part }) => {
      const text = download?.exportId === exportId ? download.parts[part] : undefined;
      if (text === undefined) {
        throw new ReplyError('invalid-backup', 'The export was interrupted; export again.', { backupProblem: 'interrupted' });
      }
      if (part === download!.parts.length - 1) download = null;
      return { text };
    },

    'backup/import': async ({ importId, part, parts, text }) => {
      const file = uploads.add(importId, part, parts, text);
      if (file === null) return { complete: false, preview: null };
      checked = null;
      let restored: RestoredWallet;
      try {
        restored = engine.checkBackup(await readBackupFile(file, await keys.key()));
      } catch (error) {
        rejected(error);
      }
      checked = { importId, restored };
      const [balance, { pinSet }] = await Promise.all([engine.balance(), pin.status()]);
      return { complete: true, preview: { current: { balance }, file: summarizeBackup(restored, engine.account), needsParents: pinSet } };
    },

    'backup/restore': async ({ importId, token }) => {
      // With a PIN set a restore is the parents' decision, like every other change to what the wallet allows.
      if ((await pin.status()).pinSet) await pin.requireSession(token ?? '');
      if (checked?.importId !== importId) {
        throw new ReplyError('invalid-backup', 'The checked file is no longer held; import it again.', { backupProblem: 'interrupted' });
      }
      const { restored } = checked;
      checked = null;
      await engine.restoreBackup(restored);
      return { balance: await engine.balance() };
    },
  };
}
