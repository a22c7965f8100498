import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { HistoryFilter } from '@core/messages';
import type { Failure } from '@core/messages';
import type { ActivityItem, MonthSummaryView, ReceiptView } from '@core/messages';
import { activityText, signedCoins } from '../ui/activity-text';
import { downloadText } from '../ui/download';
import { failureText } from '../ui/failure-text';
import { formatDateTime, formatNumber } from '../ui/format';
import { ask } from '../ui/wallet-client';
import { MonthlyChart } from './MonthlyChart';
import { ReceiptDetails } from './ReceiptDetails';

const PAGE_SIZE = 50;
const MONTHS_SHOWN = 6;

interface FilterForm {
  kind: '' | 'recharge' | 'gift' | 'reversal';
  from: string;
  to: string;
  creator: string;
}

/** 'YYYY-MM-DD' from a date input → the start of that day in the viewer's time zone. */
function startOfLocalDay(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number);
  return new Date(year!, month! - 1, day!).getTime();
}

function toFilter(form: FilterForm): HistoryFilter {
  const filter: HistoryFilter = {};
  if (form.kind) filter.kind = form.kind;
  const from = startOfLocalDay(form.from);
  if (from !== undefined) filter.fromMs = from;
  const to = startOfLocalDay(form.to);
  // The "to" day is included: the bound is the start of the day after it.
  if (to !== undefined) filter.toMs = new Date(to).setDate(new Date(to).getDate() + 1);
  if (form.creator.trim()) filter.creator = form.creator.trim();
  return filter;
}

/** The full history: filters, paging by cursor, monthly summaries, receipts and CSV export. */
export function HistoryPage() {
  const form = useSignal<FilterForm>({ kind: '', from: '', to: '', creator: '' });
  const applied = useSignal<HistoryFilter>({});
  const items = useSignal<ActivityItem[]>([]);
  const nextCursor = useSignal<string | null>(null);
  const loading = useSignal(true);
  const months = useSignal<MonthSummaryView[]>([]);
  const receipt = useSignal<ReceiptView | null>(null);
  const failure = useSignal<Failure | null>(null);
  const exporting = useSignal(false);

  async function loadPage(filter: HistoryFilter, cursor: string | null) {
    loading.value = true;
    const reply = await ask('history/page', { ...filter, cursor, limit: PAGE_SIZE });
    loading.value = false;
    if (!reply.ok) return void (failure.value = reply);
    failure.value = null;
    items.value = cursor === null ? reply.value.items : [...items.value, ...reply.value.items];
    nextCursor.value = reply.value.nextCursor;
  }

  useEffect(() => {
    void loadPage({}, null);
    void ask('history/months', { count: MONTHS_SHOWN }).then((reply) => {
      if (reply.ok) months.value = reply.value.months;
      else failure.value = reply;
    });
  }, []);

  function update(field: keyof FilterForm, value: string) {
    form.value = { ...form.value, [field]: value };
  }

  function applyFilters(event: Event) {
    event.preventDefault();
    applied.value = toFilter(form.value);
    void loadPage(applied.value, null);
  }

  async function openReceipt(receiptId: string) {
    const reply = await ask('receipt/get', { receiptId });
    if (reply.ok) receipt.value = reply.value;
    else failure.value = reply;
  }

  /** One CSV at a time: the button is disabled while one is built, and a second click is ignored. */
  async function exportCsv() {
    if (exporting.value) return;
    exporting.value = true;
    try {
      const reply = await ask('history/csv', applied.value);
      if (reply.ok) downloadText(reply.value.filename, reply.value.csv, 'text/csv;charset=utf-8');
      else failure.value = reply;
    } finally {
      exporting.value = false;
    }
  }

  return (
    <main class="page">
      <h1>{i18n.t('history.title')}</h1>
      {failure.value && (
        <p role="alert" class="error">
          {failureText(failure.value)}
        </p>
      )}
      <section aria-labelledby="months-heading">
        <h2 id="months-heading">{i18n.t('history.monthlyHeading')}</h2>
        {months.value.length > 0 ? <MonthlyChart months={months.value} /> : <p>{i18n.t('history.noMonths')}</p>}
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">{i18n.t('history.entriesHeading')}</h2>
        <form class="filters" onSubmit={applyFilters} aria-label={i18n.t('history.filters')}>
          <label>
            <span>{i18n.t('history.type')}</span>
            <select value={form.value.kind} onChange={(event) => update('kind', event.currentTarget.value)}>
              <option value="">{i18n.t('history.allTypes')}</option>
              <option value="recharge">{i18n.t('history.typeRecharge')}</option>
              <option value="gift">{i18n.t('history.typeGift')}</option>
              <option value="reversal">{i18n.t('history.typeReversal')}</option>
            </select>
          </label>
          <label>
            <span>{i18n.t('history.from')}</span>
            <input type="date" value={form.value.from} onInput={(event) => update('from', event.currentTarget.value)} />
          </label>
          <label>
            <span>{i18n.t('history.to')}</span>
            <input type="date" value={form.value.to} onInput={(event) => update('to', event.currentTarget.value)} />
          </label>
          <label>
            <span>{i18n.t('history.creator')}</span>
            <input type="text" value={form.value.creator} onInput={(event) => update('creator', event.currentTarget.value)} />
          </label>
          <button type="submit">{i18n.t('history.apply')}</button>
          <button type="button" disabled={exporting.value} aria-busy={exporting.value} onClick={() => void exportCsv()}>
            {i18n.t('history.exportCsv')}
          </button>
        </form>
        {receipt.value && <ReceiptDetails receipt={receipt.value} onClose={() => (receipt.value = null)} />}
        <table class="entries" data-testid="history-entries" aria-busy={loading.value}>
          <thead>
            <tr>
              <th scope="col">{i18n.t('history.date')}</th>
              <th scope="col">{i18n.t('history.what')}</th>
              <th scope="col">{i18n.t('history.coins')}</th>
              <th scope="col">{i18n.t('history.balanceAfter')}</th>
              <th scope="col">{i18n.t('history.receipt')}</th>
            </tr>
          </thead>
          <tbody>
            {items.value.map((item) => (
              <tr key={item.id}>
                <td>{formatDateTime(item.createdAt)}</td>
                <td>{activityText(item)}</td>
                <td>{signedCoins(item.coins)}</td>
                <td>{formatNumber(item.balanceAfter)}</td>
                <td>
                  {item.receiptId && (
                    <button type="button" onClick={() => void openReceipt(item.receiptId!)}>
                      {i18n.t('history.details')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!loading.value && items.value.length === 0 && <p>{i18n.t('history.empty')}</p>}
        {nextCursor.value && (
          <button type="button" onClick={() => void loadPage(applied.value, nextCursor.value)} disabled={loading.value}>
            {i18n.t('history.more')}
          </button>
        )}
      </section>
    </main>
  );
}
