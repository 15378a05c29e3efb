import { BATCHED_JOB, type Store, type Tx } from '../store/store.ts';
import { FOLD_PARAMS, foldCypher } from '../text/fold.ts';

// Per-entity figures the API sorts and filters on (articleCount, firstSeen, lastSeen, nameFolded), kept as
// indexed node properties so that a sorted page at a million nodes reads an index instead of counting
// MENTIONS. A load adds one article to each entity it names; a merge or a deletion recounts from the MENTIONS that
// remain, so they stay exact through loads, merges and deletions in any order.

/** Sets the folded name and aliases of the entity bound to `e`, for `nameContains`. */
const SET_FOLDED = `SET e.nameFolded = ${foldCypher(`e.name + ' | ' + reduce(t = '', x IN coalesce(e.aliases, []) | t + x + ' | ')`)}`;

/** Sets the figures of the entity bound to `e`; expects MENTIONS from articles to be final. */
const SET_STATS = `
  CALL (e) {
    OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
    RETURN count(a) AS articles, min(a.dateFrom) AS first, max(a.dateTo) AS last
  }
  SET e.articleCount = articles, e.firstSeen = first, e.lastSeen = last
  WITH e
  ${SET_FOLDED}`;

/** One entity's share of a run of new articles: how many name it, their earliest dateFrom and latest dateTo. */
export interface EntityShare {
  id: string;
  articles: number;
  first: string | null;
  last: string | null;
}

/**
 * After a run of new articles is written: each entity they name gains their count, and its first and last seen widen
 * to their dates, in constant time however many articles name it (a hub is not recounted on every load). Entities
 * merged by the run (`recount`, their MENTIONS just moved) and entities without figures yet are recounted.
 */
export async function refreshRunEntities(tx: Tx, shares: EntityShare[], recount: string[] = []): Promise<void> {
  if (shares.length === 0) return;
  await tx.run(
    `UNWIND $shares AS r
     MATCH (e:Entity {id: r.id})
     WHERE e.articleCount IS NOT NULL AND NOT e.id IN $recount
     SET e.articleCount = e.articleCount + toInteger(r.articles),
         e.firstSeen = CASE WHEN e.firstSeen IS NULL OR r.first < e.firstSeen THEN r.first ELSE e.firstSeen END,
         e.lastSeen = CASE WHEN e.lastSeen IS NULL OR r.last > e.lastSeen THEN r.last ELSE e.lastSeen END
     ${SET_FOLDED}`,
    { shares, recount, fold: FOLD_PARAMS },
  );
  await tx.run(
    `UNWIND $ids AS id
     MATCH (e:Entity {id: id}) WHERE e.articleCount IS NULL OR e.id IN $recount
     WITH DISTINCT e ${SET_STATS}`,
    { ids: shares.map((s) => s.id), recount, fold: FOLD_PARAMS },
  );
}

/** After an article is deleted: the figures of the entities it mentioned that are still there. */
export async function refreshEntities(tx: Tx, ids: string[]): Promise<void> {
  await tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) WITH DISTINCT e ${SET_STATS}`, { ids, fold: FOLD_PARAMS });
}

/**
 * At start-up: fills in the figures of entities that lack them (a graph written before they were kept, reference
 * data just seeded), in batches. Entities that have them are not touched, so a second run does nothing.
 */
export async function backfillEntityStats(store: Store): Promise<number> {
  const session = store.driver.session({ database: store.database });
  try {
    const res = await session.run(
      `MATCH (e:Entity) WHERE e.articleCount IS NULL OR e.nameFolded IS NULL
       CALL (e) { ${SET_STATS} } IN TRANSACTIONS OF 5000 ROWS
       RETURN count(*) AS n`,
      { fold: FOLD_PARAMS },
      BATCHED_JOB,
    );
    return (res.records[0]?.get('n') as number) ?? 0;
  } finally {
    await session.close();
  }
}
