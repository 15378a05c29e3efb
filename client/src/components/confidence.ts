// The minimum-confidence control: text facts below it are hidden; reference facts count as 1.
import { filtersAtom } from '../core/filters/atom.ts';
import { setMinConfidence } from '../core/filters/actions.ts';
import { t } from '../i18n/index.ts';
import { h } from './dom.ts';

export function createConfidenceControl(): HTMLElement {
  const input = h('input', { type: 'range', id: 'min-confidence', min: 0, max: 1, step: 0.05, 'aria-label': t('confidence.label') });
  const out = h('output', { for: 'min-confidence' });
  const render = () => {
    const v = filtersAtom.get().minConfidence;
    input.value = String(v);
    out.textContent = v.toFixed(2);
  };
  input.addEventListener('input', () => (out.textContent = Number(input.value).toFixed(2)));
  input.addEventListener('change', () => setMinConfidence(Number(input.value)));
  filtersAtom.subscribe(render);
  render();
  return h(
    'div',
    { class: 'confidence' },
    h('h2', {}, t('confidence.heading')),
    h('label', {}, t('confidence.minimum'), input, out),
    h('p', { class: 'hint' }, t('confidence.hint')),
    h('p', { class: 'legend-line' }, h('span', { class: 'line solid', 'aria-hidden': 'true' }), t('confidence.text')),
    h('p', { class: 'legend-line' }, h('span', { class: 'line dashed', 'aria-hidden': 'true' }), t('confidence.reference')),
  );
}
