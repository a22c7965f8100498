import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { askScam } from './scam-client';

/** Options: which scam-link list is in force, and the URL its updates come from. */
export function ScamListSettings() {
  const version = useSignal<number | null>(null);
  const url = useSignal('');
  const status = useSignal<string | null>(null);

  useEffect(() => {
    void askScam({ type: 'scam/list-status' }).then((answer) => {
      if (!answer.ok) return;
      version.value = answer.version;
      url.value = answer.updateUrl ?? '';
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    const answer = await askScam({ type: 'scam/set-update-url', url: url.value.trim() === '' ? null : url.value.trim() });
    if (answer.ok) {
      version.value = answer.version;
      status.value = answer.outcome;
    } else {
      status.value = answer.code === 'invalid-request' ? 'Enter an https:// address, or leave the field empty.' : answer.message;
    }
  }

  return (
    <main>
      <h1>Scam-link list</h1>
      <p>List version in force: {version.value ?? '…'}</p>
      <form onSubmit={save}>
        <label>
          Update URL (https, JSON list)
          <input type="url" value={url.value} onInput={(event) => (url.value = event.currentTarget.value)} />
        </label>
        <button type="submit">Save and check now</button>
      </form>
      {status.value && <p role="status">{status.value}</p>}
    </main>
  );
}
