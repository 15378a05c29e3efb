// Figures of the gazetteers in seeds/gazetteer/: file sizes, load time, counts per kind, and noise on NorNE's
// Bokmål dev file: capitalised tokens outside every gold entity that the place list names, raw and once the
// common-word flag is heeded (and the same for given names). Prints figures only; NorNE text stays where it is.
// Run: npx tsx scripts/build-reference/measure.ts [path/to/nob-dev.tsv]
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GAZETTEER_DIR, GAZETTEER_FILES, loadGazetteer, type Place } from '../../server/reference/gazetteer.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function main() {
  let total = 0;
  for (const f of [...Object.values(GAZETTEER_FILES), 'SOURCES.json']) {
    const b = statSync(join(GAZETTEER_DIR, f)).size;
    total += b;
    console.log(`${f.padEnd(44)} ${(b / 1024).toFixed(0).padStart(6)} KiB`);
  }
  console.log(`${'total'.padEnd(44)} ${(total / 1024).toFixed(0).padStart(6)} KiB`);

  const cpu0 = process.cpuUsage();
  const g = loadGazetteer();
  const cpu = process.cpuUsage(cpu0);
  const q0 = performance.now();
  g.place('Bergen');
  g.parentsOf('Bergen');
  g.isGivenName('Ola');
  g.isCommonWord('Mange');
  console.log(`load: ${g.loadMs} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU; first questions ${(performance.now() - q0).toFixed(1)} ms`);
  console.log('counts:', JSON.stringify(g.counts(), null, 1));

  const file = resolve(process.argv[2] ?? join(root, '..', 'shared', 'norne', 'nob-dev.tsv'));
  if (!existsSync(file)) {
    console.log(`no NorNE file at ${file}: noise not measured`);
    return;
  }
  // token-per-line, tab, BIO tag; a blank line ends a sentence (as server/extract/ner/io.ts reads it)
  const sentences: { tok: string; tag: string }[][] = [[]];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (sentences[sentences.length - 1].length) sentences.push([]);
      continue;
    }
    const [tok, tag] = line.split('\t');
    sentences[sentences.length - 1].push({ tok, tag: tag ?? 'O' });
  }
  let tokens = 0;
  let capsOutside = 0;
  const noise = { raw: 0, strong: 0, rawInitial: 0, strongInitial: 0 };
  const bySource: Record<string, { raw: number; strong: number }> = {};
  const names = { raw: 0, strong: 0 };
  const inside = { PER: 0, ORG: 0, strongPER: 0, strongORG: 0 };
  for (const s of sentences) {
    s.forEach(({ tok, tag }, i) => {
      tokens++;
      if (!/^\p{Lu}/u.test(tok)) return;
      const hits: readonly Place[] = g.place(tok);
      const strong = hits.some((h) => !h.common);
      if (tag === 'O') {
        capsOutside++;
        if (hits.length) {
          noise.raw++;
          if (i === 0) noise.rawInitial++;
          if (strong) {
            noise.strong++;
            if (i === 0) noise.strongInitial++;
          }
          for (const src of new Set(hits.map((h) => h.source))) {
            const b = (bySource[src] ??= { raw: 0, strong: 0 });
            b.raw++;
            if (hits.some((h) => h.source === src && !h.common)) b.strong++;
          }
        }
        if (g.isGivenName(tok)) {
          names.raw++;
          if (!g.isCommonWord(tok)) names.strong++;
        }
      } else {
        const type = tag.slice(2);
        if (type === 'PER' || type === 'ORG') {
          if (hits.length) inside[type]++;
          if (strong) inside[type === 'PER' ? 'strongPER' : 'strongORG']++;
        }
      }
    });
  }
  console.log(`NorNE ${file.split('/').pop()}: ${tokens} tokens, ${capsOutside} capitalised tokens outside gold entities`);
  console.log(`place noise (one-token names): ${noise.raw} raw → ${noise.strong} after the common-word flag (sentence-initial: ${noise.rawInitial} → ${noise.strongInitial})`);
  for (const [src, b] of Object.entries(bySource).sort()) console.log(`  ${src}: ${b.raw} → ${b.strong}`);
  console.log(`given-name noise: ${names.raw} raw → ${names.strong} after the common-word flag`);
  console.log(`place hits on tokens inside gold PER: ${inside.PER} (${inside.strongPER} not common), inside gold ORG: ${inside.ORG} (${inside.strongORG} not common)`);
}

main();
