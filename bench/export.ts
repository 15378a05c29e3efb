import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// The export of a whole graph in each format: seconds and the exporting process's peak memory. Run on
// graphs of two sizes, flat memory shows as the same peak for both.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');

export interface ExportFigure {
  format: string;
  seconds: number;
  peakRssMb: number;
  megabytes: number;
}

export async function exportFigures(uri: string, formats = ['graphml', 'gexf', 'csv', 'jsonl']): Promise<ExportFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-export-'));
  const figures: ExportFigure[] = [];
  try {
    for (const format of formats) {
      const out = path.join(dir, `graph.${format}`);
      const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/export-child.ts'), format, out], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
        timeout: 20 * 60_000,
      });
      const r = JSON.parse(stdout.trim().split('\n').at(-1)!) as { seconds: number; peakRssMb: number; bytes: number };
      figures.push({ format, seconds: r.seconds, peakRssMb: r.peakRssMb, megabytes: r.bytes / 2 ** 20 });
      fs.rmSync(out, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
