import { describe, expect, it } from 'vitest';
import { COIN_PACKS } from '@core';
import { DEFAULT_CONFIRM_ABOVE, needsConfirmation, parseCoinsAttribute, parseConfirmAbove } from '../../../../../widget/src/logic/attributes';
import { isLowBalance } from '../../../../../widget/src/logic/balance-level';
import { COMBO_WINDOW_MS, isComboLive, nextCombo } from '../../../../../widget/src/logic/combo';
import { goalProgress } from '../../../../../widget/src/logic/goal';
import { addToLeaderboard, EMPTY_LEADERBOARD, topGifters } from '../../../../../widget/src/logic/leaderboard';
import { parseQuantity, QUANTITY_CHOICES, tapCost } from '../../../../../widget/src/logic/quantity';
import { readRefusal } from '../../../../../widget/src/logic/refusal';
import { SHORTCUT_PACK } from '../../../../../widget/src/logic/test-recharge';

describe('combo counter', () => {
  it('counts taps on the same gift within the window as ×2, ×3', () => {
    let combo = nextCombo(null, 'rose', 0);
    combo = nextCombo(combo, 'rose', 1000);
    combo = nextCombo(combo, 'rose', 1000 + COMBO_WINDOW_MS);
    expect(combo).toEqual({ giftId: 'rose', taps: 3, lastTapAt: 1000 + COMBO_WINDOW_MS });
  });

  it('starts again after a pause longer than the window', () => {
    const combo = nextCombo(nextCombo(null, 'rose', 0), 'rose', COMBO_WINDOW_MS + 1);
    expect(combo.taps).toBe(1);
    expect(isComboLive(combo, COMBO_WINDOW_MS * 3)).toBe(false);
  });

  it('starts again when another gift is tapped', () => {
    const combo = nextCombo(nextCombo(nextCombo(null, 'rose', 0), 'rose', 10), 'galaxy', 20);
    expect(combo).toEqual({ giftId: 'galaxy', taps: 1, lastTapAt: 20 });
  });
});

describe('quantity picker', () => {
  it('accepts the offered quantities and falls back to one for anything else', () => {
    expect(QUANTITY_CHOICES).toEqual([1, 5, 10, 99]);
    expect(parseQuantity('10')).toBe(10);
    expect(parseQuantity(99)).toBe(99);
    expect(parseQuantity('7')).toBe(1);
    expect(parseQuantity('1e3')).toBe(1);
    expect(parseQuantity(undefined)).toBe(1);
  });

  it('prices a tap as the gift price times the quantity', () => {
    expect(tapCost(30, 5)).toBe(150);
  });
});

describe('confirmation threshold', () => {
  it('asks at the threshold and not one coin below it', () => {
    expect(needsConfirmation(1000, 1000)).toBe(true);
    expect(needsConfirmation(999, 1000)).toBe(false);
  });

  it('defaults to 1000 coins and ignores values that are not whole positive coins', () => {
    expect(DEFAULT_CONFIRM_ABOVE).toBe(1000);
    expect(parseConfirmAbove(null)).toBe(1000);
    expect(parseConfirmAbove('250')).toBe(250);
    expect(parseConfirmAbove('2.5')).toBe(1000);
    expect(parseConfirmAbove('-3')).toBe(1000);
    expect(parseConfirmAbove('0')).toBe(1000);
    expect(parseCoinsAttribute(' 5000 ')).toBe(5000);
    expect(parseCoinsAttribute('99999999999999999999')).toBeNull();
  });
});

describe('top gifters', () => {
  it('ranks gifters by coins given, the earlier one first on a tie, and keeps three', () => {
    let board = EMPTY_LEADERBOARD;
    board = addToLeaderboard(board, 'ana', 30);
    board = addToLeaderboard(board, 'sam', 5);
    board = addToLeaderboard(board, 'joe', 40);
    board = addToLeaderboard(board, 'sam', 35);
    board = addToLeaderboard(board, 'kofi', 1);
    expect(topGifters(board).map(({ name, coins }) => [name, coins])).toEqual([
      ['joe', 40],
      ['sam', 40],
      ['ana', 30],
    ]);
  });

  it('never changes a board it was given', () => {
    const board = addToLeaderboard(EMPTY_LEADERBOARD, 'ana', 1);
    addToLeaderboard(board, 'ana', 5);
    expect(board.get('ana')?.coins).toBe(1);
  });
});

describe('stream goal', () => {
  it('reports whole percent and caps the bar at 100 once reached', () => {
    expect(goalProgress(1234, 5000)).toEqual({ collected: 1234, goal: 5000, percent: 24, reached: false });
    expect(goalProgress(6000, 5000)).toMatchObject({ percent: 100, reached: true });
  });
});

describe('low balance', () => {
  it('is low below ten of the cheapest gift, and unknown balances are not low', () => {
    const gifts = [{ coins: 5 }, { coins: 30 }];
    expect(isLowBalance(49, gifts)).toBe(true);
    expect(isLowBalance(50, gifts)).toBe(false);
    expect(isLowBalance(null, gifts)).toBe(false);
  });
});

describe('refusals', () => {
  it('names the limit behind over-budget and over-parental-limit, with the approval id', () => {
    expect(readRefusal({ code: 'over-budget', message: 'Budget reached' })).toMatchObject({ limit: 'budget' });
    expect(readRefusal({ code: 'over-parental-limit', message: 'No', approvalId: 'ap-1' })).toEqual({
      code: 'over-parental-limit',
      message: 'No',
      approvalId: 'ap-1',
      limit: 'parental',
    });
    expect(readRefusal({ code: 'insufficient-coins', message: 'Too poor' }).limit).toBeNull();
  });

  it('turns a crash without a code into wallet-unavailable', () => {
    expect(readRefusal(new TypeError('fetch failed')).code).toBe('wallet-unavailable');
  });
});

describe('recharge shortcut', () => {
  it('offers the smallest pack of the core price table', () => {
    const pack = COIN_PACKS.find((candidate) => candidate.id === SHORTCUT_PACK.packId);
    expect(pack).toMatchObject({ coins: SHORTCUT_PACK.coins, priceCents: SHORTCUT_PACK.priceMinor, currency: SHORTCUT_PACK.currency });
  });
});
