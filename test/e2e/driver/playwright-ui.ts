import { expect, type Locator, type Page } from '@playwright/test';
import type { Query, Ui } from './ui';

/** The page objects' driver over Playwright: queries are locators, expectations are Playwright's. */
export function playwrightUi(page: Page): Ui<Locator> {
  return {
    find(query: Query, within?: Locator) {
      if ('nth' in query) return (within ?? page.locator(':root')).nth(query.nth);
      const scope = within ?? page;
      if ('role' in query) return scope.getByRole(query.role, { name: query.name, exact: query.exact });
      if ('label' in query) return scope.getByLabel(query.label, { exact: query.exact });
      if ('text' in query) return scope.getByText(query.text, { exact: query.exact });
      if ('testId' in query) return scope.getByTestId(query.testId);
      return scope.locator(query.css);
    },
    click: (target) => target.click(),
    fill: (target, value) => target.fill(value),
    check: (target) => target.check(),
    async selectOptionByText(target, optionText) {
      const value = await target.locator('option', { hasText: optionText }).getAttribute('value');
      await target.selectOption(value!);
    },
    isVisible: (target) => target.isVisible(),
    expectVisible: (target, options) => expect(target).toBeVisible(options),
    expectHidden: (target, options) => expect(target).toBeHidden(options),
    expectText: (target, text, options) => expect(target).toHaveText(text, options),
    expectContainsText: (target, text, options) => expect(target).toContainText(text, options),
    expectCount: (target, count, options) => expect(target).toHaveCount(count, options),
  };
}
