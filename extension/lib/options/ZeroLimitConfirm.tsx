import { i18n } from '#i18n';

/** What a limit of 0 stops: a 0 is a valid limit, but one a person can set by mistake. */
export type ZeroLimitStops = 'gifts' | 'recharges';

export function zeroLimitMeaning(stops: ZeroLimitStops): string {
  return stops === 'gifts' ? i18n.t('options.zeroBlocksGifts') : i18n.t('options.zeroBlocksRecharges');
}

/** True when the field's text is a limit of exactly 0 coins. */
export function isZeroLimit(text: string): boolean {
  return /^0+$/.test(text.trim());
}

/**
 * Asked before a limit of 0 is saved: it says in one sentence what 0 does and saves only on a second,
 * explicit choice, so a stray 0 never silently blocks every gift.
 */
export function ZeroLimitConfirm({ stops, onConfirm, onCancel }: { stops: readonly ZeroLimitStops[]; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div class="note stack" role="alert" data-testid="zero-limit-confirm">
      {[...new Set(stops)].map((what) => (
        <p key={what}>{zeroLimitMeaning(what)}</p>
      ))}
      <div class="row">
        <button type="button" onClick={onCancel}>
          {i18n.t('options.zeroCancel')}
        </button>
        <button type="button" class="primary" onClick={onConfirm}>
          {i18n.t('options.zeroConfirm')}
        </button>
      </div>
    </div>
  );
}
