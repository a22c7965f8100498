import { beforeAll, describe, expect, it } from 'vitest';
import { pickLocale, translator } from '../../../../../widget/src/i18n/locale';
import { loadMessages, MESSAGES } from '../../../../../widget/src/i18n/messages';

describe('tray languages', () => {
  beforeAll(() => loadMessages('es'));

  it('speaks Spanish for any es locale and English otherwise', () => {
    expect(pickLocale('es-MX')).toBe('es');
    expect(pickLocale('ES')).toBe('es');
    expect(pickLocale('fr')).toBe('en');
    expect(pickLocale(null)).toBe('en');
  });

  it('formats coin amounts with Intl and the right plural', () => {
    expect(translator('en').coins(1)).toBe('1 coin');
    expect(translator('en').coins(29999)).toBe('29,999 coins');
    expect(translator('es').coins(1)).toBe('1 moneda');
    expect(translator('es').coins(29999)).toBe('29.999 monedas');
  });

  it('shows a price in the currency, from integer minor units', () => {
    expect(translator('en').money(99, 'USD')).toBe('$0.99');
    expect(translator('es').money(99, 'USD')).toMatch(/0,99/);
  });

  it('has every English message in Spanish too, and words them differently', () => {
    const es = MESSAGES.es!;
    expect(Object.keys(es).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    expect(es.send).toBe('Enviar');
    expect(es.limit.parental).not.toBe(MESSAGES.en.limit.parental);
  });
});
