import { useRef, useState } from 'preact/hooks';
import { ApiRefusal } from '../creator-client';
import type { DashboardState } from '../dashboard-state';
import type { Words } from '../i18n/format';

/** A key per attempt: a retry of the same amount reuses it (so a lost answer never pays twice), a new amount gets a new one. */
const newKey = () => `payout-${crypto.randomUUID()}`;

/** Cash-out: the request form and every payout with its state. */
export function PayoutsSection({ state, words }: { state: DashboardState; words: Words }) {
  const { t, number, money, date } = words;
  const summary = state.summary.value;
  const payouts = state.payouts.value;
  const [amount, setAmount] = useState('');
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const attempt = useRef({ key: newKey(), amount: '' });

  async function submit(event: Event) {
    event.preventDefault();
    if (attempt.current.amount !== amount) attempt.current = { key: newKey(), amount };
    setBusy(true);
    setMessage(null);
    try {
      const payout = await state.client.requestPayout(attempt.current.key, Number(amount));
      setMessage({ kind: 'success', text: t.payoutRequested(number(payout.diamonds), money(payout.cashMinor, payout.currency)) });
      attempt.current = { key: newKey(), amount: '' };
      setAmount('');
      await state.refresh();
    } catch (error) {
      const refusal = error instanceof ApiRefusal ? error : null;
      const words = refusal ? (t.refusals[refusal.code] ?? t.somethingWrong) : t.somethingWrong;
      setMessage({ kind: 'error', text: refusal ? `${words} ${refusal.message}` : words });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section id="payouts" aria-labelledby="payouts-heading">
      <h2 id="payouts-heading">{t.payoutsHeading}</h2>
      <p class="hint">{t.payoutHint}</p>
      <form class="row" onSubmit={submit} noValidate>
        <label class="field">
          {t.payoutAmount}
          <input
            name="diamonds"
            type="number"
            inputMode="numeric"
            step={1}
            min={summary?.rate.minimumDiamonds}
            value={amount}
            onInput={(event) => setAmount((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="button" disabled={!summary} onClick={() => setAmount(String(summary?.diamonds ?? 0))}>
          {t.payoutAll}
        </button>
        <button type="submit" class="primary" disabled={busy || amount === ''}>
          {t.requestPayout}
        </button>
      </form>
      <p role="status" class={message?.kind ?? ''} data-testid="payout-message">
        {message?.text ?? ''}
      </p>
      {!payouts ? (
        <p>{t.loading}</p>
      ) : payouts.length === 0 ? (
        <p class="hint">{t.noPayouts}</p>
      ) : (
        <div class="table-scroll" tabIndex={0}>
          <table data-testid="payouts">
            <caption class="visually-hidden">{t.payoutsHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{t.requested}</th>
                <th scope="col">{t.diamondsColumn}</th>
                <th scope="col">{t.value}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.decided}</th>
                <th scope="col">{t.note}</th>
              </tr>
            </thead>
            <tbody>
              {payouts.map((payout) => (
                <tr key={payout.id} data-payout={payout.id} data-state={payout.state}>
                  <td>{date(payout.requestedAt)}</td>
                  <td>{number(payout.diamonds)}</td>
                  <td>{money(payout.cashMinor, payout.currency)}</td>
                  <td>{t.states[payout.state]}</td>
                  <td>{payout.decidedAt === null ? '—' : date(payout.decidedAt)}</td>
                  <td>{payout.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
