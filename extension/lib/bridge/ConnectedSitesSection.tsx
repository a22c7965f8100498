import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { bridgeText as t } from './bridge-text';

interface SiteView {
  origin: string;
  connectedAt: number;
}

async function listSites(): Promise<SiteView[]> {
  const reply = (await browser.runtime.sendMessage({ type: 'bridge/sites-list' })) as { ok?: boolean; sites?: SiteView[] } | undefined;
  return reply?.ok && Array.isArray(reply.sites) ? reply.sites : [];
}

/** The sites connected to the wallet through the bridge, each with a Disconnect button (popup and options). */
export function ConnectedSitesSection() {
  const sites = useSignal<SiteView[] | null>(null);
  const load = async () => {
    sites.value = await listSites();
  };
  useEffect(() => {
    void load();
  }, []);
  const disconnect = async (origin: string) => {
    await browser.runtime.sendMessage({ type: 'bridge/sites-disconnect', origin });
    await load();
  };
  return (
    <section aria-labelledby="connected-sites-heading" data-testid="connected-sites">
      <h2 id="connected-sites-heading">{t.sitesHeading}</h2>
      {sites.value !== null && sites.value.length === 0 && <p>{t.noSites}</p>}
      {sites.value !== null && sites.value.length > 0 && (
        <ul>
          {sites.value.map(({ origin }) => (
            <li key={origin} class="row">
              <span>{origin}</span>
              <button type="button" aria-label={t.disconnectLabel(origin)} onClick={() => void disconnect(origin)}>
                {t.disconnect}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
