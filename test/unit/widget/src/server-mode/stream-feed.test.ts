import { describe, expect, it } from 'vitest';
import { openStreamFeed } from '../../../../../widget/src/server-mode/stream-feed';
import type { StreamBoard } from '../../../../../widget/src/server-mode/stream-board';
import { viewOf } from '../../../../../widget/src/server-mode/server-session';
import { topGifters } from '../../../../../widget/src/logic/leaderboard';
import { FakeEventSource } from '../../../support/fake-event-source';

const SNAPSHOT = {
  stream: 'sunday-pancakes',
  creator: 'mia-cooks',
  goal: { coins: 5000, title: 'A new griddle' },
  progressCoins: 120,
  topGifters: [{ name: 'ana', coins: 100 }, { name: 'joe', coins: 20 }],
  lastEventId: '7',
};

function feed() {
  FakeEventSource.opened = [];
  const boards: StreamBoard[] = [];
  const online: boolean[] = [];
  const warnings: string[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const close = openStreamFeed({
    server: 'https://gifts.example',
    stream: 'sunday-pancakes',
    onBoard: (board) => boards.push(board),
    onOnline: (state) => online.push(state),
    warn: (message) => warnings.push(message),
    EventSource: FakeEventSource as unknown as typeof EventSource,
    setTimeout: (run, ms) => timers.push({ run, ms }),
    clearTimeout: () => undefined,
  });
  const source = () => FakeEventSource.opened.at(-1)!;
  const shown = () => {
    const view = viewOf(boards.at(-1)!);
    return { collected: view.collected, goal: view.streamGoal, top: topGifters(view.leaderboard!, 5).map(({ name, coins }) => `${name} ${coins}`) };
  };
  return { boards, online, warnings, timers, close, source, shown };
}

describe('the stream feed', () => {
  it('starts from the snapshot and adds every viewer’s gifts to the goal and the top gifters', () => {
    const { source, shown } = feed();
    source().open();
    source().send('snapshot', SNAPSHOT, '7');
    expect(shown()).toEqual({ collected: 120, goal: 5000, top: ['ana 100', 'joe 20'] });
    source().send('gift', { id: '8', from: 'joe', giftId: 'lion', count: 1, coins: 29999, at: 1 }, '8');
    source().send('gift', { id: '9', from: 'kofi', giftId: 'rose', count: 1, coins: 1, at: 2 }, '9');
    expect(shown()).toEqual({ collected: 30120, goal: 5000, top: ['joe 30019', 'ana 100', 'kofi 1'] });
  });

  it('the server’s goal and leaderboard events are the totals: they replace what the tray counted', () => {
    const { source, shown } = feed();
    source().send('snapshot', SNAPSHOT, '7');
    source().send('goal', { goal: { coins: 8000, title: 'Two griddles' }, progressCoins: 500 }, '9');
    source().send('leaderboard', { topGifters: [{ name: 'noor', coins: 400 }] }, '9');
    expect(shown()).toEqual({ collected: 500, goal: 8000, top: ['noor 400'] });
    source().send('goal', { goal: null, progressCoins: 500 }, '10');
    expect(shown().goal).toBeNull();
  });

  it('a gift delivered again (after a reconnect) or already in the snapshot counts once', () => {
    const { source, shown } = feed();
    source().send('snapshot', SNAPSHOT, '7');
    source().send('gift', { id: '7', from: 'ana', giftId: 'rose', count: 1, coins: 1, at: 1 }, '7');
    source().send('gift', { id: '8', from: 'ana', giftId: 'rose', count: 1, coins: 1, at: 1 }, '8');
    source().send('gift', { id: '8', from: 'ana', giftId: 'rose', count: 1, coins: 1, at: 1 }, '8');
    expect(shown()).toMatchObject({ collected: 121, top: ['ana 101', 'joe 20'] });
  });

  it('with five gifters listed, a sixth’s total is unknown: the list waits for the server’s leaderboard', () => {
    const { source, shown } = feed();
    const five = ['a', 'b', 'c', 'd', 'e'].map((name, index) => ({ name, coins: 100 - index }));
    source().send('snapshot', { ...SNAPSHOT, topGifters: five }, '7');
    source().send('gift', { id: '8', from: 'zed', giftId: 'rose', count: 1, coins: 1, at: 1 }, '8');
    expect(shown()).toMatchObject({ collected: 121, top: ['a 100', 'b 99', 'c 98', 'd 97', 'e 96'] });
  });

  it('says offline when the connection drops and online when it is back; a closed feed reconnects from the last event id', () => {
    const { source, online, timers } = feed();
    source().open();
    source().send('snapshot', SNAPSHOT, '7');
    source().send('gift', { id: '8', from: 'joe', giftId: 'rose', count: 1, coins: 1, at: 1 }, '8');
    source().fail(FakeEventSource.CONNECTING); // the browser retries by itself
    expect(online).toEqual([true, false]);
    expect(timers).toEqual([]);
    source().fail(FakeEventSource.CLOSED); // it gave up (an HTTP error): the feed tries again later
    expect(timers).toHaveLength(1);
    timers[0]!.run();
    expect(FakeEventSource.opened).toHaveLength(2);
    expect(source().url).toBe('https://gifts.example/v1/streams/sunday-pancakes/events?lastEventId=8');
    source().open();
    expect(online).toEqual([true, false, false, true]);
  });

  it('waits longer after each failure to connect, and stops for good once closed', () => {
    const { source, timers, close } = feed();
    for (let i = 0; i < 3; i++) {
      source().fail(FakeEventSource.CLOSED);
      timers.at(-1)!.run();
    }
    expect(timers.map((timer) => timer.ms)).toEqual([expect.any(Number), expect.any(Number), expect.any(Number)]);
    expect(timers[2]!.ms).toBeGreaterThan(timers[0]!.ms);
    close();
    source().fail(FakeEventSource.CLOSED);
    expect(timers).toHaveLength(3);
  });
});

describe('a forged or hostile feed', () => {
  it('events not of the API’s shape are ignored with a warning, and the feed goes on', () => {
    const { source, shown, warnings, boards } = feed();
    source().send('snapshot', SNAPSHOT, '7');
    const forged: [string, unknown][] = [
      ['gift', 'not json {'],
      ['gift', { id: '8', from: 'mallory', giftId: 'rose', count: 1, coins: -5000, at: 1 }],
      ['gift', { id: '8', from: 'mallory', giftId: 'rose', count: 1, coins: 1.5, at: 1 }],
      ['gift', { id: '8', from: 'mallory', giftId: 'rose', count: 1, coins: '99999', at: 1 }],
      ['gift', { id: '8', from: 'x'.repeat(500), giftId: 'rose', count: 1, coins: 1, at: 1 }],
      ['gift', { id: 'drop table', from: 'mallory', giftId: 'rose', count: 1, coins: 1, at: 1 }],
      ['gift', { from: 'mallory', coins: 1 }],
      ['goal', { goal: { coins: 0, title: '' }, progressCoins: 10 }],
      ['goal', { goal: null, progressCoins: Number.MAX_SAFE_INTEGER + 10 }],
      ['leaderboard', { topGifters: Array.from({ length: 50 }, (_, i) => ({ name: `bot${i}`, coins: 1 })) }],
      ['leaderboard', { topGifters: [{ name: '', coins: 5 }] }],
      ['snapshot', { ...SNAPSHOT, progressCoins: -1 }],
      ['snapshot', { ...SNAPSHOT, lastEventId: '1e9' }],
    ];
    for (const [type, data] of forged) source().send(type, data, '8');
    expect(warnings).toHaveLength(forged.length);
    expect(boards).toHaveLength(1);
    source().send('gift', { id: '8', from: 'joe', giftId: 'rose', count: 1, coins: 1, at: 1 }, '8');
    expect(shown()).toMatchObject({ collected: 121, top: ['ana 100', 'joe 21'] });
  });

  it('another stream’s snapshot, or one behind what the tray shows, changes nothing', () => {
    const { source, shown } = feed();
    source().send('snapshot', SNAPSHOT, '7');
    source().send('snapshot', { ...SNAPSHOT, stream: 'other-stream', progressCoins: 99999 }, '20');
    source().send('snapshot', { ...SNAPSHOT, progressCoins: 3, lastEventId: '2' }, '2');
    source().send('goal', { goal: null, progressCoins: 1 }, '3');
    expect(shown()).toEqual({ collected: 120, goal: 5000, top: ['ana 100', 'joe 20'] });
  });

  it('gifts before any snapshot are not counted (nothing to count them from)', () => {
    const { source, boards } = feed();
    source().send('gift', { id: '8', from: 'joe', giftId: 'rose', count: 1, coins: 1, at: 1 }, '8');
    expect(boards).toEqual([]);
  });
});
