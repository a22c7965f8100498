import { fileURLToPath } from 'node:url';

/** Debian's Chromium: test tools may not download browsers on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const EXTENSION_DIR = fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));

/** Launch options for a persistent context with the built, unpacked extension (or another build in `dir`) loaded. */
export function extensionLaunchOptions(dir = EXTENSION_DIR) {
  return {
    executablePath: CHROMIUM_PATH,
    channel: 'chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  };
}
