/**
 * Runs inside the page under test (bundled by `puppeteer-ui.ts`): finds elements the way Playwright's
 * `getBy*` queries do, through open shadow roots, with roles and accessible names computed by
 * dom-accessibility-api (the W3C accessible-name algorithm).
 */
import { computeAccessibleName, getRole } from 'dom-accessibility-api';

type TextMatch = string | { source: string; flags: string };
export type SerializedQuery =
  | { role: string; name?: TextMatch; exact?: boolean }
  | { label: TextMatch; exact?: boolean }
  | { text: TextMatch; exact?: boolean }
  | { testId: string }
  | { css: string }
  | { nth: number };

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function matchesText(actual: string, expected: TextMatch, exact = false): boolean {
  const text = normalise(actual);
  if (typeof expected !== 'string') return new RegExp(expected.source, expected.flags).test(text);
  return exact ? text === normalise(expected) : text.toLowerCase().includes(normalise(expected).toLowerCase());
}

/** Every element under `root`, in document order, entering open shadow roots. */
function descendants(root: Document | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Document | Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return found;
}

/** Not exposed to assistive technology: hidden by CSS, `hidden` or aria-hidden on it or an ancestor. */
function hiddenFromAccessibility(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true })) return true;
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
    if (node.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

const isLabelable = (element: Element) => /^(INPUT|SELECT|TEXTAREA|BUTTON|METER|OUTPUT|PROGRESS)$/.test(element.tagName) || element.hasAttribute('aria-labelledby') || element.hasAttribute('aria-label');

function ownText(element: Element): string {
  return element.textContent ?? '';
}

function find(root: Document | Element, query: Exclude<SerializedQuery, { nth: number }>): Element[] {
  const all = descendants(root);
  if ('css' in query) return all.filter((element) => element.matches(query.css));
  if ('testId' in query) return all.filter((element) => element.getAttribute('data-testid') === query.testId);
  if ('role' in query) {
    return all.filter(
      (element) =>
        getRole(element) === query.role &&
        !hiddenFromAccessibility(element) &&
        (query.name === undefined || matchesText(computeAccessibleName(element), query.name, query.exact)),
    );
  }
  if ('label' in query) {
    return all.filter((element) => isLabelable(element) && matchesText(computeAccessibleName(element), query.label, query.exact));
  }
  // Text: the innermost elements whose text matches (not every ancestor of them).
  const matching = all.filter((element) => !/^(SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName) && matchesText(ownText(element), query.text, query.exact));
  return matching.filter((element) => !matching.some((other) => other !== element && element.contains(other)));
}

/** Resolves a chain of queries, each one inside what the previous one found. */
export function resolve(chain: SerializedQuery[]): Element[] {
  let scopes: (Document | Element)[] = [document];
  for (const query of chain) {
    scopes = 'nth' in query ? scopes.slice(query.nth, query.nth + 1) : [...new Set(scopes.flatMap((scope) => find(scope, query)))];
  }
  return scopes as Element[];
}

export const isVisible = (element: Element) => element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0;

export const isEnabled = (element: Element) => !element.matches(':disabled') && element.closest('[aria-disabled="true"]') === null;

export const text = (element: Element) => normalise(element.textContent ?? '');

/** What the driver needs to know about what a chain of queries finds. */
export type Inspection = { count: number; anyVisible: boolean; first?: { text: string; visible: boolean; enabled: boolean } };

export function inspect(chain: SerializedQuery[]): Inspection {
  const elements = resolve(chain);
  const first = elements[0];
  return {
    count: elements.length,
    anyVisible: elements.some(isVisible),
    first: first && { text: text(first), visible: isVisible(first), enabled: isEnabled(first) },
  };
}
