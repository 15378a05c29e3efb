import { parseArgs } from 'node:util';
import { runExport } from './export-command.ts';
import { runExtract } from './extract-command.ts';
import { runLoad } from './load-command.ts';
import { runNer } from './ner-command.ts';
import { checkOlderThan, runReextract } from './reextract-command.ts';
import { runWatch } from './watch-command.ts';

const USAGE = `usage: kg <command> [options] <paths...>

  load <paths...>             load articles into the graph (starts the local Neo4j unless NEO4J_URI is set):
                              .txt article files, .jsonl files ({"text","date","source","title"} a line),
                              folders of them, and - for standard input (article text or JSON Lines)
      --batch N               articles per transaction (default 50; each article stays all or nothing)
      --source NAME           the source to record for these articles (a JSON line's own "source" wins)
  watch <folder>              load what the folder holds, then new and changed files as they appear, until Ctrl-C
      --debounce MS           read a file once it has been still this long (default 500)
      --batch N, --source NAME  as for load
  reextract                   read the stored article texts again with the current extractor, one transaction
                              each; stopped half-way, run it again to go on
      --older-than VERSION    only articles read by an extractor older than VERSION (default: the current one)
      --all                   every article (an interrupted --all goes on with a plain kg reextract)
  extract <paths...>          print what extraction reads from each article, one JSON line each (no database)
  ner <file.tsv>              tag a token-per-line file with NorNE tags (no database)
  export --format F           the graph, streamed: F is graphml, gexf, csv (a zip for neo4j-admin import) or jsonl
      --out FILE              write to FILE (default: stdout)
      --types T,…             only these node types (PERSON, …) and relation types (SENDS_TROOPS_TO, …)
      --from D --to D         only what articles dated in this range support (YYYY-MM or YYYY-MM-DD), and reference data

Progress goes to stderr (a bar on a terminal, a line every few seconds otherwise), then a summary.
Exit code: 0 when every article loaded, 1 when some failed (each named, with its line for JSON Lines), 2 on errors.
`;

const OPTIONS = {
  batch: { type: 'string', default: '50' },
  source: { type: 'string' },
  debounce: { type: 'string', default: '500' },
  'older-than': { type: 'string' },
  all: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  out: { type: 'string' },
  types: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

function intOption(name: string, raw: string, min: number, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  if (!command || values.help || ['help', '--help', '-h'].includes(command)) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'export') return runExport(values).then(() => 0);
  const needsPaths = command !== 'reextract';
  if (needsPaths && positionals.length === 0) throw new Error(`${command}: give at least one path\n\n${USAGE}`);
  const batch = intOption('batch', values.batch, 1, 500);
  switch (command) {
    case 'load': {
      const stats = await runLoad(positionals, { batch, source: values.source });
      process.stderr.write(stats.summary('loaded'));
      return stats.articles.failed ? 1 : 0;
    }
    case 'watch': {
      if (positionals.length !== 1) throw new Error('watch: give one folder');
      const debounceMs = intOption('debounce', values.debounce, 0, 60_000);
      const stats = await runWatch(positionals[0], { batch, source: values.source, debounceMs });
      process.stderr.write(stats.summary('loaded'));
      return stats.articles.failed ? 1 : 0;
    }
    case 'reextract': {
      if (positionals.length) throw new Error('reextract takes no paths: it reads the articles stored in the graph');
      if (values.all && values['older-than']) throw new Error('give --all or --older-than, not both');
      const olderThan = values['older-than'] === undefined ? undefined : checkOlderThan(values['older-than']);
      const stats = await runReextract({ all: values.all, olderThan });
      process.stderr.write(stats.summary('re-extracted'));
      return stats.articles.failed ? 1 : 0;
    }
    case 'extract':
      return runExtract(positionals);
    case 'ner':
      for (const file of positionals) await runNer(file, process.stdout);
      return 0;
    default:
      throw new Error(`unknown command "${command}"\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`kg: ${err instanceof Error ? err.message : err}\n`);
    process.exit(2);
  },
);
