import { render } from 'preact';
import type { PlayingAlert } from '@core/overlay';
import type { AlertSettings } from '@core/overlay';
import { tierFor } from '@core/overlay';
import { AlertCard } from './alert-card';
import { AlertPlayer } from './alert-player';
import { playAlertSound } from './alert-sound';
import { openOverlayConnection, tokenFromPath } from './overlay-connection';
import { overlayStrings } from './overlay-strings';
import './overlay.css';

// The alert overlay (/overlay/{token}): one alert at a time from the creator's feed, on a transparent page.
const root = document.getElementById('overlay')!;
const { strings, locale } = overlayStrings(location.search);
const format = new Intl.NumberFormat(locale);
let replaced = false;

function show(playing: PlayingAlert | null, settings: AlertSettings): void {
  if (replaced) return render(<p class="overlay-note">{strings.replaced}</p>, root);
  render(playing ? <AlertCard playing={playing} settings={settings} strings={strings} format={format} /> : null, root);
}

let shownKey: string | null = null;
const player = new AlertPlayer((playing, settings) => {
  if (playing && playing.alert.key !== shownKey) playAlertSound(tierFor(playing.alert.coins, settings.tiers).sound, settings.volume);
  shownKey = playing?.alert.key ?? null;
  show(playing, settings);
});

openOverlayConnection(
  { token: tokenFromPath(location.pathname), origin: location.origin },
  {
    onSnapshot: (snapshot) => player.setSettings(snapshot.settings),
    onSettings: (settings) => player.setSettings(settings),
    onAlert: (alert) => player.offer(alert),
    onStatus: (status) => {
      document.documentElement.dataset.status = status;
      if (status === 'replaced') {
        replaced = true;
        show(null, player.settings);
      }
    },
  },
);
