// The right-click menu: actions on a node, on the selection (several nodes), or on the canvas.
import type { Core, EventObject, NodeCollection } from 'cytoscape';
import { collapse, expand, findPaths, hide } from '../core/graph/actions.ts';
import { graphAtom } from '../core/graph/atom.ts';
import { removeEdges } from '../core/graph/model.ts';
import { selectionAtom } from '../core/selection/atom.ts';
import { clearSelection, setPathStart } from '../core/selection/actions.ts';
import { t } from '../i18n/index.ts';
import { h } from './dom.ts';

type Item = [label: string, run: () => void];

export interface MenuActions {
  fit(): void;
  relayout(): void;
}

/** Pinned nodes keep their place in every layout (the layouts read the class). */
export function setPinned(nodes: NodeCollection, on: boolean): void {
  nodes.toggleClass('pinned', on);
}

function nodeItems(cy: Core, target: cytoscape.NodeSingular): Item[] {
  const selected = cy.nodes(':selected');
  const many = target.selected() && selected.length > 1 ? selected : null;
  const ids = many ? many.map((n) => n.id()) : [target.id()];
  const nodes: NodeCollection = many ?? cy.collection().union(target).nodes();
  const pinned = nodes.filter('.pinned').length === nodes.length;
  const items: Item[] = [
    [many ? t('menu.expandSelected', { count: ids.length }) : t('menu.expand'), () => void expand(ids).catch(() => {})],
    [many ? t('menu.hideSelected', { count: ids.length }) : t('menu.hide'), () => (hide(ids), clearSelection())],
    [pinned ? t('menu.unpin') : many ? t('menu.pinSelected', { count: ids.length }) : t('menu.pin'), () => setPinned(nodes, !pinned)],
    [t('menu.selectNeighbours'), () => nodes.union(nodes.neighborhood('node')).select()],
  ];
  if (!many) {
    items.splice(2, 0, [t('menu.collapse'), () => void collapse(target.id())]);
    const start = selectionAtom.get().pathStart;
    if (start && start !== target.id()) items.push([t('menu.pathTo'), () => (setPathStart(undefined), void findPaths(start, target.id()).catch(() => {}))]);
    else items.push([t('menu.pathFrom'), () => setPathStart(target.id())]);
  }
  return items;
}

export function mountMenu(cy: Core, stage: HTMLElement, actions: MenuActions): { close(): void } {
  const menu = h('ul', { class: 'context-menu', role: 'menu', 'aria-label': t('menu.label'), hidden: true });
  stage.append(menu);
  cy.style().selector('node.pinned').style({ 'border-width': 4, 'border-style': 'double', 'border-color': '#333' }).update();
  const close = () => void (menu.hidden = true);

  function open(e: EventObject): void {
    const target = e.target;
    const items: Item[] =
      target === cy
        ? [[t('menu.fit'), actions.fit], [t('menu.relayout'), actions.relayout], [t('menu.selectAll'), () => cy.nodes(':visible').select()]]
        : target.isNode()
          ? nodeItems(cy, target)
          : [[t('menu.hide'), () => (graphAtom.set(removeEdges(graphAtom.get(), [target.id()])), clearSelection())]];
    menu.replaceChildren(
      ...items.map(([label, run]) => h('li', { role: 'none' }, h('button', { role: 'menuitem', onclick: () => (close(), run()) }, label))),
    );
    const at = e.renderedPosition ?? { x: 0, y: 0 };
    menu.style.left = `${at.x}px`;
    menu.style.top = `${at.y}px`;
    menu.hidden = false;
    (menu.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  cy.on('cxttap', open);
  cy.on('tap pan zoom', close);
  return { close };
}
