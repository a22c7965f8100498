/**
 * What a page object needs from a browser driver, so one page object drives both the Chromium tests
 * (Playwright, `playwright-ui.ts`) and the Firefox tests (Puppeteer, `test/firefox/puppeteer-ui.ts`).
 * Queries follow Playwright's `getBy*` meaning: a string name or text matches case-insensitively as a
 * substring unless `exact`, a RegExp matches as it says; roles and names are the accessibility tree's.
 * Actions wait until their target is alone, visible and enabled; expectations wait until they hold.
 */
export type Role =
  | 'alert'
  | 'alertdialog'
  | 'button'
  | 'checkbox'
  | 'combobox'
  | 'dialog'
  | 'group'
  | 'heading'
  | 'img'
  | 'link'
  | 'listitem'
  | 'radio'
  | 'region'
  | 'spinbutton'
  | 'status'
  | 'textbox';

export type TextMatch = string | RegExp;

export type Query =
  | { role: Role; name?: TextMatch; exact?: boolean }
  | { label: TextMatch; exact?: boolean }
  | { text: TextMatch; exact?: boolean }
  | { testId: string }
  | { css: string }
  /** The n-th (from 0) of what the previous query found. */
  | { nth: number };

export type WaitOptions = { timeout?: number };

export interface Ui<E> {
  /** A lazy reference to what `query` finds in the page, or inside `within`. Nothing is looked up yet. */
  find(query: Query, within?: E): E;
  click(target: E): Promise<void>;
  fill(target: E, value: string): Promise<void>;
  check(target: E): Promise<void>;
  /** Selects the option whose text contains `optionText`. */
  selectOptionByText(target: E, optionText: string): Promise<void>;
  /** Whether it is visible right now (no waiting). */
  isVisible(target: E): Promise<boolean>;
  expectVisible(target: E, options?: WaitOptions): Promise<void>;
  expectHidden(target: E, options?: WaitOptions): Promise<void>;
  /** The whole text (whitespace normalised) equals a string, or matches a RegExp. */
  expectText(target: E, text: TextMatch, options?: WaitOptions): Promise<void>;
  expectContainsText(target: E, text: string, options?: WaitOptions): Promise<void>;
  expectCount(target: E, count: number, options?: WaitOptions): Promise<void>;
}
