// `@core/creator`: the entry point of core/creator/ for code outside the core (generated from the folder).
export * from './earnings-report';
