// `@core/recharge`: the entry point of core/recharge/ for code outside the core (generated from the folder).
export * from './pending-duplicate';
export * from './recharge-record';
export * from './recharge-transitions';
