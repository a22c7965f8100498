// `@core/ledger`: the entry point of core/ledger/ for code outside the core (generated from the folder).
export * from './accounts';
export * from './fingerprint';
export * from './ledger-records';
export * from './post-transfer';
export * from './recharge-transfer';
export * from './verify-ledger';
