import { parseArgs } from 'node:util';
import { toContract } from '../extract/contract.ts';
import { extract } from '../extract/index.ts';
import { parseArticle } from '../parse/article.ts';
import { articleFiles, readArticleFile } from './files.ts';
import { runExport } from './export-command.ts';
import { runLoad } from './load-command.ts';
import { runNer } from './ner-command.ts';

const USAGE = `usage: kg <command> [options] <paths...>

  load <files or folders>     load articles into the graph (starts the local Neo4j unless NEO4J_URI is set)
      --batch N               articles per transaction (default 20; each article stays all or nothing)
      --source NAME           the source to record for these articles
  extract <files...>          print what extraction reads from each file, one JSON line each (no database)
  ner <file.tsv>              tag a token-per-line file with NorNE tags (no database)
  export --format F           the graph, streamed: F is graphml, gexf, csv (a zip for neo4j-admin import) or jsonl
      --out FILE              write to FILE (default: stdout)
      --types T,…             only these node types (PERSON, …) and relation types (SENDS_TROOPS_TO, …)
      --from D --to D         only what articles dated in this range support (YYYY-MM or YYYY-MM-DD), and reference data
`;

const EXPORT_OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  types: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      batch: { type: 'string', default: '20' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...EXPORT_OPTIONS,
    },
  });
  if (!command || values.help || command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (command === 'export') return runExport(values).then(() => 0);
  if (positionals.length === 0) throw new Error(`${command}: give at least one path\n\n${USAGE}`);
  switch (command) {
    case 'load': {
      const batch = Number(values.batch);
      if (!Number.isInteger(batch) || batch < 1 || batch > 500) throw new Error('--batch must be an integer from 1 to 500');
      const s = await runLoad(positionals, { batch, source: values.source });
      process.stderr.write(
        `loaded ${s.created} new, ${s.unchanged} already there, ${s.failed.length} failed of ${s.files} files; ` +
          `${s.entities} entity mentions, ${s.statements} statements, ${s.relations} relations\n`,
      );
      for (const f of s.failed) process.stderr.write(`  failed: ${f.file}: ${f.error}\n`);
      return s.failed.length ? 1 : 0;
    }
    case 'extract': {
      let failed = 0;
      for (const file of articleFiles(positionals)) {
        try {
          const article = parseArticle(readArticleFile(file));
          process.stdout.write(`${JSON.stringify(toContract(file, extract(article.body)))}\n`);
        } catch (err) {
          failed++;
          process.stderr.write(`${file}: ${err instanceof Error ? err.message : err}\n`);
        }
      }
      return failed ? 1 : 0;
    }
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
