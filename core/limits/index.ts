// `@core/limits`: the entry point of core/limits/ for code outside the core (generated from the folder).
export * from './approval-binding';
export * from './approval-request';
export * from './budget-status';
export * from './evaluate-limits';
export * from './high-water-clock';
export * from './limit-policy';
export * from './time-windows';
