// `@core/storage`: the entry point of core/storage/ for code outside the core (generated from the folder).
export * from './backup-rejection';
export * from './backup-signature';
export * from './dexie-v3-upgrade';
export * from './dexie-wallet-rows';
export * from './idb-requests';
export * from './indexeddb-wallet-tx';
export * from './legacy-migration';
export * from './memory-wallet-store';
export * from './merged-statements';
export * from './restore-backup';
export * from './signed-backup-file';
export * from './sql-driver';
export * from './sql-wallet-store';
export * from './stored-documents';
export * from './wallet-backup';
export * from './wallet-db-layout';
