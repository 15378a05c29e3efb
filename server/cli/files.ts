import fs from 'node:fs';
import path from 'node:path';

/** Expands files and folders into article files (.txt), sorted; gold annotations and hidden files are skipped. */
export function articleFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (!fs.existsSync(arg)) throw new Error(`No such file or folder: ${arg}`);
    const stat = fs.statSync(arg);
    if (stat.isDirectory()) {
      const inner = fs
        .readdirSync(arg)
        .filter((f) => !f.startsWith('.'))
        .map((f) => path.join(arg, f));
      out.push(...articleFiles(inner.filter((f) => fs.statSync(f).isDirectory() || f.endsWith('.txt'))));
    } else {
      out.push(arg);
    }
  }
  return out.sort();
}
