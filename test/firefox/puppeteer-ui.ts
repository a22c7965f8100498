import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Query, TextMatch, Ui, WaitOptions } from '../e2e/driver/ui';
import type { Inspection, SerializedQuery } from './in-page-queries';

/** A lazy reference to elements, like a Playwright locator: the chain of queries is resolved on each use. */
export type Target = { readonly chain: readonly SerializedQuery[]; readonly description: string };

type InPage = typeof import('./in-page-queries');
type WithQueries = { __livegiftQueries?: InPage };

export const DEFAULT_TIMEOUT = 10_000;
const POLL_MS = 100;

let bundled: string | undefined;
/** The in-page query script, bundled once per run (it brings dom-accessibility-api into the page). */
function inPageScript(): string {
  bundled ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./in-page-queries.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    globalName: '__livegiftQueries',
    write: false,
    target: 'firefox115',
  }).outputFiles[0]!.text;
  return bundled;
}

const serialize = (match: TextMatch): string | { source: string; flags: string } =>
  typeof match === 'string' ? match : { source: match.source, flags: match.flags };

function serializeQuery(query: Query): SerializedQuery {
  if ('role' in query) return { role: query.role, name: query.name === undefined ? undefined : serialize(query.name), exact: query.exact };
  if ('label' in query) return { label: serialize(query.label), exact: query.exact };
  if ('text' in query) return { text: serialize(query.text), exact: query.exact };
  return query;
}

const describe = (query: Query) => JSON.stringify(query, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value));

/** Polls `check` until it returns a value other than undefined, or fails with what it saw last. */
async function waitFor<T>(what: string, check: () => Promise<{ done: T } | { seen: string }>, timeout = DEFAULT_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeout;
  let seen: string;
  for (;;) {
    try {
      const outcome = await check();
      if ('done' in outcome) return outcome.done;
      seen = outcome.seen;
    } catch (error) {
      // A navigating page loses its execution context: look again.
      seen = (error as Error).message;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting until ${what}; last seen: ${seen}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The page objects' driver over Puppeteer (Firefox through WebDriver BiDi). */
export function puppeteerUi(page: Page): Ui<Target> & { handle(target: Target): Promise<ElementHandle<Element>> } {
  /** What `target` finds right now; injects the query script into the page when it is missing (one round trip otherwise). */
  async function inspect(target: Target): Promise<Inspection> {
    const chain = target.chain as SerializedQuery[];
    const look = () => page.evaluate((chain) => (globalThis as WithQueries).__livegiftQueries?.inspect(chain as SerializedQuery[]) ?? null, chain);
    const found = await look();
    if (found) return found;
    await page.evaluate(inPageScript());
    return (await look())!;
  }

  /** Waits until `target` finds exactly one element and `test` holds for it. */
  const expectOne = (target: Target, what: string, test: (first: NonNullable<Inspection['first']>) => boolean, options?: WaitOptions) =>
    waitFor(
      `${target.description} ${what}`,
      async () => {
        const found = await inspect(target);
        if (found.count !== 1 || !found.first) return { seen: `${found.count} elements` };
        return test(found.first) ? { done: undefined } : { seen: JSON.stringify(found.first) };
      },
      options?.timeout,
    );

  /** The one element `target` finds once it is visible and enabled (Playwright's actionability). */
  async function actionable(target: Target): Promise<ElementHandle<Element>> {
    await expectOne(target, 'is one visible, enabled element', (first) => first.visible && first.enabled);
    return handle(target);
  }

  async function handle(target: Target): Promise<ElementHandle<Element>> {
    await inspect(target);
    const found = await page.evaluateHandle(
      (chain) => (globalThis as WithQueries).__livegiftQueries!.resolve(chain as SerializedQuery[])[0] ?? null,
      target.chain as SerializedQuery[],
    );
    const element = found.asElement();
    if (!element) throw new Error(`Nothing found for ${target.description}`);
    return element as ElementHandle<Element>;
  }

  return {
    handle,
    find(query, within) {
      return { chain: [...(within?.chain ?? []), serializeQuery(query)], description: [within?.description, describe(query)].filter(Boolean).join(' › ') };
    },
    async click(target) {
      await (await actionable(target)).click();
    },
    async fill(target, value) {
      const element = await actionable(target);
      await element.evaluate((input) => {
        (input as HTMLInputElement).focus();
        (input as HTMLInputElement).value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      if (value !== '') await element.type(value);
    },
    async check(target) {
      const element = await actionable(target);
      if (!(await element.evaluate((input) => (input as HTMLInputElement).checked))) await element.click();
      await waitFor(`${target.description} is checked`, async () =>
        (await element.evaluate((input) => (input as HTMLInputElement).checked)) ? { done: true } : { seen: 'unchecked' },
      );
    },
    async selectOptionByText(target, optionText) {
      const element = (await actionable(target)) as ElementHandle<HTMLSelectElement>;
      const value = await element.evaluate(
        (select, wanted) => Array.from(select.options).find((option) => option.text.includes(wanted))?.value ?? null,
        optionText,
      );
      if (value === null) throw new Error(`${target.description} has no option "${optionText}"`);
      await element.select(value);
    },
    isVisible: async (target) => (await inspect(target)).first?.visible ?? false,
    expectVisible: (target, options) => expectOne(target, 'is visible', (first) => first.visible, options),
    expectHidden: (target, options) =>
      waitFor(
        `${target.description} is hidden`,
        async () => ((await inspect(target)).anyVisible ? { seen: 'visible' } : { done: undefined }),
        options?.timeout,
      ),
    expectText: (target, text, options) =>
      expectOne(target, `has text ${String(text)}`, ({ text: actual }) => (typeof text === 'string' ? actual === text.replace(/\s+/g, ' ').trim() : text.test(actual)), options),
    expectContainsText: (target, text, options) => expectOne(target, `contains text "${text}"`, ({ text: actual }) => actual.includes(text), options),
    expectCount: (target, count, options) =>
      waitFor(
        `${target.description} has ${count} elements`,
        async () => {
          const found = (await inspect(target)).count;
          return found === count ? { done: undefined } : { seen: `${found} elements` };
        },
        options?.timeout,
      ),
  };
}
