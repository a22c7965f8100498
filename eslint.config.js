import { existsSync, readdirSync, readFileSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core's entry points for code outside it: `@core`, `@core/<domain>` (a folder with an index.ts) and the
// leaves listed, with their reason, in core/entry-points.json (zod-free or size-critical modules).
const coreDomains = readdirSync('core', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(`core/${entry.name}/index.ts`))
  .map((entry) => entry.name);
const coreLeaves = Object.keys(JSON.parse(readFileSync('core/entry-points.json', 'utf8')).leaves);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const coreEntryPoint = [...coreDomains, ...coreLeaves].map(escape).join('|');

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // Unused bindings named with a leading underscore are deliberate (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The core is pure logic: no DOM, no extension APIs.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'localStorage', 'navigator'],
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', 'preact', 'preact/*', '@preact/*'] }],
    },
  },
  {
    // Outside the core, the core is reached through its entry points only. Unit tests of the core
    // (test/unit/core/) may import any of its modules, to test what the entry points keep inside.
    files: ['extension/**/*.{ts,tsx}', 'widget/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', '*.ts'],
    ignores: ['test/unit/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\.?/)+(\\.\\./)*core(/|$)', message: 'Import the core through `@core` or one of its entry points.' },
            {
              regex: `^@core/(?!(${coreEntryPoint})$)`,
              message: 'Not an entry point of the core: use `@core`, `@core/<domain>` or a leaf of core/entry-points.json.',
            },
          ],
        },
      ],
    },
  },
);
