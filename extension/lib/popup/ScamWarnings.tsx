import { i18n } from '#i18n';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LinkFinding, TabWarnings } from '@core';
import { reasonText } from '../scam/reason-text';
import { askScam } from '../scam/scam-client';
import { formatNumber } from '../ui/format';

/** The tab the popup describes: the active tab, or `?tabId=` when the popup is opened as a page of its own. */
async function currentTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

async function exportFalseAlarms(): Promise<void> {
  const answer = await askScam({ type: 'scam/false-alarms' });
  if (!answer.ok) return;
  const blob = new Blob([JSON.stringify(answer.reports, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'livegift-false-alarms.json';
  link.click();
  URL.revokeObjectURL(link.href);
}

function FindingItem({ finding }: { finding: LinkFinding }) {
  const reported = useSignal(false);
  const trusted = useSignal<string | null>(null);
  async function trust() {
    const answer = await askScam({ type: 'scam/trust-site', url: finding.url });
    if (answer.ok) trusted.value = answer.site;
  }
  async function report() {
    const answer = await askScam({
      type: 'scam/report-false-alarm',
      url: finding.url,
      verdict: finding.verdict,
      // The export is read by whoever maintains the list: the reasons go in English.
      reasons: finding.reasons.map((reason) => reason.text),
      idempotencyKey: crypto.randomUUID(),
    });
    if (answer.ok) reported.value = true;
  }
  return (
    <li>
      <strong>{hostOf(finding.url)}</strong> —{' '}
      {finding.verdict === 'scam' ? i18n.t('scam.popup.verdictScam') : i18n.t('scam.popup.verdictSuspicious')}
      <ul>
        {finding.reasons.map((reason) => (
          <li key={reason.text}>{reasonText(reason)}</li>
        ))}
      </ul>
      {reported.value ? (
        <span role="status">{i18n.t('scam.popup.reported')}</span>
      ) : (
        <button type="button" onClick={report}>
          {i18n.t('scam.popup.reportFalseAlarm')}
        </button>
      )}
      {trusted.value ? (
        <span role="status">{i18n.t('scam.popup.trusted', { site: trusted.value })}</span>
      ) : (
        finding.verdict === 'suspicious' && (
          <button type="button" onClick={trust}>
            {i18n.t('scam.popup.trustSite')}
          </button>
        )
      )}
    </li>
  );
}

/** Scam-link warnings found on the current tab, with their reasons. */
export function ScamWarnings() {
  const warnings = useSignal<TabWarnings | null>(null);

  useEffect(() => {
    void (async () => {
      const tabId = await currentTabId();
      if (tabId === null) return;
      const answer = await askScam({ type: 'scam/tab-warnings', tabId });
      if (answer.ok) warnings.value = answer.warnings;
    })();
  }, []);

  const current = warnings.value;
  const count = (current?.findings.length ?? 0) + (current?.pageWarning ? 1 : 0);
  return (
    <section aria-labelledby="scam-warnings-heading">
      <h2 id="scam-warnings-heading">{i18n.t('scam.popup.heading')}</h2>
      {current === null || count === 0 ? (
        <p>{i18n.t('scam.popup.none')}</p>
      ) : (
        <>
          <p>{i18n.t('scam.popup.count', count, [formatNumber(count)])}</p>
          {current.pageWarning && <p role="alert">{reasonText(current.pageWarning)}</p>}
          <ul>
            {current.findings.map((finding) => (
              <FindingItem key={finding.url} finding={finding} />
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={exportFalseAlarms}>
        {i18n.t('scam.popup.exportReports')}
      </button>
    </section>
  );
}
