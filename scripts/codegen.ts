// `npm run codegen`: writes the API's TypeScript types from its schema (schema/codegen.ts); `-- --check` only
// says which generated files are stale, and fails if any is.
import fs from 'node:fs';
import path from 'node:path';
import { generatedFiles, REPOSITORY_ROOT } from '../schema/codegen.ts';

async function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [file, text] of Object.entries(await generatedFiles())) {
    const full = path.join(REPOSITORY_ROOT, file);
    const now = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : null;
    if (now === text) continue;
    stale++;
    if (check) {
      console.error(`${file} is stale: run npm run codegen`);
      continue;
    }
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    console.log(`wrote ${file}`);
  }
  if (check && stale) process.exit(1);
  if (!stale) console.log('generated API types are up to date');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
