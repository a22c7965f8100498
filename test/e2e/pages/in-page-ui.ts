import { expect, type CDPSession, type Page } from '@playwright/test';

/**
 * What the extension draws in web pages lives in closed shadow roots: no page script, and so no Playwright
 * locator, can reach in. Tests look with DevTools' eyes instead (the DOM domain pierces closed roots) and click
 * with the real mouse, so every click is a trusted one, as the viewer's would be.
 */
interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/** One element with a role inside a drawn part: its role, accessible label and text. */
export interface DrawnElement {
  role: string | null;
  label: string | null;
  title: string | null;
  tag: string;
  text: string;
  backendNodeId: number;
}

/** One part the extension drew (a badge, the link warning, the banner): a closed shadow root's host. */
export interface DrawnPart {
  /** The id of the element just before the host, e.g. the link a badge follows. */
  after: string | null;
  text: string;
  elements: DrawnElement[];
  hostBackendNodeId: number;
  /** The host's own attributes, which a page stylesheet could select on. */
  hostAttributes: string[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page).then(async (s) => {
      await s.send('DOM.enable');
      await s.send('CSS.enable');
      return s;
    });
    sessions.set(page, session);
  }
  return session;
}

const attribute = (node: DomNode, name: string): string | null => {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name) return attrs[i + 1]!;
  return null;
};

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (node.nodeName === 'STYLE') return '';
  return [...(node.shadowRoots ?? []), ...(node.children ?? [])].map(textOf).join('');
}

function elementsOf(node: DomNode, into: DrawnElement[]): DrawnElement[] {
  if (node.nodeType === 1) {
    into.push({
      role: attribute(node, 'role'),
      label: attribute(node, 'aria-label'),
      title: attribute(node, 'title'),
      tag: node.nodeName.toLowerCase(),
      text: textOf(node),
      backendNodeId: node.backendNodeId,
    });
  }
  for (const child of node.children ?? []) elementsOf(child, into);
  return into;
}

/** Every closed-shadow part in the page, in document order. */
export async function drawnParts(page: Page): Promise<DrawnPart[]> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const parts: DrawnPart[] = [];
  const visit = (node: DomNode) => {
    const children = node.children ?? [];
    children.forEach((child, i) => {
      const shadow = child.shadowRoots?.find((s) => s.shadowRootType === 'closed');
      if (shadow) {
        const previous = children.slice(0, i).reverse().find((sibling) => sibling.nodeType === 1);
        parts.push({
          after: previous ? attribute(previous, 'id') : null,
          text: textOf(shadow),
          elements: elementsOf(shadow, []),
          hostBackendNodeId: child.backendNodeId,
          hostAttributes: (child.attributes ?? []).filter((_, j) => j % 2 === 0),
        });
      }
      visit(child);
    });
  };
  visit(root);
  return parts;
}

/** The badge after the link with this id, or null. */
export async function badgeAfter(page: Page, linkId: string): Promise<DrawnPart | null> {
  return (await drawnParts(page)).find((part) => part.after === linkId && part.elements.some((e) => e.role === 'img')) ?? null;
}

/** The drawn part holding an element with this role (alertdialog: the link warning; alert: the banner), or null. */
export async function partWithRole(page: Page, role: string): Promise<DrawnPart | null> {
  return (await drawnParts(page)).find((part) => part.elements.some((e) => e.role === role)) ?? null;
}

/** True when the element takes up room on screen and nothing hides it: what the viewer would see. */
export async function isShown(page: Page, backendNodeId: number): Promise<boolean> {
  const session = await cdp(page);
  try {
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId })) as { model: { width: number; height: number } };
    if (model.width === 0 || model.height === 0) return false;
  } catch {
    return false; // display: none, or not in the document
  }
  const { nodeIds } = (await session.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] })) as { nodeIds: number[] };
  const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0]! })) as {
    computedStyle: { name: string; value: string }[];
  };
  const style = (name: string) => computedStyle.find((entry) => entry.name === name)?.value;
  return style('visibility') === 'visible' && style('opacity') === '1';
}

/** Clicks a button inside a drawn part with the real mouse (a trusted click), found by its text. */
export async function clickDrawnButton(page: Page, role: string, buttonText: string): Promise<void> {
  await expect.poll(async () => (await partWithRole(page, role))?.elements.some((e) => e.tag === 'button' && e.text === buttonText)).toBe(true);
  const part = (await partWithRole(page, role))!;
  const button = part.elements.find((e) => e.tag === 'button' && e.text === buttonText)!;
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
