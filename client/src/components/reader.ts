// The article reader: the text with each mention highlighted in its type's canvas colour (click one to show it on
// the canvas), quotes marked with their speaker, and, opened from an edge's evidence, that sentence marked and
// scrolled into view. Beside the canvas rather than over it, so that a clicked mention is seen selected; Esc closes.
import type { Core } from 'cytoscape';
import type { ArticleRef, GraphNode, ReaderArticle } from '../api/types.ts';
import { closeReader, openReader } from '../core/reader/actions.ts';
import { readerAtom } from '../core/reader/atom.ts';
import type { ReaderState } from '../core/reader/types.ts';
import { findSentence, layoutText, type Block, type Piece } from '../core/reader/segments.ts';
import { NODE_TYPE_LABELS } from '../core/graph/elements.ts';
import { NODE_LOOK } from '../styles/palette.ts';
import { t } from '../i18n/index.ts';
import { clear, h } from './dom.ts';

/** A button that opens the reader on an article, marking the sentence when one is given. */
export function readButton(article: ArticleRef, sentence?: string | null, label = t('reader.open')): HTMLButtonElement {
  return h(
    'button',
    { class: 'read', type: 'button', 'aria-label': t('reader.open.label', { title: article.title }), onclick: () => void openReader(article.id, sentence) },
    label,
  );
}

function pieceView(a: ReaderArticle, p: Piece, onMention: (entity: GraphNode) => void): Node {
  if (p.mention === undefined) return p.evidence ? h('mark', { class: 'evidence', title: t('reader.evidence') }, p.text) : document.createTextNode(p.text);
  const m = a.mentions[p.mention]!;
  const type = m.entity.type;
  return h(
    'button',
    {
      class: p.evidence ? 'mention in-evidence' : 'mention',
      type: 'button',
      'data-entity': m.entity.id,
      'data-type': type,
      style: `--type: ${NODE_LOOK[type].color}`,
      'aria-label': t('reader.mention.label', { name: m.entity.name, type: NODE_TYPE_LABELS[type] }),
      onclick: () => onMention(m.entity),
    },
    p.text,
  );
}

function blockView(a: ReaderArticle, b: Block, onMention: (entity: GraphNode) => void): Node[] {
  const pieces = b.pieces.map((p) => pieceView(a, p, onMention));
  if (b.quote === undefined) return pieces;
  const q = a.quotes[b.quote]!;
  const speaker = q.speaker?.name;
  return [
    h(
      'span',
      { class: 'quote', 'data-statement': q.statement.id, 'data-speaker': q.speaker?.id, title: speaker ? t('reader.saidBy', { name: speaker }) : t('reader.unattributed') },
      ...pieces,
      speaker ? h('span', { class: 'speaker' }, t('reader.said', { name: speaker })) : null,
    ),
  ];
}

function textView(a: ReaderArticle, sentence: string | null | undefined, onMention: (entity: GraphNode) => void): HTMLElement {
  const paragraphs = layoutText(a.text, a.mentions, a.quotes, findSentence(a.text, sentence));
  return h('div', { class: 'reader-text' }, ...paragraphs.map((p) => h('p', {}, ...p.blocks.flatMap((b) => blockView(a, b, onMention)))));
}

function header(title: string, meta: string): HTMLElement {
  return h(
    'header',
    {},
    h('button', { class: 'close', type: 'button', 'aria-label': t('reader.close.label'), onclick: () => closeReader() }, t('reader.close')),
    h('h2', { id: 'reader-title' }, title),
    meta ? h('p', { class: 'meta' }, meta) : null,
  );
}

function render(box: HTMLElement, s: ReaderState, onMention: (entity: GraphNode) => void): void {
  clear(box);
  box.hidden = s.articleId === undefined;
  if (box.hidden) return;
  const a = s.article;
  if (a === undefined) return void box.append(header(t('reader.title'), s.failed ? t('reader.failed') : t('panel.loading')));
  if (a === null) return void box.append(header(t('reader.title'), t('reader.gone')));
  box.append(header(a.title, [a.date, a.source, a.section].filter(Boolean).join(' · ')));
  const spans = a.mentions.length + a.quotes.length > 0;
  box.append(h('p', { class: 'hint' }, spans ? t('reader.legend') : t('reader.noSpans')), textView(a, s.sentence, onMention));
  (box.querySelector('button.close') as HTMLElement | null)?.focus({ preventScroll: true });
  box.querySelector('.evidence, .in-evidence')?.scrollIntoView({ block: 'center' });
}

/** Pans the canvas so that the node stands in the middle of what the reader leaves visible of it. */
export function revealBesideReader(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const canvas = cy.container()!.getBoundingClientRect();
  const box = document.getElementById('reader');
  const covered = box && !box.hidden ? Math.max(0, box.getBoundingClientRect().right - canvas.left) : 0;
  const at = node.renderedPosition();
  cy.animate({ panBy: { x: (covered + canvas.width) / 2 - at.x, y: canvas.height / 2 - at.y } }, { duration: 250 });
}

export function mountReader(host: HTMLElement, onMention: (entity: GraphNode) => void): void {
  const box = h('aside', { id: 'reader', class: 'reader', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'reader-title', hidden: true });
  host.append(box);
  readerAtom.subscribe((s) => render(box, s, onMention));
  // Esc closes the reader first (before the canvas's Esc clears the selection), wherever the focus is.
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape' || readerAtom.get().articleId === undefined) return;
      e.preventDefault();
      e.stopPropagation();
      closeReader();
    },
    true,
  );
}
