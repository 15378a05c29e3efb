import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { logger } from './logger.ts';

// Rebuilds the explorer when any of its sources is newer than the last build.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLIENT = path.join(ROOT, 'client');

function newest(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

export function buildClientIfStale(): void {
  const config = path.join(CLIENT, 'vite.config.ts');
  if (!fs.existsSync(config)) return;
  const built = path.join(CLIENT, 'dist/index.html');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= newest(CLIENT)) return;
  logger.info('building the explorer…');
  const r = spawnSync('npx', ['vite', 'build', '--config', config, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) logger.error('building the explorer failed; serving the API only');
}
