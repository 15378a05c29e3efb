import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { luceneQuery } from '../server/serve/resolvers/graph.ts';
import { GRAPH } from '../schema/model.ts';

// The same model through @neo4j/graphql 7.6.3's generated API, served by a bare graphql-yoga, for a
// side-by-side over the same database. Run as a child process: prints {"url": ...} once it listens.

const RELATIONS = GRAPH.drawnByDefault;
const field = (type: string) => type.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const ENTITY_TYPES = GRAPH.entityLabels;

// Any node by its :Node label, with each relationship type the neighbourhood follows, either direction.
// Entity types carry the full-text index the product searches (name and searchText, 'entity_names').
export const TYPE_DEFS = `
type GNode @node(labels: ["Node"]) {
  id: ID!
  name: String
  title: String
  code: String
  aliases: [String!]
  mentionCount: Int
  ${RELATIONS.map((t) => `${field(t)}: [GNode!]! @relationship(type: "${t}", direction: OUT, queryDirection: UNDIRECTED)`).join('\n  ')}
}
${ENTITY_TYPES.map(
  (t) => `type ${t} @node(labels: ["${t}", "Node", "Entity"])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "${t.toLowerCase()}Search", fields: ["name", "searchText"] }]) {
  id: ID!
  name: String!
  code: String
  aliases: [String!]
  mentionCount: Int
  searchText: String
}`,
).join('\n')}
`;

/**
 * Search: the four entity types' full-text queries in one request, each given the same Lucene query the
 * product builds from the text (exact, prefix and fuzzy terms) over the same index, 10 best by score each.
 */
export function searchBody(text: string): string {
  const q = luceneQuery(text) ?? text;
  const part = (t: string) => `${t.toLowerCase()}Search(phrase: $q, first: 10, sort: [{score: DESC}]) { edges { score node { id name code aliases } } }`;
  return JSON.stringify({ query: `query S($q: String!) { ${ENTITY_TYPES.map(part).join(' ')} }`, variables: { q } });
}

/**
 * Neighbourhood, depth 2: every relationship type in both directions, the most mentioned neighbours
 * first (the product's order), at most 25 per type at the first hop and 10 per type at the second.
 * Nodes only: edges are implied by nesting, so this returns less than the product's edge list does.
 */
export function neighbourhoodBody(id: string): string {
  const level = (limit: number, inner: string) =>
    RELATIONS.map((t) => `${field(t)}(limit: ${limit}, sort: [{mentionCount: DESC}]) { id name title code${inner} }`).join(' ');
  const query = `query N($id: ID!) { gNodes(where: {id: {eq: $id}}, limit: 1) { id name title code ${level(25, ` ${level(10, '')}`)} } }`;
  return JSON.stringify({ query, variables: { id } });
}

async function main() {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic('neo4j', 'neo4j'));
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, logging: false, graphiql: false });
  const server = http.createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`);
  const stop = async () => {
    server.closeAllConnections();
    server.close();
    await driver.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // The parent holds stdin open: its end means the bench is gone.
  process.stdin.on('end', stop).resume();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
