import { TestModeBadge } from '../ui/TestModeBadge';
import { useArmedAfterFocus } from './arm-after-focus';
import { ask } from '../ui/wallet-client';
import { bridgeText as t } from './bridge-text';
import { giftArt } from './gift-art';
import { siteIconUrl } from './site-icon';

/** The question the background put in this window's address (only the extension can open this page). */
export function readQuestion(search: string) {
  const query = new URLSearchParams(search);
  return {
    requestId: query.get('request') ?? '',
    kind: query.get('kind') === 'gift' ? ('gift' as const) : ('connect' as const),
    origin: query.get('origin') ?? '',
    testMode: query.get('testMode') === '1',
    giftId: query.get('giftId') ?? '',
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
  const icon = siteIconUrl(question.origin);
  const art = isGift ? giftArt(question.giftId) : null;
  return (
    <main class="page consent">
      {/* Who asks comes first and largest: the origin is the browser's word, the icon the browser's own cache. */}
      <header class="consent-site">
        {icon ? (
          <img class="site-icon" src={icon} alt="" width={32} height={32} />
        ) : (
          <span class="site-icon monogram" aria-hidden="true">
            {hostOf(question.origin).charAt(0).toUpperCase()}
          </span>
        )}
        <p class="consent-origin" data-testid="consent-origin">
          {question.origin}
        </p>
        {question.testMode && <TestModeBadge />}
      </header>
      <h1>{isGift ? t.giftTitle : t.connectTitle}</h1>
      <p data-testid="consent-question">{isGift ? t.giftQuestion(question.origin) : t.connectQuestion(question.origin)}</p>
      {isGift ? (
        <div class="consent-gift">
          {/* The gift's art and name and the price are the wallet's own (its catalog, by gift id). */}
          {art && ('url' in art ? <img class="gift-art" src={art.url} alt="" width={56} height={56} /> : <span class="gift-art" aria-hidden="true">{art.emoji}</span>)}
          <div>
            {/* Creator and stream are the page's words: set apart as quoted page text, isolated in <bdi>. */}
            <p class="consent-gift-line" data-testid="consent-gift">
              {t.giftLine(question.gift, question.count, question.coins, <bdi class="page-words" data-testid="consent-creator">{question.creator}</bdi>)}
            </p>
            <p class="hint" data-testid="consent-stream">
              {t.streamLine(<bdi class="page-words">{question.stream}</bdi>)}
            </p>
            <p class="hint">{t.pageWordsNote}</p>
          </div>
        </div>
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

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return origin;
  }
}
