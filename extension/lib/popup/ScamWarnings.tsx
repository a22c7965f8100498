import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LinkFinding, TabWarnings } from '../../../core';
import { askScam } from '../scam/scam-client';

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
      reasons: finding.reasons,
      idempotencyKey: crypto.randomUUID(),
    });
    if (answer.ok) reported.value = true;
  }
  return (
    <li>
      <strong>{hostOf(finding.url)}</strong> — {finding.verdict === 'scam' ? 'likely scam' : 'suspicious'}
      <ul>
        {finding.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {reported.value ? (
        <span>Reported as a false alarm (kept on this device).</span>
      ) : (
        <button type="button" onClick={report}>
          Report a false alarm
        </button>
      )}
      {trusted.value ? (
        <span>You trust {trusted.value}.</span>
      ) : (
        finding.verdict === 'suspicious' && (
          <button type="button" onClick={trust}>
            I trust this site
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
    <section aria-label="Scam-link warnings">
      <h2>Scam-link warnings</h2>
      {current === null || count === 0 ? (
        <p>No scam warnings on this page.</p>
      ) : (
        <>
          {current.pageWarning && <p role="alert">{current.pageWarning}</p>}
          <ul>
            {current.findings.map((finding) => (
              <FindingItem key={finding.url} finding={finding} />
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={exportFalseAlarms}>
        Export false-alarm reports
      </button>
    </section>
  );
}
