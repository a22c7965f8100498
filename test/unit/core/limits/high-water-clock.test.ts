import { describe, expect, it } from 'vitest';
import { HighWaterClock } from '@core/limits';
import { MemoryWalletStore, SandboxPaymentProvider, WalletService } from '@core';
import { NO_LIMITS } from '@core/limits';

const HOUR = 60 * 60 * 1000;
const CARD = { method: 'card', token: '4242 4242 4242 4242' } as const;

describe('a clock that never runs backwards', () => {
  it('reads the latest time seen while the wall clock is behind it, and follows it once it is ahead', () => {
    const wall = { time: 10 * HOUR, now() { return this.time; } };
    const clock = new HighWaterClock(wall);
    expect(clock.now()).toBe(10 * HOUR);
    wall.time = 2 * HOUR;
    expect(clock.now()).toBe(10 * HOUR);
    wall.time = 11 * HOUR;
    expect(clock.now()).toBe(11 * HOUR);
  });

  it('starts from a persisted mark, and ignores a mark that is not a time', () => {
    const wall = { now: () => 5 * HOUR };
    expect(new HighWaterClock(wall, 9 * HOUR).now()).toBe(9 * HOUR);
    expect(new HighWaterClock(wall, Number.NaN).now()).toBe(5 * HOUR);
    const clock = new HighWaterClock(wall);
    clock.observe(7 * HOUR);
    clock.observe(-1);
    expect(clock.lastSeen).toBe(7 * HOUR);
  });

  it('keeps a day’s and a month’s parental cap in force when the clock is set back to a period with room left', async () => {
    // 1 December, 18:00 UTC: last month had no recharges; this month's cap is used up.
    const wall = { time: Date.UTC(2026, 11, 1, 18), now() { return this.time; } };
    const wallet = new WalletService({
      storage: new MemoryWalletStore(),
      payments: new SandboxPaymentProvider(),
      clock: new HighWaterClock(wall),
      timeZone: 'UTC',
    });
    await wallet.setPolicy({ ...NO_LIMITS, parental: { ...NO_LIMITS.parental, dailyRechargeCoins: 700, monthlyRechargeCoins: 700 } });
    await wallet.recharge({ idempotencyKey: 'recharge-0001', region: 'US', packId: 'pack-700', instrument: CARD });
    const next = (key: string) => wallet.recharge({ idempotencyKey: key, region: 'US', packId: 'pack-70', instrument: CARD });
    await expect(next('recharge-0002')).rejects.toMatchObject({ code: 'over-parental-limit' });
    // The child sets the computer's clock back to the day before, then to last month.
    wall.time = Date.UTC(2026, 10, 30, 18);
    await expect(next('recharge-0003')).rejects.toMatchObject({ code: 'over-parental-limit' });
    wall.time = Date.UTC(2026, 10, 15, 12);
    await expect(next('recharge-0004')).rejects.toMatchObject({ code: 'over-parental-limit' });
    expect(await wallet.balance()).toBe(700);
  });
});
