import type { EarningsResponse } from '@core/messages';
import type { Words } from '../i18n/format';

function SupporterList({ supporters, words }: { supporters: EarningsResponse['topSupportersByStream'][number]['supporters']; words: Words }) {
  return (
    <ol>
      {supporters.map((supporter, index) => (
        // Display names are viewers' words: rendered as text only.
        <li key={index}>
          {supporter.name} — {words.number(supporter.coins)} {words.t.coins.toLowerCase()}
        </li>
      ))}
    </ol>
  );
}

/** The top supporters (by coins given) of each stream and of each month in the period. */
export function SupportersSection({ report, words }: { report: EarningsResponse | null; words: Words }) {
  const { t } = words;
  const empty = !report || report.totals.gifts === 0;
  return (
    <section id="supporters" aria-labelledby="supporters-heading">
      <h2 id="supporters-heading">{t.supportersHeading}</h2>
      {empty ? (
        <p class="hint">{t.noSupporters}</p>
      ) : (
        <div class="dashboard-tables">
          <div data-testid="supporters-by-stream">
            <h3>{t.supportersByStream}</h3>
            {report.topSupportersByStream.map((entry) => (
              <div key={entry.stream}>
                <h4>{entry.stream}</h4>
                <SupporterList supporters={entry.supporters} words={words} />
              </div>
            ))}
          </div>
          <div data-testid="supporters-by-month">
            <h3>{t.supportersByMonth}</h3>
            {report.topSupportersByMonth.map((entry) => (
              <div key={entry.month}>
                <h4>{words.month(entry.month)}</h4>
                <SupporterList supporters={entry.supporters} words={words} />
              </div>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
