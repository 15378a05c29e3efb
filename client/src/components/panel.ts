// The side panel: details of the selected node or edge, and the actions on it.
import * as api from '../api/queries.ts';
import type { ArticleRef, Entity, GraphNode, Relation, Statement } from '../api/types.ts';
import { collapse, expand, findPaths, hide } from '../core/graph/actions.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { NODE_TYPE_LABELS, RELATION_LABELS } from '../core/graph/elements.ts';
import { removeEdges } from '../core/graph/model.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { clearSelection, setPathIds, setPathStart } from '../core/selection/actions.ts';
import { statementDetails } from '../core/selection/details.ts';
import { track } from '../core/status/actions.ts';
import { clear, h } from './dom.ts';
import { t } from '../i18n/index.ts';
import { onRangeChange, withinRange } from './ranged.ts';
import { readButton } from './reader.ts';
import { entityCorrections, relationRetract, statementRetract } from './corrections.ts';
import { correctionsAtom } from '../core/corrections/atom.ts';

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
    readButton(s.article, s.sentence),
  );
}

function section<T>(title: string, all: T[], render: (item: T) => HTMLElement, empty = t('panel.none'), dateOf?: (item: T) => string | null | undefined): HTMLElement[] {
  const { kept: items, note } = dateOf ? withinRange(all, dateOf) : { kept: all, note: null };
  const list = [h('h3', {}, `${title} (${items.length})`), items.length ? h('ul', {}, ...items.map(render)) : h('p', { class: 'meta' }, empty)];
  return note ? [list[0]!, note, list[1]!] : list;
}

/** Statements, mentions and evidence are dated by their article. */
const byArticle = (item: { article: ArticleRef }) => item.article.date;

function relationItem(r: Relation, from: string): HTMLElement {
  const other = r.source.id === from ? r.target : r.source;
  const arrow = r.source.id === from ? '→' : '←';
  return h('li', {}, `${RELATION_LABELS[r.type]}${r.title ? ` (${r.title})` : ''} ${arrow} ${other.name}`);
}

function nodeButtons(id: string): HTMLElement {
  const { pathStart } = selectionAtom.get();
  const buttons = h(
    'div',
    { class: 'buttons' },
    h('button', { class: 'primary', 'aria-label': t('panel.expand.label'), onclick: () => void expand([id]).catch(() => {}) }, t('panel.expand')),
    h('button', { 'aria-label': t('panel.collapse.label'), onclick: () => collapse(id) }, t('panel.collapse')),
    h('button', { 'aria-label': t('panel.hide.label'), onclick: () => { hide([id]); clearSelection(); } }, t('panel.hide')),
  );
  if (pathStart && pathStart !== id) {
    buttons.append(
      h('button', { 'aria-label': t('panel.pathsTo.label'), onclick: () => { setPathStart(undefined); void findPaths(pathStart, id).catch(() => {}); } }, t('panel.pathsTo')),
    );
  } else {
    buttons.append(h('button', { 'aria-label': t('panel.pathFrom.label'), onclick: () => setPathStart(id) }, t('panel.pathFrom')));
  }
  if (selectionAtom.get().pathIds.length) buttons.append(h('button', { onclick: () => setPathIds([]) }, t('panel.clearPaths')));
  return buttons;
}

function header(title: string, meta: string): HTMLElement[] {
  return [
    h('button', { class: 'close', 'aria-label': t('panel.close.label'), onclick: () => clearSelection() }, t('panel.close')),
    h('h2', { id: 'panel-title' }, title),
    h('p', { class: 'meta' }, meta),
  ];
}

type Current = () => boolean;

function renderEntity(panel: HTMLElement, e: Entity): void {
  clear(panel);
  panel.append(...header(e.name, [NODE_TYPE_LABELS[e.type], e.code, e.reference ? t('panel.reference') : ''].filter(Boolean).join(' · ')), nodeButtons(e.id));
  if (e.aliases.length) panel.append(h('h3', {}, t('panel.aliases')), h('p', {}, e.aliases.join(', ')));
  if (e.roles.length) panel.append(...section(t('panel.roles'), e.roles, (r) => relationItem(r, e.id)));
  const other = e.relations.filter((r) => r.type !== 'HAS_ROLE');
  if (other.length) panel.append(...section(t('panel.relations'), other, (r) => relationItem(r, e.id)));
  if (e.type === 'PERSON' || e.statements.length) panel.append(...section(t('panel.statementsMade'), e.statements, (s) => statementItem(s, false), undefined, byArticle));
  panel.append(...section(t('panel.statementsAbout'), e.statementsAbout, (s) => statementItem(s, true), undefined, byArticle));
  panel.append(
    ...section(t('panel.mentionedIn'), e.mentions, (m) => h('li', {}, articleLine(m.article), h('span', { class: 'source' }, t('panel.named', { count: m.count })), readButton(m.article)), undefined, byArticle),
    entityCorrections(e),
  );
}

async function showArticle(panel: HTMLElement, node: GraphNode, current: Current): Promise<void> {
  const a = await track(t('type.ARTICLE'), () => api.article(node.id));
  if (!current()) return;
  clear(panel);
  if (!a) return void panel.append(...header(node.name, t('panel.articleGone')));
  panel.append(...header(a.title, [t('type.ARTICLE'), a.date, a.source, a.section].filter(Boolean).join(' · ')), nodeButtons(node.id));
  panel.querySelector('.buttons')?.prepend(readButton(a, null, t('reader.openArticle')));
  panel.append(...section(t('panel.entities'), a.entities, (n) => h('li', {}, `${n.name} (${NODE_TYPE_LABELS[n.type]})`)));
  panel.append(...section(t('panel.statements'), a.statements, (s) => statementItem(s, true), undefined, byArticle));
}

async function showStatement(panel: HTMLElement, node: GraphNode, current: Current): Promise<void> {
  const st = await statementDetails(node.id);
  if (!current()) return;
  clear(panel);
  panel.append(...header(st?.speaker ? `${st.speaker.name}:` : t('type.STATEMENT'), t('type.STATEMENT')), nodeButtons(node.id));
  if (!st) return void panel.append(h('blockquote', {}, `“${node.name}”`));
  panel.querySelector('.buttons')?.append(statementRetract(st.id));
  panel.append(h('ul', {}, statementItem(st, true)));
  if (st.about.length) panel.append(h('h3', {}, t('panel.about')), h('p', {}, st.about.map((n) => n.name).join(', ')));
}

async function showNode(panel: HTMLElement, id: string, current: Current): Promise<void> {
  const node = graphAtom.get().nodes.get(id);
  if (node?.type === 'ARTICLE') return showArticle(panel, node, current);
  if (node?.type === 'STATEMENT') return showStatement(panel, node, current);
  const e = await track(t('panel.details'), () => api.entity(id)).catch(() => null);
  if (!current()) return;
  if (e) return renderEntity(panel, e);
  clear(panel);
  panel.append(...header(node?.name ?? id, node ? NODE_TYPE_LABELS[node.type] : ''), nodeButtons(id));
}

async function showEdge(panel: HTMLElement, id: string, current: Current): Promise<void> {
  const r = await track(t('panel.evidence'), () => api.relation(id));
  if (!current()) return;
  clear(panel);
  if (!r) return void panel.append(...header(id, t('panel.relationGone')));
  const hideEdge = () => {
    graphAtom.set(removeEdges(graphAtom.get(), [id]));
    clearSelection();
  };
  panel.append(
    ...header(`${r.source.name} ${RELATION_LABELS[r.type]} ${r.target.name}`, [r.type, r.title, r.weight ? t('panel.weight', { weight: r.weight }) : '', r.reference ? t('panel.reference') : ''].filter(Boolean).join(' · ')),
    h('div', { class: 'buttons' }, h('button', { 'aria-label': t('panel.hideEdge.label'), onclick: hideEdge }, t('panel.hideEdge')), r.reference ? null : relationRetract(r.id)),
    ...section(t('panel.evidence'), r.evidence, (ev) => h('li', {}, ev.sentence ? h('blockquote', {}, ev.sentence) : null, articleLine(ev.article), readButton(ev.article, ev.sentence)), r.reference ? t('panel.fromReference') : t('panel.none'), byArticle),
  );
}

export function mountPanel(panel: HTMLElement): void {
  let seq = 0;
  /** Shows the selection; an answer that comes after a newer selection is dropped. */
  const show = (sel: { kind: 'node' | 'edge'; id: string }) => {
    const mine = ++seq;
    const current = () => mine === seq;
    return { run: sel.kind === 'node' ? showNode(panel, sel.id, current) : showEdge(panel, sel.id, current), current };
  };

  // A new time range or a correction: the same selection, as the graph now has it.
  const again = () => {
    const sel = selectionAtom.get().selected;
    if (sel) void show(sel).run.catch(() => {});
  };
  onRangeChange(again);
  correctionsAtom.subscribe((s, prev) => {
    if (s.revision !== prev.revision) again();
  });

  selectionAtom.subscribe((s, prev) => {
    const same = s.selected?.id === prev.selected?.id && s.selected?.kind === prev.selected?.kind;
    if (same && s.pathStart === prev.pathStart && s.pathIds === prev.pathIds) return;
    panel.hidden = !s.selected;
    if (!s.selected) return;
    if (!same) {
      clear(panel);
      panel.append(h('p', { class: 'meta' }, t('panel.loading')));
    }
    const { run, current } = show(s.selected);
    run.catch(() => {
      if (!current()) return;
      clear(panel);
      panel.append(...header(t('panel.unavailable'), t('panel.unavailableHint')));
    });
  });
}
