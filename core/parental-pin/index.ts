// `@core/parental-pin`: the entry point of core/parental-pin/ for code outside the core (generated from the folder).
export * from './pin-hash';
export * from './pin-lockout';
