import { PassThrough, type Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import yazl from 'yazl';
import { EDGE_ATTRS, NODE_ATTRS, type AttrType, type ExportEdge, type ExportNode } from './model.ts';
import { ChunkedOutput, put } from './sink.ts';

// A zip of nodes.csv and relationships.csv with neo4j-admin import headers:
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --array-delimiter=U+001F
// Lists (labels, aliases, article ids, sentences) are joined by U+001F, which no article text holds.

export const ARRAY_DELIMITER = '\u001F';

const ADMIN_TYPE: Record<AttrType, string> = { string: '', list: ':string[]', boolean: ':boolean', double: ':double', long: ':long' };
const NODE_COLUMNS = NODE_ATTRS.filter(([name]) => name !== 'type'); // the labels say it
const EDGE_COLUMNS = EDGE_ATTRS.filter(([name]) => name !== 'type'); // :TYPE says it

const header = (cols: readonly [string, AttrType][]) => cols.map(([name, type]) => `${name}${ADMIN_TYPE[type]}`);
const clean = (s: unknown) => String(s).replaceAll(ARRAY_DELIMITER, ' ');

function cell(value: unknown, type: AttrType): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'list') return (value as unknown[]).map(clean).join(ARRAY_DELIMITER);
  return clean(value);
}

const row = (cells: (string | null)[]) => stringify([cells]);

async function writeNodesCsv(nodes: AsyncIterable<ExportNode>, out: Writable) {
  const o = new ChunkedOutput(out);
  await o.add(row(['id:ID', ':LABEL', ...header(NODE_COLUMNS)]));
  for await (const n of nodes) {
    await o.add(row([n.id, n.labels.map(clean).join(ARRAY_DELIMITER), ...NODE_COLUMNS.map(([name, type]) => cell(n.attrs[name], type))]));
  }
  await o.flush();
}

async function writeEdgesCsv(edges: AsyncIterable<ExportEdge>, out: Writable) {
  const o = new ChunkedOutput(out);
  await o.add(row([':START_ID', ':END_ID', ':TYPE', ...header(EDGE_COLUMNS)]));
  for await (const e of edges) await o.add(row([e.source, e.target, e.type, ...EDGE_COLUMNS.map(([name, type]) => cell(e.attrs[name], type))]));
  await o.flush();
}

/** The zip, streamed: yazl reads each entry as it is written, so neither file is ever whole in memory. */
export async function writeCsvZip(nodes: AsyncIterable<ExportNode>, edges: AsyncIterable<ExportEdge>, out: Writable): Promise<void> {
  const zip = new yazl.ZipFile();
  const nodesEntry = new PassThrough();
  const edgesEntry = new PassThrough();
  zip.addReadStream(nodesEntry, 'nodes.csv');
  zip.addReadStream(edgesEntry, 'relationships.csv');
  zip.end();
  const zipped = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', resolve);
  });
  // Pump the zip into the destination with backpressure of its own.
  const pumped = (async () => {
    for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) await put(out, chunk);
  })();
  try {
    await writeNodesCsv(nodes, nodesEntry);
    nodesEntry.end();
    await writeEdgesCsv(edges, edgesEntry);
    edgesEntry.end();
    await Promise.all([zipped, pumped]);
  } catch (err) {
    nodesEntry.destroy();
    edgesEntry.destroy();
    (zip.outputStream as unknown as PassThrough).destroy();
    await pumped.catch(() => undefined);
    throw err;
  }
}
