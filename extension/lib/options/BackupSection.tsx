import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { BACKUP_PART_CHARS, MAX_BACKUP_PARTS, type BackupPreview } from '@core/messages';
import type { Failure } from '@core/messages';
import { downloadText } from '../ui/download';
import { failureText } from '../ui/failure-text';
import { formatDate, formatNumber } from '../ui/format';
import { ask, newIdempotencyKey } from '../ui/wallet-client';
import { parentalSession } from './parental-session';

/** Where a running job is, for the progress bar: stages, with counts where the page can count. */
type Stage =
  | { kind: 'reading' | 'checking' | 'preparing' | 'saving' }
  | { kind: 'sending' | 'receiving'; done: number; total: number }
  | { kind: 'restoring'; entries: number };

type View =
  | { state: 'idle' }
  | { state: 'working'; stage: Stage }
  | { state: 'confirm'; preview: BackupPreview; importId: string; text: string }
  | { state: 'exported' }
  | { state: 'restored'; balance: number }
  | { state: 'failed'; failure: Failure };

type Uploaded = { ok: true; importId: string; preview: BackupPreview } | Failure;

function coins(amount: number): string {
  return i18n.t('common.coins', amount, [formatNumber(amount)]);
}

function entries(amount: number): string {
  return i18n.t('backup.entries', amount, { amount: formatNumber(amount) });
}

function stageText(stage: Stage): string {
  switch (stage.kind) {
    case 'sending':
    case 'receiving':
      return i18n.t(`backup.stage.${stage.kind}`, { done: formatNumber(stage.done), total: formatNumber(stage.total) });
    case 'restoring':
      return i18n.t('backup.stage.restoring', { entries: entries(stage.entries) });
    default:
      return i18n.t(`backup.stage.${stage.kind}`);
  }
}

/** Sends the file in parts below the browser's message size limit; the last reply previews the file. */
async function upload(text: string, progress: (stage: Stage) => void): Promise<Uploaded> {
  const parts = Math.max(1, Math.ceil(text.length / BACKUP_PART_CHARS));
  if (parts > MAX_BACKUP_PARTS) return { ok: false, code: 'invalid-backup', message: 'The file is too large.', backupProblem: 'too-large' };
  const importId = newIdempotencyKey('import');
  for (let part = 0; part < parts; part += 1) {
    progress(part === parts - 1 ? { kind: 'checking' } : { kind: 'sending', done: part + 1, total: parts });
    const slice = text.slice(part * BACKUP_PART_CHARS, (part + 1) * BACKUP_PART_CHARS);
    const reply = await ask('backup/import', { importId, part, parts, text: slice });
    if (!reply.ok) return reply;
    if (reply.value.preview) return { ok: true, importId, preview: reply.value.preview };
  }
  return { ok: false, code: 'internal', message: 'The import did not finish.' };
}

/**
 * Export the whole wallet to a signed file, and restore such a file: checked completely, previewed
 * against the wallet it replaces, written only once confirmed. One job at a time: every control is
 * disabled while one runs, and a second click is ignored.
 */
export function BackupSection() {
  const view = useSignal<View>({ state: 'idle' });
  const running = useRef(false);

  /** Runs one job; a click while another runs does nothing. */
  async function job(work: () => Promise<View>) {
    if (running.current) return;
    running.current = true;
    try {
      view.value = await work();
    } finally {
      running.current = false;
    }
  }

  const progress = (stage: Stage) => (view.value = { state: 'working', stage });

  const exportBackup = () =>
    job(async () => {
      progress({ kind: 'preparing' });
      const started = await ask('backup/export', {});
      if (!started.ok) return { state: 'failed', failure: started };
      const parts: string[] = [];
      for (let part = 0; part < started.value.parts; part += 1) {
        progress({ kind: 'receiving', done: part + 1, total: started.value.parts });
        const reply = await ask('backup/export-part', { exportId: started.value.exportId, part });
        if (!reply.ok) return { state: 'failed', failure: reply };
        parts.push(reply.value.text);
      }
      progress({ kind: 'saving' });
      downloadText(started.value.filename, parts, 'application/json');
      return { state: 'exported' };
    });

  async function importBackup(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await job(async () => {
      progress({ kind: 'reading' });
      const text = await file.text();
      const uploaded = await upload(text, progress);
      if (!uploaded.ok) return { state: 'failed', failure: uploaded };
      return { state: 'confirm', preview: uploaded.preview, importId: uploaded.importId, text };
    });
  }

  const restore = (confirmed: Extract<View, { state: 'confirm' }>) =>
    job(async () => {
      const token = parentalSession.value?.token;
      let importId = confirmed.importId;
      progress({ kind: 'restoring', entries: confirmed.preview.file.entries });
      let reply = await ask('backup/restore', { importId, token });
      if (!reply.ok && reply.backupProblem === 'interrupted') {
        // The worker was stopped while the viewer read the preview: send the same file again.
        const again = await upload(confirmed.text, progress);
        if (!again.ok) return { state: 'failed', failure: again };
        importId = again.importId;
        progress({ kind: 'restoring', entries: again.preview.file.entries });
        reply = await ask('backup/restore', { importId, token });
      }
      return reply.ok ? { state: 'restored', balance: reply.value.balance } : { state: 'failed', failure: reply };
    });

  const current = view.value;
  const busy = current.state === 'working' || current.state === 'confirm';
  return (
    <section aria-labelledby="backup-heading" aria-busy={current.state === 'working'}>
      <h2 id="backup-heading">{i18n.t('backup.heading')}</h2>
      <p class="hint">{i18n.t('backup.hint')}</p>
      <div class="row">
        <button type="button" disabled={busy} onClick={() => void exportBackup()}>
          {i18n.t('backup.export')}
        </button>
        <label class={busy ? 'file-button disabled' : 'file-button'}>
          <span>{i18n.t('backup.import')}</span>
          <input type="file" accept="application/json,.json" disabled={busy} onChange={(event) => void importBackup(event)} />
        </label>
      </div>
      {current.state === 'working' && <JobProgress stage={current.stage} />}
      {current.state === 'confirm' && (
        <RestoreConfirm
          preview={current.preview}
          locked={current.preview.needsParents && parentalSession.value === null}
          onRestore={() => void restore(current)}
          onCancel={() => (view.value = { state: 'idle' })}
        />
      )}
      {current.state === 'exported' && <p role="status">{i18n.t('backup.exported')}</p>}
      {current.state === 'restored' && (
        <p role="status" data-testid="import-result">
          {i18n.t('backup.imported', current.balance, { balance: formatNumber(current.balance) })}
        </p>
      )}
      {current.state === 'failed' && (
        <div role="alert" class="error" data-testid="import-error">
          <p>{failureText(current.failure)}</p>
          <details>
            <summary>{i18n.t('backup.details')}</summary>
            <p class="detail">{current.failure.message}</p>
          </details>
        </div>
      )}
    </section>
  );
}

function JobProgress({ stage }: { stage: Stage }) {
  const counted = stage.kind === 'sending' || stage.kind === 'receiving';
  return (
    <div class="job-progress">
      {counted ? (
        <progress aria-label={i18n.t('backup.progress')} max={stage.total} value={stage.done} />
      ) : (
        <progress aria-label={i18n.t('backup.progress')} />
      )}
      <p role="status" data-testid="backup-progress">
        {stageText(stage)}
      </p>
    </div>
  );
}

function RestoreConfirm(props: { preview: BackupPreview; locked: boolean; onRestore: () => void; onCancel: () => void }) {
  const { current, file } = props.preview;
  return (
    <div role="group" aria-labelledby="restore-heading" class="restore-confirm" data-testid="restore-confirm">
      <h3 id="restore-heading">{i18n.t('backup.confirmHeading')}</h3>
      <p>
        {i18n.t('backup.replaces', {
          current: coins(current.balance),
          file: coins(file.balance),
          date: formatDate(file.exportedAt),
          entries: entries(file.entries),
        })}
      </p>
      <p class="hint">{i18n.t('backup.replacesNote')}</p>
      {props.locked && (
        <p class="error" data-testid="restore-needs-parents">
          {i18n.t('backup.needsParents')}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={props.onCancel}>
          {i18n.t('backup.cancel')}
        </button>
        <button type="button" class="primary" disabled={props.locked} onClick={props.onRestore}>
          {i18n.t('backup.restore')}
        </button>
      </div>
    </div>
  );
}
