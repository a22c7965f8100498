import { useArmedAfterFocus } from './arm-after-focus';
import { ask } from '../ui/wallet-client';
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
    stream: query.get('stream') ?? '',
  };
}

/** Asks the viewer to connect a site or to confirm a gift; either answer closes the window. */
export function ConsentWindow({ question }: { question: ReturnType<typeof readQuestion> }) {
  const armed = useArmedAfterFocus();
  const answer = async (approved: boolean) => {
    if (!armed) return;
    await ask('bridge/consent-answer', { requestId: question.requestId, approved });
    window.close();
  };
  const isGift = question.kind === 'gift';
  return (
    <main class="page">
      <h1>{isGift ? t.giftTitle : t.connectTitle}</h1>
      {/* The origin comes from the browser; creator and stream come from the page, so they sit in <bdi>. */}
      <p data-testid="consent-question">{isGift ? t.giftQuestion(question.origin) : t.connectQuestion(question.origin)}</p>
      {isGift ? (
        <>
          <p class="balance" data-testid="consent-gift">
            {t.giftLine(question.gift, question.count, question.coins, <bdi data-testid="consent-creator">{question.creator}</bdi>)}
          </p>
          <p class="hint" data-testid="consent-stream">
            {t.streamLine(<bdi>{question.stream}</bdi>)}
          </p>
        </>
      ) : (
        <p class="hint">{t.connectExplain}</p>
      )}
      {/* Cancel first, and neither answers until the window has been seen for a moment. */}
      <div class="row">
        <button type="button" disabled={!armed} onClick={() => void answer(false)}>
          {isGift ? t.cancel : t.dontConnect}
        </button>
        <button type="button" class="primary" disabled={!armed} onClick={() => void answer(true)}>
          {isGift ? t.send : t.connect}
        </button>
      </div>
    </main>
  );
}
