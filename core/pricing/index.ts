// `@core/pricing`: the entry point of core/pricing/ for code outside the core (generated from the folder).
export * from './compare-channels';
export * from './format-money';
export * from './payment-methods-by-region';
export * from './price-book-2026-11';
export * from './price-list';
export * from './quote-recharge';
export * from './recharge-quote';
export * from './regions';
export * from './rounding';
