import { BRIDGE_MATCHES } from './bridge/sender-origin';

/** A manifest `content_scripts` entry. */
interface ContentScriptEntry {
  matches: string[];
  run_at: 'document_start' | 'document_idle';
  js: string[];
  world?: 'MAIN';
}

/**
 * Every script that runs in web pages, declared here rather than as WXT content-script entrypoints: WXT
 * wraps those in a runtime (a ContentScriptContext) that costs every page more main-thread time than the
 * scripts' own work, and none of ours uses it. The scripts are WXT unlisted scripts (entrypoints/*.ts).
 */
export function contentScripts(browser: string): ContentScriptEntry[] {
  return [
    // The wallet bridge's relay; it starts before page scripts so the provider is there when they ask.
    { matches: BRIDGE_MATCHES, run_at: 'document_start', js: ['bridge.js'] },
    // Chrome runs the in-page provider in the page's world at once (no script element, no request);
    // Firefox's build has the bridge inject it.
    ...(browser === 'firefox' ? [] : [{ matches: BRIDGE_MATCHES, run_at: 'document_start' as const, js: ['wallet-provider.js'], world: 'MAIN' as const }]),
    // Scam-link badges and click guard, once the page is parsed, so it never delays first paint.
    { matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', js: ['scam-links.js'] },
  ];
}
