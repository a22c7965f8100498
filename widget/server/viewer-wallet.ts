import type { Viewer } from '@core/messages/gift-server-api';
import type { PaymentProvider } from '@core/ports';
import type { SqlDriver } from '@core/storage';
import { SqlWalletStore } from '@core/storage';
import { SandboxWallet } from '@core/wallet/sandbox-wallet';
import { WalletService } from '@core/wallet';

/**
 * Payment ids are derived from the viewer's request key; on a shared provider two viewers may pick the
 * same key, so each viewer's ids are prefixed with the viewer id.
 */
export function viewerPayments(provider: PaymentProvider, viewerId: string): PaymentProvider {
  const scoped = (paymentId: string) => scopedPaymentId(viewerId, paymentId);
  return {
    mode: provider.mode,
    name: provider.name,
    charge: (request) => provider.charge({ ...request, paymentId: scoped(request.paymentId) }),
    lookup: (paymentId) => provider.lookup(scoped(paymentId)),
  };
}

/** A payment id as the shared provider sees it: the viewer's id, then the wallet's own payment id. */
export function scopedPaymentId(viewerId: string, paymentId: string): string {
  return `${viewerId}/${paymentId}`;
}

/** The viewer of a scoped payment id (the wallet's own ids have no '/'; a viewer id may). */
export function viewerOfPaymentId(scoped: string): { viewerId: string; paymentId: string } {
  const cut = scoped.lastIndexOf('/');
  return { viewerId: scoped.slice(0, cut), paymentId: scoped.slice(cut + 1) };
}

export interface ViewerWallet {
  /** The whole wallet service: recharges, history, limits. */
  service: WalletService;
  /** The WalletPort over the same storage: a gift answers the receipt line (GiftEntry) the tray speaks. */
  port: SandboxWallet;
}

/** One viewer's wallet on the shared ledger; cheap to make per request. */
export function viewerWallet(driver: SqlDriver, payments: PaymentProvider, viewer: Viewer): ViewerWallet {
  const storage = new SqlWalletStore({ driver, viewerId: viewer.id, displayName: viewer.name });
  const options = { storage, payments: viewerPayments(payments, viewer.id), viewerId: viewer.id };
  return { service: new WalletService(options), port: new SandboxWallet(storage, options) };
}
