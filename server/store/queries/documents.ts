import type { Node as NeoNode } from 'neo4j-driver';
import type { Tx } from '../store.ts';
import { articleInRange, type Conditions } from './filters.ts';
import { countRows, fulltextQuery, keysetPage, type Order, type PageArgs } from './page.ts';

// The articles and statements lists. `text` searches the full-text index document_text (article titles and
// bodies, statement quotes; case and accents folded), every word required.

export interface ArticleFilter {
  source?: string | null;
  section?: string | null;
  from?: string | null;
  to?: string | null;
  mentions?: string[] | null;
  text?: string | null;
}

export interface StatementFilter {
  speaker?: string | null;
  about?: string | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

const ARTICLE_ORDERS: Record<string, Order> = {
  DATE_DESC: { name: 'DATE_DESC', keys: [{ expr: "coalesce(a.dateFrom, '')", desc: true }, { expr: 'a.id', desc: false }] },
  DATE_ASC: { name: 'DATE_ASC', keys: [{ expr: "coalesce(a.dateFrom, '')", desc: false }, { expr: 'a.id', desc: false }] },
  LOADED_DESC: { name: 'LOADED_DESC', keys: [{ expr: 'coalesce(a.loadedAt.epochMillis, 0)', desc: true }, { expr: 'a.id', desc: false }] },
};

const STATEMENT_ORDERS: Record<string, Order> = {
  DATE_DESC: { name: 'DATE_DESC', keys: [{ expr: "coalesce(a.dateFrom, '')", desc: true }, { expr: 's.id', desc: false }] },
  DATE_ASC: { name: 'DATE_ASC', keys: [{ expr: "coalesce(a.dateFrom, '')", desc: false }, { expr: 's.id', desc: false }] },
};

function textMatch(label: 'Article' | 'Statement', v: string, text: string | null | undefined, c: Conditions): string | null {
  if (!text) return null;
  c.params.text = fulltextQuery(text);
  c.where.push(`${v}:${label}`);
  return `CALL db.index.fulltext.queryNodes('document_text', $text) YIELD node AS ${v}`;
}

function articleQuery(f: ArticleFilter | null | undefined) {
  const c: Conditions = { where: [], params: {} };
  const match = textMatch('Article', 'a', f?.text, c) ?? 'MATCH (a:Article)';
  if (f?.source) {
    c.params.source = f.source.toLowerCase();
    c.where.push('toLower(a.source) = $source');
  }
  if (f?.section) {
    c.params.section = f.section.toLowerCase();
    c.where.push('toLower(a.section) = $section');
  }
  if (f?.mentions?.length) {
    c.params.mentions = f.mentions;
    c.where.push('ALL(id IN $mentions WHERE EXISTS { (a)-[:MENTIONS]->(:Entity {id: id}) })');
  }
  const range = articleInRange('a', 'articles', f?.from ?? null, f?.to ?? null, c);
  if (range) c.where.push(range);
  return { match, where: c.where, params: c.params, vars: 'a', ret: 'a' };
}

function statementQuery(f: StatementFilter | null | undefined) {
  const c: Conditions = { where: [], params: {} };
  const text = textMatch('Statement', 's', f?.text, c);
  const match = `${text ?? 'MATCH (s:Statement)'} MATCH (s)-[:IN]->(a:Article)`;
  if (f?.speaker) {
    c.params.speaker = f.speaker;
    c.where.push('EXISTS { (:Node {id: $speaker})-[:SAID]->(s) }');
  }
  if (f?.about) {
    c.params.about = f.about;
    c.where.push('EXISTS { (s)-[:ABOUT]->(:Node {id: $about}) }');
  }
  const range = articleInRange('a', 'statements', f?.from ?? null, f?.to ?? null, c);
  if (range) c.where.push(range);
  return { match, where: c.where, params: c.params, vars: 's, a', tail: 'OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)', ret: 's, sp' };
}

export const articleOrder = (name: string | null | undefined) => ARTICLE_ORDERS[name ?? 'DATE_DESC'] ?? ARTICLE_ORDERS.DATE_DESC;
export const statementOrder = (name: string | null | undefined) => STATEMENT_ORDERS[name ?? 'DATE_DESC'] ?? STATEMENT_ORDERS.DATE_DESC;

export function articlesPage(tx: Tx, f: ArticleFilter | null | undefined, orderBy: string | null | undefined, args: PageArgs) {
  return keysetPage(tx, articleQuery(f), articleOrder(orderBy), args, (r) => r.get('a') as NeoNode);
}

export const countArticles = (tx: Tx, f: ArticleFilter | null | undefined) => countRows(tx, articleQuery(f));

export function statementsPage(tx: Tx, f: StatementFilter | null | undefined, orderBy: string | null | undefined, args: PageArgs) {
  return keysetPage(tx, statementQuery(f), statementOrder(orderBy), args, (r) => ({
    s: r.get('s') as NeoNode,
    sp: r.get('sp') as NeoNode | null,
  }));
}

export const countStatements = (tx: Tx, f: StatementFilter | null | undefined) => countRows(tx, statementQuery(f));
