// `@core/messages`: the entry point of core/messages/ for code outside the core (generated from the folder).
export * from './backup-messages';
export * from './backup-problem';
export * from './bridge-admin-messages';
export * from './creator-api';
export * from './extension-protocol';
export * from './gift-server-api';
export * from './gift-server-routes';
export * from './operation';
export * from './overlay-api';
export * from './parental-messages';
export * from './settings-messages';
export * from './wallet-operations';
export * from './wallet-views';
