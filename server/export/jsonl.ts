import type { Writable } from 'node:stream';
import type { ExportEdge, ExportNode } from './model.ts';
import { ChunkedOutput } from './sink.ts';

// JSON Lines: one object a line, the nodes first ({"kind":"node",…}), then the relationships.

export async function writeJsonl(nodes: AsyncIterable<ExportNode>, edges: AsyncIterable<ExportEdge>, out: Writable): Promise<void> {
  const o = new ChunkedOutput(out);
  for await (const n of nodes) await o.add(`${JSON.stringify({ kind: 'node', id: n.id, labels: n.labels, ...n.attrs })}\n`);
  for await (const e of edges) await o.add(`${JSON.stringify({ kind: 'relationship', id: e.id, source: e.source, target: e.target, ...e.attrs })}\n`);
  await o.flush();
}
