// The page's static chrome (index.html) in the UI language: title and landmark names.
import { t } from '../i18n/index.ts';

export function localisePage(): void {
  document.title = t('page.title');
  const label = (selector: string, text: string) => document.querySelector(selector)?.setAttribute('aria-label', text);
  label('#examples', t('page.examples'));
  label('#sidebar', t('page.sidebar'));
  label('.stage', t('page.canvas'));
  label('#panel', t('page.panel'));
  const busy = document.querySelector('#busy span:last-child');
  if (busy) busy.textContent = t('page.loading');
}
