import type { Clock } from '@core/ports';

/** At most one recharge window per this long: a page that spends every tap on it still opens few windows. */
export const RECHARGE_WINDOW_INTERVAL_MS = 10_000;

/** The window calls the opener needs (the browser's `windows` API in the extension, a fake in tests). */
export interface WindowsPort {
  /** Opens the popup page with its recharge form; resolves with the new window's id. */
  create(): Promise<number | undefined>;
  /** Brings the window to the front; rejects when it is gone. */
  focus(windowId: number): Promise<void>;
}

export type OpenOutcome = 'opened' | 'focused' | 'too-soon';

/**
 * Opens the wallet's own recharge for a site (a page can only ask; coins are bought in the extension).
 * One window at a time: asked again while it is open, it is brought to the front, and a new one opens
 * at most once per interval, whatever the sites ask, so no page can fill the screen with windows.
 */
export class RechargeWindow {
  private windowId: number | undefined;
  private lastOpenedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly windows: WindowsPort,
    private readonly clock: Clock,
  ) {}

  /** The window was closed (the browser's `windows.onRemoved`). */
  closed(windowId: number): void {
    if (windowId === this.windowId) this.windowId = undefined;
  }

  async open(): Promise<OpenOutcome> {
    if (this.windowId !== undefined) {
      const focused = await this.windows.focus(this.windowId).then(
        () => true,
        () => false,
      );
      if (focused) return 'focused';
      this.windowId = undefined;
    }
    const now = this.clock.now();
    if (now - this.lastOpenedAt < RECHARGE_WINDOW_INTERVAL_MS) return 'too-soon';
    this.lastOpenedAt = now;
    this.windowId = await this.windows.create();
    return 'opened';
  }
}
