import fs from 'node:fs';
import { exportGraph, isFormat } from '../server/export/index.ts';
import { parseFilter } from '../server/export/filter.ts';
import { connect } from '../server/store/store.ts';

// One export in a process of its own, so that its peak memory is the export's alone: prints
// {"seconds", "peakRssMb", "bytes"} when done. usage: export-child.ts FORMAT OUT (NEO4J_URI set)

const [format, out] = process.argv.slice(2);
if (!format || !isFormat(format) || !out) throw new Error('usage: export-child.ts graphml|gexf|csv|jsonl OUT');
const store = connect(process.env.NEO4J_URI!, 'neo4j', 'neo4j');
const started = performance.now();
await exportGraph(store, format, { filter: parseFilter({}) }, fs.createWriteStream(out));
const seconds = (performance.now() - started) / 1000;
await store.close();
// maxRSS is in kilobytes: the high-water mark of this whole process.
console.log(JSON.stringify({ seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, bytes: fs.statSync(out).size }));
