/**
 * An element with an open shadow root carrying its own styles, so the page's CSS cannot restyle or hide
 * our warnings and ours cannot leak into the page. (Custom elements are unavailable to content scripts.)
 */
export function createShadowHost(tag: 'span' | 'div', marker: string, css: string): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  host.setAttribute(marker, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
