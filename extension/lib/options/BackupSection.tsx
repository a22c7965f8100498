import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import type { Failure } from '../../../core/messages/operation';
import { downloadText } from '../ui/download';
import { failureText } from '../ui/failure-text';
import { formatNumber } from '../ui/format';
import { BACKUP_PART_CHARS, MAX_BACKUP_PARTS } from '../../../core/messages/wallet-operations';
import { ask, newIdempotencyKey } from '../ui/wallet-client';

/** Sends the file in parts below the browser's message size limit; the last reply tells the outcome. */
async function importInParts(text: string): Promise<{ ok: true; balance: number } | Failure> {
  const parts = Math.max(1, Math.ceil(text.length / BACKUP_PART_CHARS));
  if (parts > MAX_BACKUP_PARTS) return { ok: false, code: 'invalid-backup', message: 'The file is too large.' };
  const importId = newIdempotencyKey('import');
  for (let part = 0; part < parts; part += 1) {
    const slice = text.slice(part * BACKUP_PART_CHARS, (part + 1) * BACKUP_PART_CHARS);
    const reply = await ask('backup/import', { importId, part, parts, text: slice });
    if (!reply.ok) return reply;
    if (reply.value.complete) return { ok: true, balance: reply.value.balance ?? 0 };
  }
  return { ok: false, code: 'internal', message: 'The import did not finish.' };
}

/** Export the whole wallet to a file, and import such a file back (all of it, or nothing). */
export function BackupSection() {
  const result = useSignal<{ failure: Failure } | { imported: { balance: number } } | { exported: true } | null>(null);

  async function exportBackup() {
    const reply = await ask('backup/export', {});
    if (!reply.ok) return void (result.value = { failure: reply });
    downloadText(reply.value.filename, reply.value.json, 'application/json');
    result.value = { exported: true };
  }

  async function importBackup(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    result.value = null;
    const reply = await importInParts(text);
    result.value = reply.ok ? { imported: { balance: reply.balance } } : { failure: reply };
  }

  const current = result.value;
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{i18n.t('backup.heading')}</h2>
      <p class="hint">{i18n.t('backup.hint')}</p>
      <div class="row">
        <button type="button" onClick={() => void exportBackup()}>
          {i18n.t('backup.export')}
        </button>
        <label class="file-button">
          <span>{i18n.t('backup.import')}</span>
          <input type="file" accept="application/json,.json" onChange={(event) => void importBackup(event)} />
        </label>
      </div>
      {current && 'exported' in current && <p role="status">{i18n.t('backup.exported')}</p>}
      {current && 'imported' in current && (
        <p role="status" data-testid="import-result">
          {i18n.t('backup.imported', current.imported.balance, { balance: formatNumber(current.imported.balance) })}
        </p>
      )}
      {current && 'failure' in current && (
        <p role="alert" class="error" data-testid="import-error">
          {failureText(current.failure)}
        </p>
      )}
    </section>
  );
}
