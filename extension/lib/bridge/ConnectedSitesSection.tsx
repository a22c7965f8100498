import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bridgeText as t } from './bridge-text';

interface SitesView {
  confirmAtCoins: number;
  sites: { origin: string; connectedAt: number }[];
}

async function loadSites(): Promise<SitesView> {
  const reply = (await browser.runtime.sendMessage({ type: 'bridge/sites-list' })) as ({ ok?: boolean } & Partial<SitesView>) | undefined;
  return {
    confirmAtCoins: typeof reply?.confirmAtCoins === 'number' ? reply.confirmAtCoins : 1000,
    sites: reply?.ok && Array.isArray(reply.sites) ? reply.sites : [],
  };
}

/**
 * The sites connected to the wallet through the bridge, each with a Disconnect button (popup and options);
 * on the options page also the gift size from which a site's gifts are confirmed in a window.
 */
export function ConnectedSitesSection({ withThreshold = false }: { withThreshold?: boolean }) {
  const view = useSignal<SitesView | null>(null);
  const threshold = useSignal('');
  const saved = useSignal(false);
  const load = async () => {
    view.value = await loadSites();
    threshold.value = String(view.value.confirmAtCoins);
  };
  useEffect(() => {
    void load();
  }, []);
  const disconnect = async (origin: string) => {
    await browser.runtime.sendMessage({ type: 'bridge/sites-disconnect', origin });
    await load();
  };
  const saveThreshold = async (event: Event) => {
    event.preventDefault();
    const coins = Number(threshold.value);
    if (!Number.isSafeInteger(coins) || coins < 1) return;
    await browser.runtime.sendMessage({ type: 'bridge/set-confirm-threshold', coins });
    saved.value = true;
  };
  const sites = view.value?.sites;
  return (
    <section aria-labelledby="connected-sites-heading" data-testid="connected-sites">
      <h2 id="connected-sites-heading">{t.sitesHeading}</h2>
      {sites?.length === 0 && <p>{t.noSites}</p>}
      {sites && sites.length > 0 && (
        <ul>
          {sites.map(({ origin }) => (
            <li key={origin} class="row">
              <span>{origin}</span>
              <button type="button" aria-label={t.disconnectLabel(origin)} onClick={() => void disconnect(origin)}>
                {t.disconnect}
              </button>
            </li>
          ))}
        </ul>
      )}
      {withThreshold && view.value && (
        <form class="stack" onSubmit={(event) => void saveThreshold(event)}>
          <label class="field">
            <span>{t.threshold}</span>
            <input
              type="number"
              min={1}
              step={1}
              required
              value={threshold.value}
              onInput={(event) => {
                threshold.value = event.currentTarget.value;
                saved.value = false;
              }}
            />
          </label>
          <p class="hint">{t.thresholdHint}</p>
          <button type="submit">{t.save}</button>
          {saved.value && <p role="status">{t.saved}</p>}
        </form>
      )}
    </section>
  );
}
