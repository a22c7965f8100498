import { i18n } from '#i18n';
import { uiLocale } from './format';

/** Sets the page's language and title from the UI language, so screen readers pronounce it right. */
export function mountPage(titleKey: 'extName' | 'history.title' | 'options.title' | 'scam.page.title'): void {
  document.documentElement.lang = uiLocale;
  document.title = i18n.t(titleKey);
}
