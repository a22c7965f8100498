import type { GeneratedI18nStructure } from '#i18n';
import type { PackQuoteView } from '@core/messages';

/** A rate in basis points (1900) as a percentage in the locale ("19%", "19 %"); exact, via a decimal string. */
export function formatBasisPoints(basisPoints: number, locale: string): string {
  const digits = String(basisPoints).padStart(5, '0');
  const fraction = `${digits.slice(0, -4)}.${digits.slice(-4)}` as Intl.StringNumericLiteral;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(fraction);
}

export type TaxLabelMessage = { key: keyof GeneratedI18nStructure; params: Record<string, string> } | { text: string };

/** Which sentence says a pack's tax line in the viewer's language; a price list without a code keeps its own label. */
export function taxLabelMessage(pack: Pick<PackQuoteView, 'taxLabel' | 'tax'>, locale: string): TaxLabelMessage {
  const tax = pack.tax;
  if (!tax) return { text: pack.taxLabel };
  const rate = formatBasisPoints(tax.rateBasisPoints, locale);
  switch (tax.labelCode) {
    case 'no-tax-added':
      return { key: 'tax.noTaxAdded', params: {} };
    case 'taxes-in-price':
      return { key: 'tax.taxesInPrice', params: {} };
    case 'vat-included':
      return tax.localName
        ? { key: 'tax.vatIncludedLocal', params: { rate, name: tax.localName } }
        : { key: 'tax.vatIncluded', params: { rate } };
    case 'gst-included':
      return { key: 'tax.gstIncluded', params: { rate } };
    case 'sales-tax-added':
      return { key: 'tax.salesTaxAdded', params: { rate } };
  }
}
