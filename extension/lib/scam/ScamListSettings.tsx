import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { RulesUpdateReport } from '@core';
import { formatNumber } from '../ui/format';
import { askScam } from './scam-client';
import { scamFailureText } from './scam-failure-text';

/** A "save and check now" outcome in the viewer's language; numbers through Intl. */
function updateReportText(report: RulesUpdateReport): string {
  const number = (name: string) => formatNumber(report.numbers[name] ?? 0);
  switch (report.code) {
    case 'off':
      return i18n.t('scam.settings.updatesOff');
    case 'updated':
      return i18n.t('scam.settings.updated', { version: number('version') });
    case 'http-status':
      // A status code is an identifier, not a quantity: no digit grouping.
      return i18n.t('scam.settings.httpStatus', { status: String(report.numbers.status ?? '') });
    case 'unreachable':
      return i18n.t('scam.settings.unreachable');
    case 'invalid-list':
      return i18n.t('scam.settings.invalidList');
    case 'not-newer':
      return i18n.t('scam.settings.notNewer', { offered: number('offered'), current: number('current') });
    case 'version-jump':
      return i18n.t('scam.settings.versionJump', { offered: number('offered'), current: number('current') });
    case 'too-large':
      return i18n.t('scam.settings.tooLarge', { limit: number('limit') });
    case 'reset':
      return i18n.t('scam.settings.resetDone');
  }
}

type Message = { status: string } | { error: string };

/** Options: which scam-link list is in force, and the URL its updates come from. */
export function ScamListSettings() {
  const version = useSignal<number | null>(null);
  const url = useSignal('');
  const message = useSignal<Message | null>(null);

  useEffect(() => {
    void askScam({ type: 'scam/list-status' }).then((answer) => {
      if (!answer.ok) return void (message.value = { error: scamFailureText(answer) });
      version.value = answer.version;
      url.value = answer.updateUrl ?? '';
    });
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    message.value = null;
    const answer = await askScam({ type: 'scam/set-update-url', url: url.value.trim() === '' ? null : url.value.trim() });
    if (answer.ok) {
      version.value = answer.version;
      const text = updateReportText(answer.outcome);
      message.value = answer.outcome.code === 'off' || answer.outcome.code === 'updated' ? { status: text } : { error: text };
    } else {
      // The only field is the URL: a refused request means the address was not an https one.
      message.value = { error: answer.code === 'invalid-request' ? i18n.t('scam.settings.invalidUrl') : scamFailureText(answer) };
    }
  }

  async function reset() {
    message.value = null;
    const answer = await askScam({ type: 'scam/reset-list' });
    if (!answer.ok) return void (message.value = { error: scamFailureText(answer) });
    version.value = answer.version;
    url.value = '';
    message.value = { status: updateReportText(answer.outcome) };
  }

  const current = message.value;
  return (
    <section aria-labelledby="scam-list-heading">
      <h2 id="scam-list-heading">{i18n.t('scam.settings.heading')}</h2>
      <p data-testid="scam-list-version">
        {i18n.t('scam.settings.version', { version: version.value === null ? '…' : formatNumber(version.value) })}
      </p>
      <form onSubmit={save} class="stack">
        <label class="field">
          <span>{i18n.t('scam.settings.updateUrl')}</span>
          <input
            type="url"
            value={url.value}
            onInput={(event) => (url.value = event.currentTarget.value)}
            aria-describedby="scam-list-hint"
          />
        </label>
        <p id="scam-list-hint" class="hint">
          {i18n.t('scam.settings.updateHint')}
        </p>
        <div class="row">
          <button type="submit">{i18n.t('scam.settings.save')}</button>
          <button type="button" onClick={() => void reset()}>
            {i18n.t('scam.settings.reset')}
          </button>
        </div>
      </form>
      {current && 'status' in current && <p role="status">{current.status}</p>}
      {current && 'error' in current && (
        <p role="alert" class="error">
          {current.error}
        </p>
      )}
    </section>
  );
}
