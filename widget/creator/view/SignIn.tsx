import { useState } from 'preact/hooks';
import { demoCreatorSessionResponseSchema, type DemoCreatorSessionResponse } from '@core/messages';
import { apiErrorSchema } from '@core/messages/gift-server-api';
import type { Words } from '../i18n/format';

/** The demo's sign-in: a creator picked by name. A site's own login hands over its token in the address (#token=…). */
export function SignIn({ words, onSignedIn }: { words: Words; onSignedIn: (session: DemoCreatorSessionResponse) => void }) {
  const { t } = words;
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget as HTMLFormElement).get('name') ?? '');
    setBusy(true);
    setProblem('');
    try {
      const response = await fetch('/v1/demo/creator-session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name }) });
      const body: unknown = await response.json();
      if (!response.ok) {
        const error = apiErrorSchema.safeParse(body);
        setProblem(error.success ? error.data.error.message : t.somethingWrong);
        return;
      }
      onSignedIn(demoCreatorSessionResponseSchema.parse(body));
    } catch {
      setProblem(t.somethingWrong);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t.signInHeading}</h2>
      <p class="hint">{t.signInHint}</p>
      <form class="stack" onSubmit={submit}>
        <label class="field">
          {t.creatorName}
          <input name="name" required maxLength={40} autocomplete="username" />
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {t.signIn}
        </button>
        <p class="error" role="alert">
          {problem}
        </p>
      </form>
    </section>
  );
}
