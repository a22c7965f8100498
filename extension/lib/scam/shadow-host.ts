const sheets = new Map<string, CSSStyleSheet>();

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
 * An element with an open shadow root carrying its own styles, so the page's CSS cannot restyle or hide
 * our warnings and ours cannot leak into the page. (Custom elements are unavailable to content scripts.)
 */
export function createShadowHost(tag: 'span' | 'div', marker: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(marker, '');
  const root = host.attachShadow({ mode: 'open' });
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
