import { browser } from 'wxt/browser';
import { bridgeText as t } from './bridge-text';

/** The question the background put in this window's address (only the extension can open this page). */
export function readQuestion(search: string) {
  const query = new URLSearchParams(search);
  return {
    requestId: query.get('request') ?? '',
    kind: query.get('kind') === 'gift' ? ('gift' as const) : ('connect' as const),
    origin: query.get('origin') ?? '',
    gift: query.get('gift') ?? '',
    count: query.get('count') ?? '',
    coins: query.get('coins') ?? '',
    creator: query.get('creator') ?? '',
  };
}

/** Asks the viewer to connect a site or to confirm a gift; either answer closes the window. */
export function ConsentWindow({ question }: { question: ReturnType<typeof readQuestion> }) {
  const answer = async (approved: boolean) => {
    await browser.runtime.sendMessage({ type: 'bridge/consent-answer', requestId: question.requestId, approved });
    window.close();
  };
  const isGift = question.kind === 'gift';
  return (
    <main class="page">
      <h1>{isGift ? t.giftTitle : t.connectTitle}</h1>
      <p data-testid="consent-question">{isGift ? t.giftQuestion(question.origin) : t.connectQuestion(question.origin)}</p>
      {isGift ? (
        <p class="balance" data-testid="consent-gift">
          {t.giftLine(question.gift, question.count, question.coins, question.creator)}
        </p>
      ) : (
        <p class="hint">{t.connectExplain}</p>
      )}
      <div class="row">
        <button type="button" class="primary" onClick={() => void answer(true)}>
          {isGift ? t.send : t.connect}
        </button>
        <button type="button" onClick={() => void answer(false)}>
          {isGift ? t.cancel : t.dontConnect}
        </button>
      </div>
    </main>
  );
}
