import { reapplyCorrections } from '../correct/reapply.ts';
import { lockResolution } from '../resolve/lock.ts';
import { aliasesBesides, entityKeys, fullestName } from '../resolve/names.ts';
import type { Tx } from '../store/store.ts';
import { ENTITY_LABELS, REFRESH_SEARCH_FIELDS } from './cypher.ts';
import { removeArticleEvidence } from './evidence.ts';
import { refreshEntities } from './entity-stats.ts';
import { deleteNode } from '../store/delete-node.ts';

// Removing an article removes exactly what only it supported.

const count = (res: { records: { get(k: string): unknown }[] }) => (res.records[0]?.get('n') as number) ?? 0;

export async function deleteArticle(tx: Tx, articleId: string): Promise<{ deleted: boolean; removedNodes: number }> {
  const found = await tx.run('MATCH (a:Article {id: $articleId}) RETURN a.id', { articleId });
  if (found.records.length === 0) return { deleted: false, removedNodes: 0 };
  // Names and keys are recomputed below from what remains: take turns with resolution (see lock.ts).
  await lockResolution(tx);

  const statements = await tx.run(
    `MATCH (:Article {id: $articleId})<-[:IN]-(s:Statement) ${deleteNode('s')} RETURN count(*) AS n`,
    { articleId },
  );
  // Its evidence goes; the edges it supported are recomputed from what is left, and those left with none (and not
  // reference data) go.
  await removeArticleEvidence(tx, articleId);
  const mentioned = await tx.run(
    `MATCH (:Article {id: $articleId})-[m:MENTIONS]->(e:Entity)
     SET e.mentionCount = e.mentionCount - m.count
     DELETE m
     RETURN collect(DISTINCT e.id) AS ids`,
    { articleId },
  );
  const ids = mentioned.records[0].get('ids') as string[];
  const orphans = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     WHERE NOT coalesce(e.reference, false) AND NOT ()-[:MENTIONS]->(e)
     ${deleteNode('e')}
     RETURN count(*) AS n`,
    { ids },
  );
  // What stays gets back the name, aliases and keys that the remaining articles and reference data give: the
  // fullest remaining form names it (reference data names its own), the others are its aliases. Its id stays
  // (ids are stable even when the form they came from is gone), and so do the redirects to it.
  const kept = await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id})
     OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
     WITH e, reduce(acc = [], fs IN collect(m.forms) | acc + fs) AS forms
     RETURN e.id AS id, [l IN labels(e) WHERE l IN $entityLabels][0] AS type,
            e.name AS name, coalesce(e.reference, false) AS reference,
            coalesce(e.refAliases, []) AS refAliases, coalesce(e.refKeys, []) AS refKeys, forms`,
    { ids, entityLabels: ENTITY_LABELS },
  );
  const rows = kept.records.map((r) => {
    const all = [...new Set([...(r.get('refAliases') as string[]), ...(r.get('forms') as string[])])];
    const name = r.get('reference') ? (r.get('name') as string) : (fullestName(all) ?? (r.get('name') as string));
    return {
      id: r.get('id') as string,
      name,
      aliases: aliasesBesides(name, all),
      keys: [...new Set([...(r.get('refKeys') as string[]), ...entityKeys(r.get('type'), [name, ...all])])],
    };
  });
  if (rows.length) {
    await tx.run(
      `UNWIND $rows AS r
       MATCH (e:Entity {id: r.id})
       SET e.name = r.name, e.aliases = r.aliases, e.keys = r.keys
       ${REFRESH_SEARCH_FIELDS}`,
      { rows },
    );
  }
  await tx.run(`MATCH (a:Article {id: $articleId}) ${deleteNode('a')}`, { articleId });
  await refreshEntities(tx, ids);
  await reapplyCorrections(tx, [], ids);
  return { deleted: true, removedNodes: 1 + count(statements) + count(orphans) };
}
