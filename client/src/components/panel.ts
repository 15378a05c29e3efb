// The side panel: details of the selected node or edge, and the actions on it.
import * as api from '../api/queries.ts';
import type { ArticleRef, Entity, Relation, Statement } from '../api/types.ts';
import { collapse, expand, findPaths, hide } from '../core/graph/actions.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { NODE_TYPE_LABELS, RELATION_LABELS } from '../core/graph/elements.ts';
import { removeEdges } from '../core/graph/model.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { clearSelection, setPathIds, setPathStart } from '../core/selection/actions.ts';
import { track } from '../core/status/actions.ts';
import { clear, h } from './dom.ts';

function articleLine(a: ArticleRef): HTMLElement {
  return h('span', { class: 'source' }, [a.title, a.date, a.source].filter(Boolean).join(' · '));
}

function statementItem(s: Statement, showSpeaker: boolean): HTMLElement {
  return h(
    'li',
    {},
    h('blockquote', {}, `“${s.text}”`),
    showSpeaker && s.speaker ? h('span', { class: 'source' }, `— ${s.speaker.name}`) : null,
    s.sentence && s.sentence !== s.text ? h('span', { class: 'source' }, s.sentence) : null,
    articleLine(s.article),
  );
}

function section<T>(title: string, items: T[], render: (item: T) => HTMLElement, empty = 'None.'): HTMLElement[] {
  return [h('h3', {}, `${title} (${items.length})`), items.length ? h('ul', {}, ...items.map(render)) : h('p', { class: 'meta' }, empty)];
}

function relationItem(r: Relation, from: string): HTMLElement {
  const other = r.source.id === from ? r.target : r.source;
  const arrow = r.source.id === from ? '→' : '←';
  return h('li', {}, `${RELATION_LABELS[r.type]}${r.title ? ` (${r.title})` : ''} ${arrow} ${other.name}`);
}

export function mountPanel(panel: HTMLElement): void {
  let seq = 0;

  function nodeButtons(id: string): HTMLElement {
    const { pathStart } = selectionAtom.get();
    const buttons = h(
      'div',
      { class: 'buttons' },
      h('button', { class: 'primary', 'aria-label': 'Expand: show neighbours', onclick: () => void expand([id]).catch(() => {}) }, 'Expand'),
      h('button', { 'aria-label': 'Collapse: remove neighbours that hang on this node alone', onclick: () => collapse(id) }, 'Collapse'),
      h('button', { 'aria-label': 'Hide this node', onclick: () => { hide([id]); clearSelection(); } }, 'Hide'),
    );
    if (pathStart && pathStart !== id) {
      buttons.append(
        h('button', { 'aria-label': 'Find shortest paths to here', onclick: () => { setPathStart(undefined); void findPaths(pathStart, id).catch(() => {}); } }, 'Paths to here'),
      );
    } else {
      buttons.append(h('button', { 'aria-label': 'Start a path from here', onclick: () => setPathStart(id) }, 'Path from here'));
    }
    if (selectionAtom.get().pathIds.length) buttons.append(h('button', { onclick: () => setPathIds([]) }, 'Clear paths'));
    return buttons;
  }

  function header(title: string, meta: string): HTMLElement[] {
    return [
      h('button', { class: 'close', 'aria-label': 'Close details', onclick: () => clearSelection() }, '×'),
      h('h2', { id: 'panel-title' }, title),
      h('p', { class: 'meta' }, meta),
    ];
  }

  function renderEntity(e: Entity): void {
    clear(panel);
    panel.append(
      ...header(e.name, [NODE_TYPE_LABELS[e.type], e.code, e.reference ? 'reference data' : ''].filter(Boolean).join(' · ')),
      nodeButtons(e.id),
    );
    if (e.aliases.length) panel.append(h('h3', {}, 'Also called'), h('p', {}, e.aliases.join(', ')));
    if (e.roles.length) panel.append(...section('Roles', e.roles, (r) => relationItem(r, e.id)));
    const other = e.relations.filter((r) => r.type !== 'HAS_ROLE');
    if (other.length) panel.append(...section('Relations', other, (r) => relationItem(r, e.id)));
    if (e.type === 'PERSON' || e.statements.length) panel.append(...section('Statements made', e.statements, (s) => statementItem(s, false)));
    panel.append(...section('Statements about', e.statementsAbout, (s) => statementItem(s, true)));
    panel.append(
      ...section('Mentioned in', e.mentions, (m) => h('li', {}, articleLine(m.article), h('span', { class: 'source' }, `named ${m.count}×`))),
    );
  }

  async function showNode(id: string, mine: number): Promise<void> {
    const node = graphAtom.get().nodes.get(id);
    if (node?.type === 'ARTICLE') {
      const a = await track('Article', () => api.article(id));
      if (mine !== seq) return;
      clear(panel);
      if (!a) return void panel.append(...header(node.name, 'Article (no longer in the graph)'));
      panel.append(...header(a.title, ['Article', a.date, a.source, a.section].filter(Boolean).join(' · ')), nodeButtons(id));
      panel.append(...section('Entities', a.entities, (n) => h('li', {}, `${n.name} (${NODE_TYPE_LABELS[n.type]})`)));
      panel.append(...section('Statements', a.statements, (s) => statementItem(s, true)));
      return;
    }
    if (node?.type === 'STATEMENT') {
      // No query fetches a statement by id: its article (over IN) lists it with speaker and context.
      const sub = await track('Statement', () => api.neighbourhood({ ids: [id], depth: 1, relationTypes: ['IN'], limit: 5 }));
      const articleId = sub.nodes.find((n) => n.type === 'ARTICLE')?.id;
      const a = articleId ? await track('Statement', () => api.article(articleId)) : null;
      if (mine !== seq) return;
      const st = a?.statements.find((x) => x.id === id);
      clear(panel);
      panel.append(...header(st?.speaker ? `${st.speaker.name}:` : 'Statement', 'Statement'), nodeButtons(id));
      if (st) {
        panel.append(h('ul', {}, statementItem(st, true)));
        if (st.about.length) panel.append(h('h3', {}, 'About'), h('p', {}, st.about.map((n) => n.name).join(', ')));
      } else panel.append(h('blockquote', {}, `“${node.name}”`));
      return;
    }
    const e = await track('Details', () => api.entity(id)).catch(() => null);
    if (mine !== seq) return;
    if (e) return renderEntity(e);
    clear(panel);
    panel.append(...header(node?.name ?? id, node ? NODE_TYPE_LABELS[node.type] : ''), nodeButtons(id));
  }

  async function showEdge(id: string, mine: number): Promise<void> {
    const r = await track('Evidence', () => api.relation(id));
    if (mine !== seq) return;
    clear(panel);
    if (!r) return void panel.append(...header(id, 'This relation is no longer in the graph.'));
    panel.append(
      ...header(`${r.source.name} ${RELATION_LABELS[r.type]} ${r.target.name}`, [r.type, r.title, r.weight ? `weight ${r.weight}` : '', r.reference ? 'reference data' : ''].filter(Boolean).join(' · ')),
      h('div', { class: 'buttons' }, h('button', { 'aria-label': 'Hide this relation', onclick: () => { graphAtom.set(removeEdges(graphAtom.get(), [id])); clearSelection(); } }, 'Hide')),
      ...section('Evidence', r.evidence, (ev) => h('li', {}, ev.sentence ? h('blockquote', {}, ev.sentence) : null, articleLine(ev.article)), r.reference ? 'From reference data.' : 'None.'),
    );
  }

  selectionAtom.subscribe((s, prev) => {
    const same = s.selected?.id === prev.selected?.id && s.selected?.kind === prev.selected?.kind;
    if (same && s.pathStart === prev.pathStart && s.pathIds === prev.pathIds) return;
    if (!s.selected) {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const mine = ++seq;
    if (!same) {
      clear(panel);
      panel.append(h('p', { class: 'meta' }, 'Loading details…'));
    }
    const run = s.selected.kind === 'node' ? showNode(s.selected.id, mine) : showEdge(s.selected.id, mine);
    run.catch(() => {
      if (mine === seq) {
        clear(panel);
        panel.append(...header('Details unavailable', 'The server did not answer; see the message above.'));
      }
    });
  });
}
