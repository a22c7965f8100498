import { beforeAll, describe, expect, it } from 'vitest';
import { PRICE_BOOK, type TaxRule } from '@core';
import { formatBasisPoints, taxLabelMessage } from '../../../../../extension/lib/ui/tax-label-message';
import { loadCatalog, say, type Catalog } from '../../../support/locale-catalogs';

let en: Catalog;
let es: Catalog;
beforeAll(async () => {
  [en, es] = await Promise.all([loadCatalog('en'), loadCatalog('es')]);
});

/** What the background puts in a pack offer for a price list's tax rule. */
const offerFor = (tax: TaxRule) => ({
  taxLabel: tax.label,
  tax: tax.labelCode ? { labelCode: tax.labelCode, rateBasisPoints: tax.rateBasisPoints, localName: tax.localName ?? null } : null,
});

function spoken(catalog: Catalog, tax: TaxRule, locale: string): string {
  const message = taxLabelMessage(offerFor(tax), locale);
  return 'text' in message ? message.text : say(catalog, message.key, message.params);
}

describe('the recharge panel’s tax line in the viewer’s language', () => {
  it('says exactly each price list’s English label in English', () => {
    for (const list of PRICE_BOOK.lists) {
      expect(list.tax.labelCode, list.region).toBeDefined();
      expect(spoken(en, list.tax, 'en-US'), list.region).toBe(list.tax.label);
    }
  });

  it('says every price list’s tax in Spanish, with the rate formatted the Spanish way', () => {
    const byRegion = Object.fromEntries(PRICE_BOOK.lists.map((list) => [list.region, spoken(es, list.tax, 'es-ES')]));
    expect(byRegion).toEqual({
      US: 'Sin impuestos añadidos',
      DE: 'IVA del 19\u00a0% incluido',
      GB: 'IVA del 20\u00a0% incluido',
      IN: 'GST del 18\u00a0% incluido',
      PH: 'IVA del 12\u00a0% incluido',
      ID: 'IVA del 11\u00a0% incluido (PPN)',
      BR: 'Impuestos incluidos en el precio',
    });
  });

  it('keeps a price list’s own label when it has no code', () => {
    const tax: TaxRule = { kind: 'added', rateBasisPoints: 825, label: 'Plus 8.25% city tax' };
    expect(spoken(es, tax, 'es-ES')).toBe('Plus 8.25% city tax');
  });

  it('formats rates exactly, fractions of a percent included', () => {
    expect(formatBasisPoints(825, 'en-US')).toBe('8.25%');
    expect(formatBasisPoints(10_000, 'en-US')).toBe('100%');
    expect(formatBasisPoints(5, 'en-US')).toBe('0.05%');
    expect(spoken(en, { kind: 'added', rateBasisPoints: 825, label: 'x', labelCode: 'sales-tax-added' }, 'en-US')).toBe('Plus 8.25% sales tax');
  });
});
