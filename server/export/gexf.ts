import type { Writable } from 'node:stream';
import { attrText, EDGE_ATTRS, NODE_ATTRS, type AttrType, type ExportEdge, type ExportNode } from './model.ts';
import { ChunkedOutput } from './sink.ts';
import { xmlText } from './xml.ts';

// GEXF 1.2 (https://gexf.net/), as Gephi reads it, written element by element. Lists are JSON arrays in strings.

const GEXF_TYPE: Record<AttrType, string> = { string: 'string', list: 'string', boolean: 'boolean', double: 'double', long: 'long' };

function declarations(kind: 'node' | 'edge', attrs: readonly [string, AttrType][]): string {
  const list = attrs.map(([name, type], i) => `      <attribute id="${i}" title="${name}" type="${GEXF_TYPE[type]}"/>\n`).join('');
  return `    <attributes class="${kind}">\n${list}    </attributes>\n`;
}

function attvalues(attrs: readonly [string, AttrType][], values: Record<string, unknown>): string {
  let out = '';
  attrs.forEach(([name, type], i) => {
    const text = attrText(values[name], type);
    if (text !== null) out += `<attvalue for="${i}" value="${xmlText(text)}"/>`;
  });
  return out ? `<attvalues>${out}</attvalues>` : '';
}

export async function writeGexf(nodes: AsyncIterable<ExportNode>, edges: AsyncIterable<ExportEdge>, out: Writable): Promise<void> {
  const o = new ChunkedOutput(out);
  await o.add('<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n');
  await o.add('  <meta><creator>Nyhetsgraf</creator></meta>\n  <graph mode="static" defaultedgetype="directed">\n');
  await o.add(declarations('node', NODE_ATTRS) + declarations('edge', EDGE_ATTRS) + '    <nodes>\n');
  for await (const n of nodes) {
    const label = xmlText(String(n.attrs.name ?? n.id));
    await o.add(`      <node id="${xmlText(n.id)}" label="${label}">${attvalues(NODE_ATTRS, n.attrs)}</node>\n`);
  }
  await o.add('    </nodes>\n    <edges>\n');
  let i = 0;
  for await (const e of edges) {
    const weight = typeof e.attrs.weight === 'number' && e.attrs.weight > 0 ? ` weight="${e.attrs.weight}"` : '';
    await o.add(
      `      <edge id="e${i++}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" label="${xmlText(e.type)}"${weight}>${attvalues(EDGE_ATTRS, e.attrs)}</edge>\n`,
    );
  }
  await o.add('    </edges>\n  </graph>\n</gexf>\n');
  await o.flush();
}
