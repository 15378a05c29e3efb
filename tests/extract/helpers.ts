import { extract } from '../../server/extract/index.ts';
import { toContract, type ContractLine } from '../../server/extract/contract.ts';
import { beforeAll } from 'vitest';
import { setTagger } from '../../server/extract/tagger.ts';

/**
 * The rules are tested on their own; the statistical tagger is one more signal and has its own tests. Called at the
 * top of each such file: unit files share their worker's modules (isolate: false), so a module's top level would run
 * for the first file only, and each file starts from the product's tagger (tests/support/unit-setup.ts).
 */
export function rulesOnly(): void {
  setTagger(null); // for what the file reads while its tests are collected
  beforeAll(() => setTagger(null)); // after the setup file's reset
}

export function ex(body: string): ContractLine {
  return toContract('test.txt', extract(body));
}

export const ent = (c: ContractLine, name: string) =>
  c.entities.find((e) => e.name === name || e.aliases.includes(name));

export const rel = (c: ContractLine, type: string, source: string, target: string) =>
  c.relations.some((r) => r.type === type && r.source === source && r.target === target);
