import fs from 'node:fs';
import path from 'node:path';

/** Expands files and folders into article files (.txt and .jsonl), sorted; gold annotations and hidden files are skipped. */
export function articleFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push(arg); // standard input
      continue;
    }
    if (!fs.existsSync(arg)) throw new Error(`No such file or folder: ${arg}`);
    const stat = fs.statSync(arg);
    if (stat.isDirectory()) {
      const inner = fs
        .readdirSync(arg)
        .filter((f) => !f.startsWith('.'))
        .map((f) => path.join(arg, f));
      out.push(...articleFiles(inner.filter((f) => fs.statSync(f).isDirectory() || /\.(txt|jsonl)$/.test(f))));
    } else {
      out.push(arg);
    }
  }
  return out.sort();
}

/**
 * Decodes an article file: UTF-8 (a byte-order mark dropped), or UTF-16 when it has a UTF-16 byte-order mark or
 * its bytes alternate with NULs the way UTF-16 text does. Anything else is read as UTF-8, and what does not decode
 * is left for the parse stage to refuse as binary.
 */
export function decodeArticleBytes(bytes: Uint8Array): string {
  const encoding = textEncoding(bytes);
  // TextDecoder drops the byte-order mark of its own encoding; replacement characters mark what did not decode.
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

export function readArticleFile(file: string): string {
  return decodeArticleBytes(fs.readFileSync(file));
}

function textEncoding(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  // Without a mark: Latin text in UTF-16 has a NUL in nearly every other byte, on one side only.
  const pairs = Math.min(Math.floor(b.length / 2), 4096);
  if (pairs < 2) return 'utf-8';
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (b[2 * i] === 0) evenNul++;
    if (b[2 * i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) return 'utf-16be';
  return 'utf-8';
}
