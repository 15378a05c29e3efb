// What an edge derives from its Evidence nodes, in Cypher: shared by the writers and the start-up migration.

/**
 * An edge's confidence from its evidence by noisy-or, 1 − Π(1 − cᵢ), each article independent evidence (0.5 for
 * one whose confidence is unknown); 1 for reference data; none for CO_OCCURS. The factors are multiplied in
 * ascending order, so that the figure is the same to the last bit whatever order the articles came in.
 */
const CONFIDENCE = `CASE WHEN type(x) = 'CO_OCCURS' THEN null WHEN coalesce(x.reference, false) THEN 1.0
  ELSE 1.0 - reduce(p = 1.0, c IN cs | p * (1.0 - c)) END`;

/** Recomputes edge x's confidence from its evidence (x stays bound). */
export const REFRESH_CONFIDENCE = `
  CALL {
    WITH x
    MATCH (ev:Evidence {key: x.key})
    WITH coalesce(ev.confidence, 0.5) AS c ORDER BY c
    RETURN collect(c) AS cs
  }
  SET x.confidence = ${CONFIDENCE}`;

/** Recomputes everything edge x derives from its evidence: count, CO_OCCURS weight, confidence (x stays bound). */
export const REFRESH_FROM_EVIDENCE = `
  CALL {
    WITH x
    OPTIONAL MATCH (ev:Evidence {key: x.key})
    WITH ev, coalesce(ev.confidence, 0.5) AS c ORDER BY c
    RETURN count(ev) AS n, sum(ev.weight) AS w, collect(CASE WHEN ev IS NULL THEN null ELSE c END) AS cs
  }
  SET x.articleCount = n, x.weight = CASE WHEN type(x) = 'CO_OCCURS' THEN w ELSE x.weight END,
      x.confidence = ${CONFIDENCE}`;

