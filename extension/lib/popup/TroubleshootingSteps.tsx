import { i18n } from '#i18n';
import type { FailureReasonView } from '@core/messages';

/** What to do next, specific to why the payment failed. */
function stepsFor(reason: FailureReasonView): string[] {
  switch (reason) {
    case 'declined':
      return [i18n.t('trouble.declined.check'), i18n.t('trouble.declined.other'), i18n.t('trouble.declined.bank')];
    case 'insufficient-funds':
      return [i18n.t('trouble.funds.balance'), i18n.t('trouble.funds.smaller'), i18n.t('trouble.funds.other')];
    case 'blocked-by-bank':
      return [i18n.t('trouble.blocked.why'), i18n.t('trouble.blocked.approve'), i18n.t('trouble.blocked.retry')];
    case 'region-not-supported':
      return [i18n.t('trouble.region.settings'), i18n.t('trouble.region.method')];
    case 'network':
      return [i18n.t('trouble.network.connection'), i18n.t('trouble.network.retry')];
    case 'expired':
      return [i18n.t('trouble.expired.again')];
  }
}

function headlineFor(reason: FailureReasonView): string {
  switch (reason) {
    case 'declined':
      return i18n.t('trouble.declined.title');
    case 'insufficient-funds':
      return i18n.t('trouble.funds.title');
    case 'blocked-by-bank':
      return i18n.t('trouble.blocked.title');
    case 'region-not-supported':
      return i18n.t('trouble.region.title');
    case 'network':
      return i18n.t('trouble.network.title');
    case 'expired':
      return i18n.t('trouble.expired.title');
  }
}

export function TroubleshootingSteps({ reason }: { reason: FailureReasonView }) {
  return (
    <div role="alert" class="payment-failed" data-testid="payment-failed" data-reason={reason}>
      <p class="error">{headlineFor(reason)}</p>
      <p>{i18n.t('trouble.nothingCharged')}</p>
      <ol>
        {stepsFor(reason).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
