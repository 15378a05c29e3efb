// The language switch in the toolbar.
import { lang, LANGS, switchLang, t, type Lang } from '../i18n/index.ts';
import { h } from './dom.ts';

export function createLanguageSwitch(): HTMLElement {
  const select = h('select', { id: 'language', 'aria-label': t('language.label') },
    ...LANGS.map((l) => h('option', { value: l, selected: l === lang }, t(`language.${l}`))));
  select.addEventListener('change', () => switchLang(select.value as Lang));
  return select;
}
