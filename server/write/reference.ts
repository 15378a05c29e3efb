import { createHash } from 'node:crypto';
import { loadReference } from '../reference/index.ts';
import { entityKeys } from '../resolve/names.ts';
import { edgeId } from '../store/edge-key.ts';
import type { Store } from '../store/store.ts';
import { REFRESH_SEARCH_FIELDS } from './cypher.ts';

// Reference data from seeds/: countries and organisations with their members, marked as such.

const UPSERT = (label: string) => `
  UNWIND $rows AS r
  MERGE (e:Node {id: r.id})
    ON CREATE SET e:${label}:Entity, e.aliases = [], e.keys = [], e.mentionCount = 0
  SET e.reference = true, e.name = r.name, e.code = r.code, e.category = r.category, e.country = r.country,
      e.adjectives = r.adjectives, e.refAliases = r.aliases, e.refKeys = r.keys,
      e.aliases = r.aliases + [x IN e.aliases WHERE NOT x IN r.aliases AND x <> r.name],
      e.keys = r.keys + [k IN e.keys WHERE NOT k IN r.keys]
  WITH e
  ${REFRESH_SEARCH_FIELDS}`;

const MEMBERS = `
  UNWIND $rows AS r
  MATCH (m:Entity {id: r.member})
  MATCH (o:Organisation {id: r.org})
  MERGE (m)-[x:MEMBER_OF]->(o)
    ON CREATE SET x.key = r.key, x.articleCount = 0
  SET x.reference = true, x.confidence = 1.0`;

function referenceRows() {
  const ref = loadReference();
  const countries = ref.countries.map((c) => {
    const aliases = [...new Set([c.nameNn, ...(c.aliases ?? [])].filter((a): a is string => Boolean(a) && a !== c.name))];
    return {
      id: `country:${c.code}`,
      name: c.name,
      code: c.code,
      category: 'country',
      country: c.code,
      aliases,
      adjectives: [...(c.adjectives ?? []), ...(c.demonyms ?? [])],
      keys: entityKeys('Country', [c.name, ...aliases]),
    };
  });
  const organisations = ref.organisations.map((o) => ({
    id: `org:${o.id}`,
    name: o.name,
    code: null,
    category: o.category ?? null,
    country: o.country ?? null,
    aliases: (o.aliases ?? []).filter((a) => a !== o.name),
    adjectives: [],
    keys: entityKeys('Organisation', [o.name, ...(o.aliases ?? [])]),
  }));
  const memberIds = new Set([...countries.map((c) => c.id), ...organisations.map((o) => o.id)]);
  const members = ref.organisations.flatMap((o) =>
    (o.members ?? [])
      .map((m) => (/^[A-Z]{2}$/.test(m) ? `country:${m}` : `org:${m}`))
      .filter((member) => memberIds.has(member))
      .map((member) => ({ member, org: `org:${o.id}`, key: edgeId('MEMBER_OF', member, `org:${o.id}`) })),
  );
  return { countries, organisations, members };
}

/** Loads reference data when it changed since the last load (a hash kept in the graph). */
export async function seedReference(store: Store): Promise<{ loaded: boolean; countries: number; organisations: number }> {
  const rows = referenceRows();
  const version = createHash('sha1').update(JSON.stringify(rows)).digest('hex');
  const current = await store.read(async (tx) => {
    const r = await tx.run('MATCH (m:Meta {id: "reference"}) RETURN m.version AS v');
    return r.records[0]?.get('v') as string | undefined;
  });
  const counts = { countries: rows.countries.length, organisations: rows.organisations.length };
  if (current === version) return { loaded: false, ...counts };
  await store.write(async (tx) => {
    await tx.run(UPSERT('Country'), { rows: rows.countries });
    await tx.run(UPSERT('Organisation'), { rows: rows.organisations });
    await tx.run(MEMBERS, { rows: rows.members });
    await tx.run('MERGE (m:Meta {id: "reference"}) SET m.version = $version', { version });
  });
  return { loaded: true, ...counts };
}
