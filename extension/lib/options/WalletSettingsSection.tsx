import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Failure } from '@core/messages';
import type { WalletSettings } from '@core/messages';
import { failureText } from '../ui/failure-text';
import { uiLocale } from '../ui/format';
import { ask } from '../ui/wallet-client';
import { isZeroLimit, zeroLimitMeaning, ZeroLimitConfirm } from './ZeroLimitConfirm';

const regionNames = new Intl.DisplayNames([uiLocale], { type: 'region' });

/** Region (and so currency and price list) and the viewer's own monthly gifting budget. */
export function WalletSettingsSection() {
  const settings = useSignal<WalletSettings | null>(null);
  const region = useSignal('');
  const budget = useSignal('');
  const message = useSignal<{ failure: Failure } | { saved: true } | null>(null);
  /** A budget of 0 waits for the viewer to confirm it. */
  const confirmingZero = useSignal(false);

  function show(value: WalletSettings) {
    settings.value = value;
    region.value = value.region;
    budget.value = value.monthlyBudgetCoins === null ? '' : String(value.monthlyBudgetCoins);
  }

  useEffect(() => {
    void ask('settings/get', {}).then((reply) => (reply.ok ? show(reply.value) : (message.value = { failure: reply })));
  }, []);

  async function save(event: Event) {
    event.preventDefault();
    await store(false);
  }

  async function store(zeroConfirmed: boolean) {
    const text = budget.value.trim();
    if (text !== '' && !/^\d{1,15}$/.test(text)) {
      message.value = { failure: { ok: false, code: 'invalid-request', message: i18n.t('options.budgetInvalid') } };
      return;
    }
    const zeroIsNew = isZeroLimit(text) && settings.value?.monthlyBudgetCoins !== 0;
    if (zeroIsNew && !zeroConfirmed) return void (confirmingZero.value = true);
    confirmingZero.value = false;
    const reply = await ask('settings/update', { region: region.value, monthlyBudgetCoins: text === '' ? null : Number(text) });
    if (reply.ok) {
      show(reply.value);
      message.value = { saved: true };
    } else {
      message.value = { failure: reply };
    }
  }

  const loaded = settings.value;
  return (
    <section aria-labelledby="wallet-settings-heading">
      <h2 id="wallet-settings-heading">{i18n.t('options.walletHeading')}</h2>
      <p class="section-hint">{i18n.t('options.walletHint')}</p>
      {loaded && (
        <form onSubmit={save} class="stack">
          <label class="field">
            <span>{i18n.t('options.region')}</span>
            <select value={region.value} onChange={(event) => (region.value = event.currentTarget.value)}>
              {loaded.regions.map((option) => (
                <option key={option.region} value={option.region}>
                  {i18n.t('options.regionOption', { region: regionNames.of(option.region) ?? option.region, currency: option.currency })}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{i18n.t('options.budget')}</span>
            <input
              type="text"
              inputMode="numeric"
              value={budget.value}
              onInput={(event) => (budget.value = event.currentTarget.value)}
              aria-describedby="budget-hint"
            />
          </label>
          <p id="budget-hint" class="hint">
            {isZeroLimit(budget.value) ? zeroLimitMeaning('gifts') : i18n.t('options.budgetHint')}
          </p>
          {confirmingZero.value ? (
            <ZeroLimitConfirm stops={['gifts']} onConfirm={() => void store(true)} onCancel={() => (confirmingZero.value = false)} />
          ) : (
            <button type="submit">{i18n.t('common.save')}</button>
          )}
        </form>
      )}
      {message.value && 'saved' in message.value && <p role="status">{i18n.t('common.saved')}</p>}
      {message.value && 'failure' in message.value && (
        <p role="alert" class="error">
          {failureText(message.value.failure)}
        </p>
      )}
    </section>
  );
}
