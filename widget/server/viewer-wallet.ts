import type { Viewer } from '../../core/messages/gift-server-api';
import type { PaymentProvider } from '../../core/ports/payment-provider';
import type { SqlDriver } from '../../core/storage/sql-driver';
import { SqlWalletStore } from '../../core/storage/sql-wallet-store';
import { SandboxWallet } from '../../core/wallet/sandbox-wallet';
import { WalletService } from '../../core/wallet/wallet-service';

/**
 * Payment ids are derived from the viewer's request key; on a shared provider two viewers may pick the
 * same key, so each viewer's ids are prefixed with the viewer id.
 */
export function viewerPayments(provider: PaymentProvider, viewerId: string): PaymentProvider {
  const scoped = (paymentId: string) => `${viewerId}/${paymentId}`;
  return {
    mode: provider.mode,
    name: provider.name,
    charge: (request) => provider.charge({ ...request, paymentId: scoped(request.paymentId) }),
    lookup: (paymentId) => provider.lookup(scoped(paymentId)),
  };
}

/** One viewer's wallet on the shared ledger: the service, and gifts in the receipt-line shape. */
export interface ViewerWallet {
  service: WalletService;
  sendGift: SandboxWallet['sendGift'];
}

/** One viewer's wallet on the shared ledger; cheap to make per request. */
export function viewerWallet(driver: SqlDriver, payments: PaymentProvider, viewer: Viewer): ViewerWallet {
  const storage = new SqlWalletStore({ driver, viewerId: viewer.id, displayName: viewer.name });
  const options = { payments: viewerPayments(payments, viewer.id), viewerId: viewer.id };
  const wallet = new SandboxWallet(storage, options);
  return { service: new WalletService({ ...options, storage }), sendGift: (request) => wallet.sendGift(request) };
}
