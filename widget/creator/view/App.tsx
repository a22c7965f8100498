import { signal } from '@preact/signals';
import { creatorSchema, type Creator } from '@core/messages';
import { wordsFor } from '../i18n/format';
import { pickLocale, type Locale } from '../i18n/messages';
import { creatorSession, type CreatorSession } from '../session';
import { Dashboard } from './Dashboard';
import { SignIn } from './SignIn';

const STORAGE_KEY = 'livegift.creator-session';

/** The session kept for this tab only: a creator token is not left behind on a shared computer. */
function storedSession(): CreatorSession | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as { token?: unknown; creator?: unknown } | null;
    const creator = creatorSchema.safeParse(stored?.creator);
    return creator.success && typeof stored?.token === 'string' ? creatorSession(stored.token, creator.data) : null;
  } catch {
    return null;
  }
}

/**
 * A site's own login hands its creator token over in the fragment (never sent to a server):
 * /creator/#token=<jwt>. The server checks it on the first call; the fragment is cleared at once.
 */
async function sessionFromFragment(): Promise<CreatorSession | null> {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (!token) return null;
  history.replaceState(null, '', location.pathname + location.search);
  const response = await fetch('/v1/creator/me', { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) return null;
  const creator = creatorSchema.safeParse(((await response.json()) as { creator?: unknown }).creator);
  return creator.success ? creatorSession(token, creator.data) : null;
}

export const session = signal<CreatorSession | null>(storedSession());
export const locale = signal<Locale>(pickLocale(new URLSearchParams(location.search).get('lang') ?? navigator.language));

void sessionFromFragment().then((fromFragment) => {
  if (fromFragment) signIn(fromFragment.token, fromFragment.creator);
});

function signIn(token: string, creator: Creator) {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token, creator }));
  session.value = creatorSession(token, creator);
}

function signOut() {
  sessionStorage.removeItem(STORAGE_KEY);
  session.value = null;
}

export function App() {
  const words = wordsFor(locale.value);
  const { t } = words;
  document.documentElement.lang = locale.value;
  document.title = t.title;
  const current = session.value;
  return (
    <main class="page">
      <header>
        <h1>{t.title}</h1>
        <div class="row">
          <label>
            {t.language}{' '}
            <select value={locale.value} onChange={(event) => (locale.value = pickLocale((event.currentTarget as HTMLSelectElement).value))}>
              <option value="en">English</option>
              <option value="es">Español</option>
            </select>
          </label>
          {current && (
            <>
              <span data-testid="signed-in">{t.signedInAs(current.creator.name)}</span>
              <button type="button" onClick={signOut}>
                {t.signOut}
              </button>
            </>
          )}
        </div>
      </header>
      {current ? (
        <Dashboard key={current.token} session={current} locale={locale.value} />
      ) : (
        <SignIn words={words} onSignedIn={(signedIn) => signIn(signedIn.token, signedIn.creator)} />
      )}
    </main>
  );
}
