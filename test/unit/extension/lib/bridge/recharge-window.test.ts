import { describe, expect, it } from 'vitest';
import { RECHARGE_WINDOW_INTERVAL_MS, RechargeWindow } from '../../../../../extension/lib/bridge/recharge-window';

/** A fake browser: windows it opened, which of them are still open, and the clock. */
function browserFake() {
  let now = 1_000_000;
  const open = new Set<number>();
  let next = 1;
  const created: number[] = [];
  const focused: number[] = [];
  const opener = new RechargeWindow(
    {
      create: () => {
        const id = next++;
        open.add(id);
        created.push(id);
        return Promise.resolve(id);
      },
      focus: (id) => (open.has(id) ? Promise.resolve(void focused.push(id)) : Promise.reject(new Error('No window with id'))),
    },
    { now: () => now },
  );
  return {
    opener,
    created,
    focused,
    close(id: number, tell = true) {
      open.delete(id);
      if (tell) opener.closed(id);
    },
    wait(ms: number) {
      now += ms;
    },
  };
}

describe('the recharge window a site may open', () => {
  it('opens one window; asked again while it is open, brings that one to the front', async () => {
    const fake = browserFake();
    expect(await fake.opener.open()).toBe('opened');
    fake.wait(RECHARGE_WINDOW_INTERVAL_MS * 3);
    expect(await fake.opener.open()).toBe('focused');
    expect(fake.created).toEqual([1]);
    expect(fake.focused).toEqual([1]);
  });

  it('opens at most one new window per interval, even when each is closed at once', async () => {
    const fake = browserFake();
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      outcomes.push(await fake.opener.open());
      for (const id of fake.created) fake.close(id);
      fake.wait(RECHARGE_WINDOW_INTERVAL_MS / 4);
    }
    expect(fake.created).toHaveLength(5);
    expect(outcomes.filter((outcome) => outcome === 'opened')).toHaveLength(5);
  });

  it('many requests at the same moment open one window', async () => {
    const fake = browserFake();
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => fake.opener.open()));
    expect(fake.created).toEqual([1]);
    expect(outcomes.filter((outcome) => outcome === 'opened')).toHaveLength(1);
  });

  it('a window closed without the browser saying so is found gone, and a new one opens after the interval', async () => {
    const fake = browserFake();
    await fake.opener.open();
    fake.close(1, false);
    fake.wait(RECHARGE_WINDOW_INTERVAL_MS);
    expect(await fake.opener.open()).toBe('opened');
    expect(fake.created).toEqual([1, 2]);
  });
});
