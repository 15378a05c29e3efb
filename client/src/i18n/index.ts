// The UI language: Bokmål for a Norwegian browser, English otherwise, or what the user chose in the toolbar.
import { en, type MessageKey } from './en.ts';
import { nb } from './nb.ts';

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { nb, en };
const STORAGE_KEY = 'kg-lang';

/** A stored choice wins; else nb, nn and no (any region) give Bokmål; everything else English. */
export function detectLang(stored: string | null | undefined, languages: readonly string[]): Lang {
  if (stored === 'nb' || stored === 'en') return stored;
  const first = (languages[0] ?? '').toLowerCase();
  return /^(nb|nn|no)\b/.test(first) ? 'nb' : 'en';
}

/** Fills `{name}` placeholders. */
export function format(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

function browserLang(): Lang {
  if (typeof navigator === 'undefined') return 'en';
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (private mode, sandboxed frames): the browser's language decides.
  }
  return detectLang(stored, navigator.languages?.length ? navigator.languages : [navigator.language]);
}

export const lang: Lang = browserLang();
if (typeof document !== 'undefined') document.documentElement.lang = lang;

export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return format(MESSAGES[lang][key] ?? en[key], vars);
}

/** Stores the choice and reloads: the view lives in the URL, so it comes back in the other language. */
export function switchLang(next: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    return;
  }
  location.reload();
}

/** "1 234" or "1,234" as the language writes numbers. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en-GB').format(n);
}

/** "jan. 2022" / "Jan 2022" for a YYYY-MM month. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, 1)),
  );
}
