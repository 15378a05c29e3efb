// The stable JSON line of one article's extraction, as the reference scorer reads it.
import type { Extraction } from './types.ts';

export interface ContractEntity {
  type: string;
  name: string;
  aliases: string[];
  code?: string;
  country?: string;
  adjective_only?: boolean;
}

export interface ContractLine {
  file: string;
  entities: ContractEntity[];
  statements: { speaker: string | null; text: string }[];
  relations: { type: string; source: string; target: string; title?: string }[];
}

export function toContract(file: string, x: Extraction): ContractLine {
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  const nameOf = (k: string | null) => (k === null ? null : byKey.get(k)?.name ?? null);
  return {
    file,
    entities: x.entities.map((e) => {
      const c: ContractEntity = { type: e.type, name: e.name, aliases: e.aliases };
      if (e.code) c.code = e.code;
      if (e.country) c.country = e.country;
      if (e.adjectiveOnly) c.adjective_only = true;
      return c;
    }),
    statements: x.statements.map((s) => ({ speaker: nameOf(s.speaker), text: s.text })),
    relations: x.relations
      .filter((r) => byKey.has(r.source) && byKey.has(r.target))
      .map((r) => {
        const o: { type: string; source: string; target: string; title?: string } = { type: r.type, source: nameOf(r.source)!, target: nameOf(r.target)! };
        if (r.title) o.title = r.title;
        return o;
      }),
  };
}
