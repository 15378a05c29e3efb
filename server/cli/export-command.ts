import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { loadConfig } from '../config.ts';
import { parseFilter } from '../export/filter.ts';
import { exportGraph, FORMATS, isFormat } from '../export/index.ts';
import { openStore } from '../store/store.ts';

// `kg export`: the graph to a file or stdout, streamed, in GraphML, GEXF, CSV (a zip for neo4j-admin) or JSON Lines.

export interface ExportArgs {
  format?: string;
  out?: string;
  types?: string;
  from?: string;
  to?: string;
}

export async function runExport(args: ExportArgs): Promise<void> {
  if (!args.format || !isFormat(args.format)) throw new Error(`--format must be one of ${Object.keys(FORMATS).join(', ')}`);
  const filter = parseFilter(args); // before anything starts: a bad filter writes nothing
  if (args.format === 'csv' && !args.out && process.stdout.isTTY) throw new Error('--format csv writes a zip: give --out FILE or redirect stdout');
  const { store, local } = await openStore(loadConfig());
  // A file is written beside its name and renamed when whole, so that a failed export leaves no partial file.
  const partial = args.out ? `${args.out}.partial` : null;
  const out: Writable = partial ? fs.createWriteStream(partial) : process.stdout;
  try {
    await exportGraph(store, args.format, { filter }, out);
    if (partial && args.out) fs.renameSync(partial, args.out);
  } catch (err) {
    if (partial) fs.rmSync(partial, { force: true });
    throw err;
  } finally {
    await store.close();
    await local?.stop();
  }
}
