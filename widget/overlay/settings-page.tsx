import { render } from 'preact';
import { useState } from 'preact/hooks';
import { demoCreatorSessionResponseSchema } from '../../core/messages/creator-api';
import { OverlaySettings } from '../creator/settings/OverlaySettings';
import type { OverlaySession } from '../creator/settings/overlay-settings-client';
import './settings.css';

// The overlay settings on a page of their own (/creator/overlay-settings): the same section the creator
// dashboard shows, with a sign-in of its own (a demo creator by name, or a creator token from the site's login).
const locale = new URLSearchParams(location.search).get('lang') === 'es' ? 'es' : 'en';
const STORAGE_KEY = 'livegift-creator-token';
const WORDS = {
  en: { title: 'Alert overlay', name: 'Creator name (demo)', signIn: 'Sign in', token: 'Or a creator token', useToken: 'Use token', signOut: 'Sign out', failed: 'Sign-in failed.' },
  es: { title: 'Overlay de alertas', name: 'Nombre de creador (demo)', signIn: 'Entrar', token: 'O un token de creador', useToken: 'Usar token', signOut: 'Salir', failed: 'No se pudo entrar.' },
}[locale];

function sessionOf(token: string): OverlaySession {
  return {
    authorizedFetch(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${token}`);
      if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
      return fetch(path, { ...init, headers });
    },
  };
}

function Page() {
  const [token, setToken] = useState(() => sessionStorage.getItem(STORAGE_KEY));
  const [name, setName] = useState('');
  const [pasted, setPasted] = useState('');
  const [failed, setFailed] = useState(false);
  const use = (next: string | null) => {
    if (next) sessionStorage.setItem(STORAGE_KEY, next);
    else sessionStorage.removeItem(STORAGE_KEY);
    setToken(next);
  };
  const signIn = async () => {
    setFailed(false);
    const response = await fetch('/v1/demo/creator-session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });
    const body = demoCreatorSessionResponseSchema.safeParse(await response.json().catch(() => null));
    if (response.status === 201 && body.success) use(body.data.token);
    else setFailed(true);
  };
  return (
    <div class="stack">
      <h1>{WORDS.title}</h1>
      {token ? (
        <>
          <button type="button" onClick={() => use(null)}>
            {WORDS.signOut}
          </button>
          <OverlaySettings key={token} session={sessionOf(token)} locale={locale} />
        </>
      ) : (
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (pasted.trim()) use(pasted.trim());
            else void signIn();
          }}
        >
          <label class="field">
            {WORDS.name}
            <input value={name} maxLength={40} onInput={(event) => setName(event.currentTarget.value)} />
          </label>
          <label class="field">
            {WORDS.token}
            <input value={pasted} onInput={(event) => setPasted(event.currentTarget.value)} />
          </label>
          <button type="submit" class="primary">
            {pasted.trim() ? WORDS.useToken : WORDS.signIn}
          </button>
          <p role="status">{failed ? WORDS.failed : ''}</p>
        </form>
      )}
    </div>
  );
}

render(<Page />, document.getElementById('settings')!);
