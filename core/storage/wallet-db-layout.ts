// The names the in-page balance peek reads without loading Dexie or zod: kept free of imports on purpose.

/** The store of the ledger's head: one record with the last sequence number and every account's balance. */
export const LEDGER_HEAD_STORE = 'ledgerHead';
/** The key of that one record. */
export const LEDGER_HEAD_ID = 'head';
