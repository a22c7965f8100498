// `@core/scam`: the entry point of core/scam/ for code outside the core (generated from the folder).
export * from './bundled-scam-rules';
export * from './classify-url';
export * from './lure-matcher';
export * from './page-check';
export * from './parse-link';
export * from './rules-index';
export * from './rules-update';
export * from './scam-messages';
export * from './scam-reason';
export * from './scam-rules-schema';
export * from './scam-verdict';
export * from './skeleton';
export * from './verdict-request-limit';
