/** The in-page test wallet's IndexedDB database: shared by the light balance peek and the full wallet. */
export const PAGE_WALLET_DB = 'livegift-tray-wallet';
/** The viewer's balance row in the core's Dexie schema (table `balances`, key = account). */
export const PAGE_WALLET_BALANCES = 'balances';
export const PAGE_VIEWER_ACCOUNT = 'viewer:me';
