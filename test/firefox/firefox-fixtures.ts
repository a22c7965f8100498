import { test as base } from 'vitest';
import { FirefoxSession } from './firefox';

/** Each test gets its own Firefox profile with the built add-on (a fresh wallet), closed afterwards. */
export const test = base.extend<{ firefox: FirefoxSession }>({
  // eslint-disable-next-line no-empty-pattern
  firefox: async ({}, use) => {
    const firefox = await FirefoxSession.launch();
    try {
      await use(firefox);
    } finally {
      await firefox.close();
    }
  },
});

export { expect } from 'vitest';
