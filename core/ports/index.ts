// `@core/ports`: the entry point of core/ports/ for code outside the core (generated from the folder).
export * from './clock';
export * from './payment-provider';
export * from './wallet-port';
export * from './wallet-storage';
