import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { AlertSettings } from '@core/overlay';

/** What the overlay showed, in order: one entry per alert, with every event id it stood for (a combo has several). */
export interface ShownAlert {
  key: string;
  ids: string[];
  text: string;
  /** Every text it showed while it played (a combo counts up). */
  texts: string[];
  /** Elements found inside the viewer's name at any time (markup in a name would be one). */
  nameElements: number;
}

/** A creator of the demo, with their overlay's secret URLs; API calls go straight to the gift server. */
export class OverlayCreator {
  constructor(
    readonly server: string,
    readonly id: string,
    readonly token: string,
    public urls: { alerts: string; goal: string; topGifters: string },
    private readonly request: APIRequestContext,
  ) {}

  static async create(request: APIRequestContext, server: string, name: string): Promise<OverlayCreator> {
    const session = await request.post(`${server}/v1/demo/creator-session`, { data: { name } });
    expect(session.status()).toBe(201);
    const { token, creator } = (await session.json()) as { token: string; creator: { id: string } };
    const made = new OverlayCreator(server, creator.id, token, { alerts: '', goal: '', topGifters: '' }, request);
    await made.regenerate();
    return made;
  }

  private headers() {
    return { Authorization: `Bearer ${this.token}` };
  }

  /** A new secret URL; the old one stops working. */
  async regenerate(): Promise<void> {
    const response = await this.request.post(`${this.server}/v1/creator/overlay/url`, { headers: this.headers() });
    expect(response.status()).toBe(201);
    this.urls = ((await response.json()) as { urls: OverlayCreator['urls'] }).urls;
  }

  async saveSettings(settings: AlertSettings): Promise<void> {
    const response = await this.request.post(`${this.server}/v1/creator/overlay/settings`, { headers: this.headers(), data: settings });
    expect(response.status()).toBe(200);
  }

  async testAlert(body: Record<string, unknown> = {}): Promise<void> {
    const response = await this.request.post(`${this.server}/v1/creator/overlay/test-alert`, { headers: this.headers(), data: body });
    expect(response.status()).toBe(201);
  }

  async hide(viewerName: string): Promise<void> {
    const list = await this.request.get(`${this.server}/v1/creator/overlay/gifters`, { headers: this.headers() });
    const { gifters } = (await list.json()) as { gifters: { viewerKey: string; name: string }[] };
    const gifter = gifters.find((candidate) => candidate.name === viewerName)!;
    const response = await this.request.post(`${this.server}/v1/creator/overlay/hidden`, { headers: this.headers(), data: { viewerKey: gifter.viewerKey, hidden: true } });
    expect(response.status()).toBe(200);
  }
}

/** A viewer that gifts through the API (the demo page's tray is tested in its own test). */
export class ApiViewer {
  private sent = 0;
  constructor(
    readonly server: string,
    readonly name: string,
    readonly token: string,
    private readonly request: APIRequestContext,
  ) {}

  static async join(request: APIRequestContext, server: string, name: string): Promise<ApiViewer> {
    const session = await request.post(`${server}/v1/demo/session`, { data: { name } });
    expect(session.status()).toBe(201);
    const viewer = new ApiViewer(server, name, ((await session.json()) as { token: string }).token, request);
    const recharge = await request.post(`${server}/v1/recharges`, {
      headers: { Authorization: `Bearer ${viewer.token}` },
      data: { idempotencyKey: `e2e-overlay-${crypto.randomUUID()}`, region: 'US', packId: 'pack-1400', instrument: { method: 'card', token: '4242 4242 4242 4242' } },
    });
    expect(recharge.status()).toBe(201);
    return viewer;
  }

  /** Sends a gift; resolves with its feed's ordering (the response is the receipt line). */
  async gift(creator: string, stream: string, giftId = 'rose', count = 1): Promise<void> {
    const response = await this.request.post(`${this.server}/v1/gifts`, {
      headers: { Authorization: `Bearer ${this.token}` },
      data: { creator, stream, giftId, count, idempotencyKey: `e2e-overlay-${this.name.length}-${crypto.randomUUID()}-${this.sent++}` },
    });
    expect(response.status()).toBe(201);
  }
}

/** An overlay browser source (alerts, goal bar or top gifters) in its own context, recording every alert it shows. */
export class OverlayPage {
  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
  ) {}

  static async open(browser: Browser, url: string, options: { reducedMotion?: 'reduce' | 'no-preference' } = {}): Promise<OverlayPage> {
    const context = await browser.newContext({ reducedMotion: options.reducedMotion ?? 'no-preference' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shown: { key: string; ids: string[]; text: string; texts: string[]; nameElements: number }[] = [];
      (window as unknown as { shownAlerts: typeof shown }).shownAlerts = shown;
      const record = () => {
        const alert = document.querySelector<HTMLElement>('[data-alert-key]');
        if (!alert) return;
        const text = alert.textContent ?? '';
        const nameElements = alert.querySelectorAll('.alert__name *').length;
        const last = shown.at(-1);
        if (last && last.key === alert.dataset.alertKey) {
          last.ids = alert.dataset.alertIds!.split(' ');
          last.text = text;
          if (last.texts.at(-1) !== text) last.texts.push(text);
          last.nameElements = Math.max(last.nameElements, nameElements);
        } else {
          shown.push({ key: alert.dataset.alertKey!, ids: alert.dataset.alertIds!.split(' '), text, texts: [text], nameElements });
        }
      };
      new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('data-status', 'live');
    return new OverlayPage(page, context);
  }

  alert() {
    return this.page.locator('.alert');
  }

  shown(): Promise<ShownAlert[]> {
    return this.page.evaluate(() => (window as unknown as { shownAlerts: ShownAlert[] }).shownAlerts);
  }

  status() {
    return this.page.locator('html');
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
