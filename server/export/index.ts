import type { Writable } from 'node:stream';
import type { Store } from '../store/store.ts';
import { writeCsvZip } from './csv.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeJsonl } from './jsonl.ts';
import type { ExportEdge, ExportNode } from './model.ts';
import { exportEdges, exportNodes, type ExportOptions } from './read.ts';
import { finish } from './sink.ts';

// The export formats: one writer each, all fed by the same two streams of rows.

type Writer = (nodes: AsyncIterable<ExportNode>, edges: AsyncIterable<ExportEdge>, out: Writable) => Promise<void>;

export const FORMATS = {
  graphml: { write: writeGraphml as Writer, contentType: 'application/graphml+xml; charset=utf-8', file: 'graph.graphml' },
  gexf: { write: writeGexf as Writer, contentType: 'application/gexf+xml; charset=utf-8', file: 'graph.gexf' },
  jsonl: { write: writeJsonl as Writer, contentType: 'application/x-ndjson; charset=utf-8', file: 'graph.jsonl' },
  csv: { write: writeCsvZip as Writer, contentType: 'application/zip', file: 'csv.zip' },
} as const;

export type ExportFormat = keyof typeof FORMATS;

export const isFormat = (f: string): f is ExportFormat => Object.hasOwn(FORMATS, f);

/** Writes the graph (what the filter keeps) to `out` in `format`, then ends `out`. */
export async function exportGraph(store: Store, format: ExportFormat, opts: ExportOptions, out: Writable): Promise<void> {
  await FORMATS[format].write(exportNodes(store, opts), exportEdges(store, opts), out);
  await finish(out);
}
