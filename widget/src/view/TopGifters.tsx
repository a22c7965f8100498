import type { Translator } from '../i18n/locale';
import { SELF, topGifters, type Leaderboard } from '../logic/leaderboard';

/** This stream's top three gifters; three rows are always reserved so the tray never grows. */
export function TopGifters({ i18n, leaderboard }: { i18n: Translator; leaderboard: Leaderboard }) {
  const top = topGifters(leaderboard, 3);
  return (
    <section class="top" part="top-gifters" aria-label={i18n.t.topGifters}>
      <p class="top-title">{i18n.t.topGifters}</p>
      {top.length === 0 ? (
        <p class="top-empty">{i18n.t.noGifters}</p>
      ) : (
        <ol class="top-list" data-testid="top-gifters">
          {top.map((gifter) => (
            <li key={gifter.name} class={gifter.name === SELF ? 'self' : undefined}>
              <span class="gifter">{gifter.name === SELF ? i18n.t.you : gifter.name}</span>
              <span class="gifter-coins">{i18n.coins(gifter.coins)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
