import { useEffect, useMemo } from 'preact/hooks';
import { dashboardState } from '../dashboard-state';
import type { Locale } from '../i18n/messages';
import { wordsFor } from '../i18n/format';
import type { CreatorSession } from '../session';
import { sections } from '../settings-sections';
import { DiamondsCard } from './DiamondsCard';
import { EarningsSection } from './EarningsSection';
import { PayoutsSection } from './PayoutsSection';
import { SupportersSection } from './SupportersSection';

/** How often the figures reload by themselves while the page is open. */
const REFRESH_MS = 15_000;

export function Dashboard({ session, locale }: { session: CreatorSession; locale: Locale }) {
  const words = wordsFor(locale);
  const { t } = words;
  const state = useMemo(() => dashboardState(session), [session]);
  useEffect(() => {
    void state.refresh();
    const timer = setInterval(() => void state.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [state]);
  const links = [
    ['diamonds', t.diamondsHeading],
    ['earnings', t.earningsHeading],
    ['supporters', t.supportersHeading],
    ['payouts', t.payoutsHeading],
    ['settings', t.settingsHeading],
  ];
  return (
    <div class="settings-layout">
      <nav class="settings-nav" aria-label={t.title}>
        <ul>
          {links.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => void state.refresh()}>
          {t.refresh}
        </button>
      </nav>
      <div class="settings-sections">
        {state.failed.value && (
          <p class="error" role="alert">
            {t.somethingWrong}
          </p>
        )}
        {state.summary.value ? <DiamondsCard summary={state.summary.value} words={words} /> : <p>{t.loading}</p>}
        <EarningsSection state={state} words={words} />
        <SupportersSection report={state.earnings.value} words={words} />
        <PayoutsSection state={state} words={words} />
        <section id="settings" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t.settingsHeading}</h2>
          {sections.map(({ id, title, Component }) => (
            <section key={id} id={id} aria-labelledby={`${id}-heading`}>
              <h3 id={`${id}-heading`}>{title[locale]}</h3>
              <Component session={session} locale={locale} />
            </section>
          ))}
        </section>
      </div>
    </div>
  );
}
