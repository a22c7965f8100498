// `@core/wallet`: the entry point of core/wallet/ for code outside the core (generated from the folder).
export * from './approvals';
export * from './bound-keys';
export * from './commit-events';
export * from './gift-flow';
export * from './history-reads';
export * from './limit-gate';
export * from './limit-usage';
export * from './receipts';
export * from './recharge-flow';
export * from './reversal-flow';
export * from './sandbox-wallet';
export * from './wallet-context';
export * from './wallet-inputs';
export * from './wallet-refusal';
export * from './wallet-service';
