// `@core/payments`: the entry point of core/payments/ for code outside the core (generated from the folder).
export * from './payment-failure-reason';
export * from './payment-method';
export * from './quick-recharge';
export * from './sandbox-payment-provider';
export * from './sandbox-test-instruments';
export * from './summarize-instrument';
