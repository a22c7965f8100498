// `@core/crypto`: the entry point of core/crypto/ for code outside the core (generated from the folder).
export * from './base64';
