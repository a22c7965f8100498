import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '@core/overlay';
import { advanceQueue, EMPTY_ALERT_QUEUE, nextChangeAt, offerAlert, type AlertQueue, type PlayingAlert } from '@core/overlay';
import type { OverlayAlert } from '@core/overlay';

/**
 * Runs the core's alert queue on the page's clock: takes alerts, wakes itself when the playing one ends
 * or the pause is over, and tells the view what plays now (null between alerts).
 */
export class AlertPlayer {
  private queue: AlertQueue = EMPTY_ALERT_QUEUE;
  private timer: ReturnType<typeof setTimeout> | undefined;
  settings: AlertSettings = DEFAULT_ALERT_SETTINGS;

  constructor(
    private readonly onPlaying: (playing: PlayingAlert | null, settings: AlertSettings) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  setSettings(settings: AlertSettings): void {
    this.settings = settings;
    this.update(this.queue);
  }

  offer(alert: OverlayAlert): void {
    this.update(offerAlert(advanceQueue(this.queue, this.settings, this.now()), alert, this.settings, this.now()));
  }

  private update(next: AlertQueue): void {
    const before = this.queue.playing;
    this.queue = advanceQueue(next, this.settings, this.now());
    clearTimeout(this.timer);
    const at = nextChangeAt(this.queue);
    if (at !== null) this.timer = setTimeout(() => this.update(this.queue), Math.max(0, at - this.now()));
    if (this.queue.playing !== before) this.onPlaying(this.queue.playing, this.settings);
  }
}
