// `@core/gifts`: the entry point of core/gifts/ for code outside the core (generated from the folder).
export * from './cash-out';
export * from './gift-economy';
