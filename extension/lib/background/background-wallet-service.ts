import type { WalletService } from '@core/wallet';

// The part of the core's WalletService the background uses, picked from the service itself so the
// handlers state exactly what they rely on and no type restates a record the core already defines.

/** The WalletService methods and fields the background's handlers call. */
export type BackgroundWalletService = Pick<
  WalletService,
  | 'paymentMode'
  | 'timeZone'
  | 'account'
  | 'balance'
  | 'getPolicy'
  | 'setPolicy'
  | 'listApprovals'
  | 'approve'
  | 'decline'
  | 'recharge'
  | 'refreshPending'
  | 'listRecharges'
  | 'history'
  | 'monthlySummary'
  | 'receipt'
  | 'exportCsv'
  | 'exportBackup'
  | 'checkBackup'
  | 'restoreBackup'
>;

/** One line of the viewer's history, as `WalletService.history` returns it. */
export type EngineEntry = Awaited<ReturnType<WalletService['history']>>['entries'][number];

/** A month's totals, as `WalletService.monthlySummary` returns them (the fields a view shows). */
export type EngineMonthlySummary = Pick<Awaited<ReturnType<WalletService['monthlySummary']>>, 'period' | 'recharged' | 'spent' | 'byCreator'>;

/** A receipt, as `WalletService.receipt` returns it. */
export type EngineReceipt = NonNullable<Awaited<ReturnType<WalletService['receipt']>>>;
