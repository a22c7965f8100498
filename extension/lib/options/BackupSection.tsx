import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import type { Failure } from '../../../core/messages/operation';
import { downloadText } from '../ui/download';
import { failureText } from '../ui/failure-text';
import { formatNumber } from '../ui/format';
import { ask } from '../ui/wallet-client';

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
    const reply = await ask('backup/import', { json: await file.text() });
    input.value = '';
    result.value = reply.ok ? { imported: reply.value } : { failure: reply };
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
          {i18n.t('backup.imported', { balance: formatNumber(current.imported.balance) })}
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
