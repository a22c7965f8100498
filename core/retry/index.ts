// `@core/retry`: the entry point of core/retry/ for code outside the core (generated from the folder).
export * from './retry-policy';
