// `@core/history`: the entry point of core/history/ for code outside the core (generated from the folder).
export * from './csv';
export * from './history-csv';
export * from './history-cursor';
export * from './history-filter';
export * from './history-records';
export * from './month-key';
export * from './monthly-summary';
export * from './wallet-lines';
