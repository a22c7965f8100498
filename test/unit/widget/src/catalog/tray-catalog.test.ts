import { describe, expect, it } from 'vitest';
import { DEFAULT_GIFT_CATALOG } from '@core';
import { catalogSchema, loadCatalog, parseGiftEvent } from '../../../../../widget/src/catalog/tray-schemas';

const gift = { id: 'sparkler', name: 'Sparkler', coins: 2, icon: '🎇', tier: 'basic' };

function fakeFetch(body: unknown, status = 200): typeof fetch {
  return () =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    );
}

describe('gift catalog files', () => {
  it('accepts { gifts: [...] } and a bare array, and the default catalog itself', () => {
    expect(catalogSchema.parse({ gifts: [gift] })).toEqual([gift]);
    expect(catalogSchema.parse([gift])).toEqual([gift]);
    expect(catalogSchema.parse(DEFAULT_GIFT_CATALOG)).toHaveLength(DEFAULT_GIFT_CATALOG.length);
  });

  it('accepts https and data:image icons but refuses javascript: and http: ones', () => {
    expect(catalogSchema.safeParse([{ ...gift, icon: 'https://cdn.example/rose.png' }]).success).toBe(true);
    expect(catalogSchema.safeParse([{ ...gift, icon: 'data:image/png;base64,iVBORw0KGgo=' }]).success).toBe(true);
    expect(catalogSchema.safeParse([{ ...gift, icon: 'javascript:alert(1)' }]).success).toBe(false);
    expect(catalogSchema.safeParse([{ ...gift, icon: 'http://cdn.example/rose.png' }]).success).toBe(false);
  });

  it('refuses fractional or negative prices, unknown tiers, duplicate ids and empty catalogs', () => {
    expect(catalogSchema.safeParse([{ ...gift, coins: 1.5 }]).success).toBe(false);
    expect(catalogSchema.safeParse([{ ...gift, coins: -1 }]).success).toBe(false);
    expect(catalogSchema.safeParse([{ ...gift, tier: 'mythic' }]).success).toBe(false);
    expect(catalogSchema.safeParse([gift, gift]).success).toBe(false);
    expect(catalogSchema.safeParse({ gifts: [] }).success).toBe(false);
  });

  it('keeps HTML in names as plain strings: rendering them as text is what makes them inert', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(catalogSchema.parse([{ ...gift, name }])[0]?.name).toBe(name);
  });

  it('reports a reason instead of throwing for a missing, unreadable or invalid file', async () => {
    expect(await loadCatalog('/c.json', fakeFetch([gift]))).toEqual({ ok: true, gifts: [gift] });
    expect(await loadCatalog('/c.json', fakeFetch('not found', 404))).toEqual({ ok: false, reason: 'HTTP 404' });
    expect((await loadCatalog('/c.json', fakeFetch('{ nope'))).ok).toBe(false);
    const invalid = await loadCatalog('/c.json', fakeFetch([{ ...gift, id: 'Bad Id' }]));
    expect(invalid.ok === false && invalid.reason).toContain('gift ids');
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await loadCatalog('/c.json', offline)).toEqual({ ok: false, reason: 'Failed to fetch' });
  });
});

describe('gift events from other viewers', () => {
  it('accepts { from, coins } with optional fields and refuses the rest', () => {
    expect(parseGiftEvent({ from: 'ana', coins: 30, giftId: 'doughnut', count: 1, id: 'e1' })).toMatchObject({ from: 'ana' });
    expect(parseGiftEvent({ from: 'ana', coins: 0 })).toBeNull();
    expect(parseGiftEvent({ from: '', coins: 3 })).toBeNull();
    expect(parseGiftEvent({ from: 'ana', coins: 2.5 })).toBeNull();
    expect(parseGiftEvent('ana sent a rose')).toBeNull();
  });
});
