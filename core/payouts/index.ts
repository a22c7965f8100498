// `@core/payouts`: the entry point of core/payouts/ for code outside the core (generated from the folder).
export * from './payout-desk';
export * from './payout-error';
export * from './payout-records';
export * from './payout-rules';
export * from './payout-transfers';
