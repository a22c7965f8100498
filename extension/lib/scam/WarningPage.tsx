import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { BUNDLED_SCAM_RULES, type UrlClassification } from '@core';
import { splitAtMark, VALUE_MARK } from '../ui/split-at-mark';
import { reasonText } from './reason-text';
import { askScam } from './scam-client';
import { scamFailureText } from './scam-failure-text';

/** Only web addresses may be followed from this page; anything else in the query string is ignored. */
function webUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Stands in front of a scam site: what was found and why, "Back to safety" and "Continue anyway". */
export function WarningPage() {
  const params = new URLSearchParams(location.search);
  const target = webUrl(params.get('url'));
  const back = webUrl(params.get('back'));
  const found = useSignal<{ classification: UrlClassification; host: string } | null>(null);
  const error = useSignal<string | null>(null);

  useEffect(() => {
    if (!target) return;
    void askScam({ type: 'scam/classify', url: target }).then((answer) => {
      if (answer.ok) found.value = { classification: answer.classification, host: answer.host };
      else error.value = scamFailureText(answer);
    });
  }, []);

  function backToSafety() {
    // The page the viewer came from, or the platform's official site when there is none.
    location.replace(back ?? `https://www.${BUNDLED_SCAM_RULES.officialDomains[0]}/`);
  }

  async function continueAnyway() {
    if (!target) return;
    const answer = await askScam({ type: 'scam/trust-for-session', url: target });
    if (!answer.ok) {
      error.value = scamFailureText(answer);
      return;
    }
    location.replace(target);
  }

  const [beforeHost, afterHost] = splitAtMark(i18n.t('scam.page.aboutToOpen', { host: VALUE_MARK }));
  return (
    <main>
      <h1>{i18n.t('scam.page.heading')}</h1>
      {target ? (
        <p>
          {beforeHost}
          <span class="host">{found.value?.host ?? new URL(target).hostname}</span>
          {afterHost} {i18n.t('scam.page.explain')}
        </p>
      ) : (
        <p>{i18n.t('scam.page.noAddress')}</p>
      )}
      {found.value && (
        <section aria-label={i18n.t('scam.page.whyRegion')}>
          <h2>{i18n.t('scam.page.whyHeading')}</h2>
          <ul>
            {found.value.classification.reasons.map((reason) => (
              <li key={reason.text}>{reasonText(reason)}</li>
            ))}
          </ul>
        </section>
      )}
      {error.value && <p role="alert">{error.value}</p>}
      <div class="actions">
        <button type="button" class="safe" onClick={backToSafety}>
          {i18n.t('scam.page.backToSafety')}
        </button>
        {target && (
          <button type="button" onClick={continueAnyway}>
            {i18n.t('scam.page.continueAnyway')}
          </button>
        )}
      </div>
      <p class="note">{i18n.t('scam.page.continueNote')}</p>
    </main>
  );
}
