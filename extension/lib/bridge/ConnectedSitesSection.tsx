import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { ConnectedSitesView } from '@core/messages';
import { ask } from '../ui/wallet-client';
import { bridgeText as t } from './bridge-text';
import { DEFAULT_CONFIRM_AT_COINS } from './connected-sites';

/** The list as the background has it; an unanswered request shows no sites and the default threshold. */
async function loadSites(): Promise<ConnectedSitesView> {
  const reply = await ask('bridge/sites-list', {});
  return reply.ok ? reply.value : { confirmAtCoins: DEFAULT_CONFIRM_AT_COINS, sites: [] };
}

/**
 * The sites connected to the wallet through the bridge, each with a Disconnect button (popup and options);
 * on the options page also the gift size from which a site's gifts are confirmed in a window.
 */
export function ConnectedSitesSection({ withThreshold = false }: { withThreshold?: boolean }) {
  const view = useSignal<ConnectedSitesView | null>(null);
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
    await ask('bridge/sites-disconnect', { origin });
    await load();
  };
  const saveThreshold = async (event: Event) => {
    event.preventDefault();
    const coins = Number(threshold.value);
    if (!Number.isSafeInteger(coins) || coins < 1) return;
    saved.value = (await ask('bridge/set-confirm-threshold', { coins })).ok;
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
