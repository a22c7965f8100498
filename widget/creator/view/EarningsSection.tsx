import type { DashboardState } from '../dashboard-state';
import type { Words } from '../i18n/format';
import { DayChart } from './DayChart';

const PERIODS = [7, 30, 90, 365];

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Gifts received in a period: the chart by day, then by stream and by gift type, and the CSV. */
export function EarningsSection({ state, words }: { state: DashboardState; words: Words }) {
  const { t, number } = words;
  const report = state.earnings.value;
  const totalsRow = (label: string, totals: { gifts: number; coins: number; diamonds: number }) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td class="number">{number(totals.gifts)}</td>
      <td class="number">{number(totals.coins)}</td>
      <td class="number">{number(totals.diamonds)}</td>
    </tr>
  );
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="number">{t.gifts}</th>
        <th scope="col" class="number">{t.coins}</th>
        <th scope="col" class="number">{t.diamondsColumn}</th>
      </tr>
    </thead>
  );
  return (
    <section id="earnings" aria-labelledby="earnings-heading">
      <h2 id="earnings-heading">{t.earningsHeading}</h2>
      <div class="filters">
        <label>
          {t.period}
          <select
            value={state.days.value}
            onChange={(event) => {
              state.days.value = Number((event.currentTarget as HTMLSelectElement).value);
              void state.refresh();
            }}
          >
            {PERIODS.map((days) => (
              <option key={days} value={days}>
                {t.days(days)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={async () => download(await state.client.earningsCsv(state.days.value), 'livegift-gifts-received.csv')}>
          {t.downloadCsv}
        </button>
      </div>
      {!report ? (
        <p>{t.loading}</p>
      ) : (
        <>
          <p data-testid="earnings-totals">{t.totals(number(report.totals.gifts), number(report.totals.coins), number(report.totals.diamonds))}</p>
          {report.truncated && <p class="note">{t.truncated}</p>}
          <DayChart days={report.byDay} words={words} />
          {report.totals.gifts === 0 ? (
            <p class="hint">{t.noGifts}</p>
          ) : (
            <div class="dashboard-tables">
              <div class="table-scroll" tabIndex={0}>
                <table data-testid="by-stream">
                  <caption>{t.byStream}</caption>
                  {head(t.stream)}
                  <tbody>{report.byStream.map((row) => totalsRow(row.stream, row))}</tbody>
                </table>
              </div>
              <div class="table-scroll" tabIndex={0}>
                <table data-testid="by-gift">
                  <caption>{t.byGift}</caption>
                  {head(t.gift)}
                  <tbody>{report.byGift.map((row) => totalsRow(state.giftNames.value.get(row.giftId) ?? row.giftId, row))}</tbody>
                </table>
              </div>
              <details>
                <summary>{t.byDay}</summary>
                <div class="table-scroll" tabIndex={0}>
                  <table data-testid="by-day">
                    <caption>{t.chartTitle}</caption>
                    {head(t.day)}
                    <tbody>{report.byDay.filter((row) => row.gifts > 0).map((row) => totalsRow(words.day(row.day), row))}</tbody>
                  </table>
                </div>
              </details>
            </div>
          )}
        </>
      )}
    </section>
  );
}
