import type { PlayingAlert } from '@core/overlay';
import type { AlertSettings } from '@core/overlay';
import { tierFor } from '@core/overlay';
import { GiftPicture } from './gift-picture';
import type { OverlayStrings } from './overlay-strings';

/** One alert: who, which gift, ×N while a combo counts up. Names and messages are text nodes only. */
export function AlertCard({ playing, settings, strings, format }: { playing: PlayingAlert; settings: AlertSettings; strings: OverlayStrings; format: Intl.NumberFormat }) {
  const { alert } = playing;
  const tier = tierFor(alert.coins, settings.tiers);
  return (
    <section
      class={`alert alert--${tier.size}${alert.test ? ' alert--test' : ''}`}
      style={{ '--tier-colour': tier.colour, '--alert-ms': `${tier.durationMs}ms` }}
      data-alert-key={alert.key}
      data-alert-ids={alert.ids.join(' ')}
      role="status"
    >
      <GiftPicture className="alert__art" giftId={alert.giftId} icon={alert.icon} />
      <p class="alert__text">
        {alert.test && <span class="alert__test">{strings.test}</span>}
        <span class="alert__name">{alert.from}</span> {strings.sent} <span class="alert__gift">{alert.giftName}</span>
        {alert.count > 1 && (
          <span class="alert__count" key={alert.count}>
            ×{format.format(alert.count)}
          </span>
        )}
      </p>
      {alert.message && <p class="alert__message">{alert.message}</p>}
    </section>
  );
}
