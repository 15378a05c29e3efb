import type { Writable } from 'node:stream';
import { attrText, EDGE_ATTRS, NODE_ATTRS, type AttrType, type ExportEdge, type ExportNode } from './model.ts';
import { ChunkedOutput } from './sink.ts';
import { xmlText } from './xml.ts';

// GraphML (http://graphml.graphdrawing.org/), written element by element. Lists are JSON arrays in strings.

const GRAPHML_TYPE: Record<AttrType, string> = { string: 'string', list: 'string', boolean: 'boolean', double: 'double', long: 'long' };

function keys(kind: 'node' | 'edge', attrs: readonly [string, AttrType][]): string {
  return attrs.map(([name, type]) => `  <key id="${kind[0]}_${name}" for="${kind}" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>\n`).join('');
}

function data(kind: 'node' | 'edge', attrs: readonly [string, AttrType][], values: Record<string, unknown>): string {
  let out = '';
  for (const [name, type] of attrs) {
    const text = attrText(values[name], type);
    if (text !== null) out += `<data key="${kind[0]}_${name}">${xmlText(text)}</data>`;
  }
  return out;
}

export async function writeGraphml(nodes: AsyncIterable<ExportNode>, edges: AsyncIterable<ExportEdge>, out: Writable): Promise<void> {
  const o = new ChunkedOutput(out);
  await o.add('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n');
  await o.add(keys('node', NODE_ATTRS) + keys('edge', EDGE_ATTRS));
  await o.add('  <graph id="nyhetsgraf" edgedefault="directed">\n');
  for await (const n of nodes) await o.add(`    <node id="${xmlText(n.id)}">${data('node', NODE_ATTRS, n.attrs)}</node>\n`);
  let i = 0;
  for await (const e of edges) {
    // Sequential ids: two relationships may join the same pair; the API id is the `relationId` attribute.
    await o.add(`    <edge id="e${i++}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('edge', EDGE_ATTRS, e.attrs)}</edge>\n`);
  }
  await o.add('  </graph>\n</graphml>\n');
  await o.flush();
}
