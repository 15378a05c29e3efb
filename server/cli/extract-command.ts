import { toContract } from '../extract/contract.ts';
import { extract } from '../extract/index.ts';
import { parseArticle } from '../parse/article.ts';
import { articleFiles } from './files.ts';
import { readItems, readStdin, stdinItems } from './sources.ts';

// `kg extract`: what extraction reads from each article (file, JSON line or standard input), one JSON line each.

export async function runExtract(args: string[]): Promise<number> {
  const files = articleFiles(args);
  const stdin = files.includes('-') ? stdinItems(await readStdin()) : undefined;
  let failed = 0;
  for await (const item of readItems(files, { stdin })) {
    try {
      if (!item.input) throw new Error(item.error);
      const article = parseArticle(item.input);
      process.stdout.write(`${JSON.stringify(toContract(item.label, extract(article.body)))}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`${item.label}: ${err instanceof Error ? err.message : err}\n`);
    }
  }
  return failed ? 1 : 0;
}
