/** The in-page test wallet's IndexedDB database: shared by the light balance peek and the full wallet. */
export const PAGE_WALLET_DB = 'livegift-tray-wallet';
export const PAGE_VIEWER_ACCOUNT = 'viewer:me';
