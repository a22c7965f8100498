const sheets = new Map<string, CSSStyleSheet>();

/** A host's inline style: `all: initial`, then the given declarations, every one `!important`. Built once per kind of host. */
export interface HostStyle {
  cssText: string;
}
export const hostStyle = (declarations: Record<string, string>): HostStyle => ({
  cssText: ['all: initial !important', ...Object.entries(declarations).map(([name, value]) => `${name}: ${value} !important`)].join('; '),
});

/** One constructed sheet per CSS text, shared by every host: 200 badges must not mean 200 style parses. */
function sharedSheet(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/**
 * An element with a closed shadow root carrying its own styles, for everything LiveGift draws in a page.
 * Closed: page scripts cannot reach in to read or click it. No attribute or class a page stylesheet could
 * select, and the host's own box set inline with !important (`hostStyle`), which no author rule outranks;
 * `all: initial` first resets whatever else the page's rules would give a span or div.
 * (Custom elements are unavailable to content scripts.)
 */
export function createShadowHost(tag: 'span' | 'div', css: string, hostStyle: HostStyle): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.style.cssText = hostStyle.cssText;
  const root = host.attachShadow({ mode: 'closed' });
  try {
    root.adoptedStyleSheets = [sharedSheet(css)];
  } catch {
    // Firefox's content-script sandbox may refuse a sheet built in the script's own compartment.
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
  return { host, root };
}

/** Only the viewer's own input counts: a page script can dispatch clicks and keys, but never trusted ones. */
export const byViewer = <E extends Event>(handler: (event: E) => void) => (event: E) => {
  if (event.isTrusted) handler(event);
};
