import { fileURLToPath } from 'node:url';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';

export type Locale = 'en' | 'es';
export type Catalog = Map<string, ParsedMessage>;

/** The extension's strings as @wxt-dev/i18n parses them for the build, by dotted key. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const file = fileURLToPath(new URL(`../../../extension/locales/${locale}.yml`, import.meta.url));
  return new Map((await parseMessagesFile(file)).map((message) => [message.key.join('.'), message]));
}

/** A simple message with its named placeholders filled, as @wxt-dev/i18n fills them at run time. */
export function say(catalog: Catalog, key: string, params: Record<string, string>): string {
  const message = catalog.get(key);
  if (message?.type !== 'simple') throw new Error(`no simple message "${key}"`);
  return message.message.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}
