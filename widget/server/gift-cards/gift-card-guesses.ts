import { RateLimiterMemory } from 'rate-limiter-flexible';
import { ApiFailure } from '../http/api-failure';

const HOUR_S = 3600;

/**
 * Wrong gift card codes per viewer and per client address, in an hour, counted in this process. Only
 * wrong codes count; once either budget is used up, every code (a right one too) waits, so a guesser
 * learns nothing more. With 100-bit codes and a few guesses an hour, guessing is hopeless anyway.
 */
export class GiftCardGuesses {
  private readonly byViewer: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(perViewer: number, perAddress: number) {
    this.byViewer = new RateLimiterMemory({ keyPrefix: 'gift-card-viewer', points: perViewer, duration: HOUR_S });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'gift-card-address', points: perAddress, duration: HOUR_S });
  }

  /** Throws 429 when the viewer or the address has no wrong guess left. */
  async check(viewerId: string, address: string): Promise<void> {
    const [viewer, from] = await Promise.all([this.byViewer.get(viewerId), this.byAddress.get(address)]);
    const blocked = [
      { result: viewer, points: this.byViewer.points },
      { result: from, points: this.byAddress.points },
    ].filter(({ result, points }) => result !== null && result.consumedPoints >= points);
    if (blocked.length === 0) return;
    const seconds = Math.max(1, ...blocked.map(({ result }) => Math.ceil(result!.msBeforeNext / 1000)));
    throw new ApiFailure(429, 'rate-limited', `Too many wrong gift card codes; try again in ${Math.ceil(seconds / 60)} min.`, { 'Retry-After': String(seconds) });
  }

  /** Counts one wrong code against both. */
  async wrong(viewerId: string, address: string): Promise<void> {
    await Promise.all([this.byViewer.penalty(viewerId, 1), this.byAddress.penalty(address, 1)]);
  }
}
