import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from './ingest.ts';
import type { Store } from './store/store.ts';
import { seedReference } from './write/reference.ts';

// The product's own data: reference data always (when changed), the seed articles into an empty graph.

export const SEED_ARTICLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds/articles');

export async function seedGraph(store: Store, withArticles: boolean) {
  const reference = await seedReference(store);
  let articles = 0;
  if (withArticles) {
    const existing = await store.read((tx) => tx.run('MATCH (a:Article) RETURN count(a) AS n'));
    if ((existing.records[0].get('n') as number) === 0) {
      for (const f of fs.readdirSync(SEED_ARTICLES).filter((f) => f.endsWith('.txt')).sort()) {
        const out = await ingest(store, { text: fs.readFileSync(path.join(SEED_ARTICLES, f), 'utf8'), source: 'TV 2' });
        if (out.created) articles++;
      }
    }
  }
  return { reference, articles };
}
