import type { Tx } from '../store/store.ts';

// An article's own figures the writers keep: whether it is stored, and the fingerprint that finds its republications.
// The batch writer (batch.ts) writes articles and their facts.

export async function articleExists(tx: Tx, id: string): Promise<boolean> {
  const res = await tx.run('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id });
  return (res.records[0].get('n') as number) > 0;
}

const FINGERPRINT_MIN_WORDS = 8;
const FINGERPRINT_MIN_CHARS = 40;

/**
 * The opening of a story, folded: republished agency copy keeps it while headlines and bylines change. Null when
 * too little is left to tell one story from another (fewer than 8 words of three letters or more, or 40 characters).
 */
export function fingerprint(body: string): string | null {
  const paragraphs = body.split(/\n\s*\n/);
  // Skip the first paragraph when there is more: outlets rewrite the headline and lead most.
  const rest = paragraphs.length > 2 ? paragraphs.slice(1).join(' ') : body;
  const words = rest
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
  const print = words.slice(0, 40).join(' ');
  return words.length < FINGERPRINT_MIN_WORDS || print.length < FINGERPRINT_MIN_CHARS ? null : print;
}
