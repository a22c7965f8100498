// `@core/bridge`: the entry point of core/bridge/ for code outside the core (generated from the folder).
export * from './bridge-envelopes';
export * from './bridge-errors';
export * from './bridge-names';
export * from './bridge-protocol';
