import { extract } from '../../server/extract/index.ts';
import { toContract, type ContractLine } from '../../server/extract/contract.ts';
import { setTagger } from '../../server/extract/tagger.ts';

// The rules are tested on their own; the statistical tagger is one more signal and has its own tests.
setTagger(null);

export function ex(body: string): ContractLine {
  return toContract('test.txt', extract(body));
}

export const ent = (c: ContractLine, name: string) =>
  c.entities.find((e) => e.name === name || e.aliases.includes(name));

export const rel = (c: ContractLine, type: string, source: string, target: string) =>
  c.relations.some((r) => r.type === type && r.source === source && r.target === target);
