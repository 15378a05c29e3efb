import { aliasesBesides, entityKeys, fullestName } from '../resolve/names.ts';
import type { Tx } from '../store/store.ts';
import { ENTITY_LABELS, REFRESH_SEARCH_FIELDS } from '../write/cypher.ts';
import { foldDiacritics } from '../text/fold.ts';

// An entity's name, aliases and keys set by a correction, or given back to what its articles say.

export async function setNames(tx: Tx, id: string, name: string, aliases: string[], keys: string[]): Promise<void> {
  // The folded name the lists filter on follows, folded as entity-stats.ts folds it (without recounting a hub's articles).
  const nameFolded = foldDiacritics(`${name} | ${aliases.map((a) => `${a} | `).join('')}`);
  await tx.run(
    `MATCH (e:Entity {id: $id})
     SET e.name = $name, e.aliases = $aliases, e.keys = $keys, e.nameFolded = $nameFolded
     ${REFRESH_SEARCH_FIELDS}`,
    { id, name, aliases, keys, nameFolded },
  );
}

/**
 * The name, aliases and keys the entity's articles and reference data give it, as deleting an article recomputes them:
 * the fullest form names it (reference data names its own: `referenceName`), the others are its aliases.
 */
export async function namesFromArticles(tx: Tx, id: string, referenceName: string): Promise<void> {
  const res = await tx.run(
    `MATCH (e:Entity {id: $id})
     OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
     WITH e, reduce(acc = [], fs IN collect(m.forms) | acc + fs) AS forms
     RETURN [l IN labels(e) WHERE l IN $entityLabels][0] AS label,
            coalesce(e.reference, false) AS reference, coalesce(e.refAliases, []) AS refAliases,
            coalesce(e.refKeys, []) AS refKeys, forms`,
    { id, entityLabels: ENTITY_LABELS },
  );
  const r = res.records[0];
  if (!r) return;
  const all = [...new Set([...(r.get('refAliases') as string[]), ...(r.get('forms') as string[])])];
  const name = r.get('reference') ? referenceName : (fullestName(all) ?? referenceName);
  const keys = [...new Set([...(r.get('refKeys') as string[]), ...entityKeys(r.get('label'), [name, ...all])])];
  await setNames(tx, id, name, aliasesBesides(name, all), keys);
}
