// The paths between two nodes as lists of hops (entity — relation — entity, with its sentence); one is highlighted.
import type { ApiPath } from '../api/queries.ts';
import { RELATION_LABELS } from '../core/graph/elements.ts';
import { choosePath, clearPaths } from '../core/paths/actions.ts';
import { pathsAtom } from '../core/paths/atom.ts';
import { t } from '../i18n/index.ts';
import { clear, h } from './dom.ts';

function hopList(path: ApiPath, sentences: ReadonlyMap<string, string | null>): HTMLElement {
  return h(
    'ol',
    { class: 'hops' },
    ...path.edges.map((edge, i) => {
      const [a, b] = [path.nodes[i], path.nodes[i + 1]];
      const forward = edge.source === a.id;
      const relation = `${forward ? '' : '← '}${RELATION_LABELS[edge.type]}${edge.title ? ` (${edge.title})` : ''}${forward ? ' →' : ''}`;
      const sentence = sentences.get(edge.id);
      return h(
        'li',
        { 'data-edge': edge.id },
        h('span', { class: 'hop' }, h('b', {}, a.name), ` — ${relation} — `, h('b', {}, b.name)),
        sentence === undefined ? null : h('span', { class: 'source' }, sentence ?? t('paths.noEvidence')),
      );
    }),
  );
}

export function mountPaths(root: HTMLElement): void {
  root.hidden = true;
  pathsAtom.subscribe((state) => {
    clear(root);
    root.hidden = state.paths.length === 0;
    if (root.hidden) return;
    root.append(
      h('button', { class: 'close', 'aria-label': t('paths.close'), onclick: clearPaths }, '×'),
      h('h2', {}, `${t('paths.title')} (${state.paths.length})`),
      h(
        'ul',
        { class: 'path-list' },
        ...state.paths.map((path, i) =>
          h(
            'li',
            { class: i === state.chosen ? 'chosen' : '', 'data-path': i },
            h('button', { 'aria-label': t('paths.showPath', { number: i + 1 }), 'aria-pressed': String(i === state.chosen), onclick: () => choosePath(i) }, `${i + 1}. ${(path.length === 1 ? t('paths.hop') : t('paths.hops', { count: path.length }))}`),
            hopList(path, state.sentences),
          ),
        ),
      ),
    );
  });
}
