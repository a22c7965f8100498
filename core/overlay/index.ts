// `@core/overlay`: the entry point of core/overlay/ for code outside the core (generated from the folder).
export * from './alert-queue';
export * from './alert-settings';
export * from './alert-tiers';
export * from './combo-merge';
export * from './display-text';
export * from './overlay-alert';
