// What an edge derives from its Evidence nodes, in Cypher: shared by the writers and the start-up migration.
//
// A relation edge keeps, beside its confidence, how many of its articles gave each confidence: two short lists
// (`confidenceValues` ascending, `confidenceCounts`), bounded by the confidences an article can give (two decimals),
// not by the number of articles. A new article updates them and the confidence without reading the edge's evidence.

/**
 * An edge's confidence by noisy-or, 1 − Π(1 − cᵢ), each article independent evidence (0.5 for one whose confidence
 * is unknown); 1 for reference data; none for CO_OCCURS. The factors are multiplied in ascending order, each as many
 * times as articles gave it, so that the figure is the same to the last bit whatever order the articles came in and
 * whether it was updated article by article or recomputed from the evidence.
 */
const confidenceOf = (vs: string, ns: string) => `CASE WHEN type(x) = 'CO_OCCURS' THEN null WHEN coalesce(x.reference, false) THEN 1.0
  ELSE 1.0 - reduce(p = 1.0, i IN range(0, size(${vs}) - 1) | reduce(q = p, _ IN range(1, ${ns}[i]) | q * (1.0 - ${vs}[i]))) END`;

/** Sets edge x's confidence from its confidence counts (x stays bound). */
export const SET_CONFIDENCE = `SET x.confidence = ${confidenceOf('coalesce(x.confidenceValues, [])', 'x.confidenceCounts')}`;

/**
 * Adds the confidences in row r (`values` ascending and distinct, `counts` of each: what the new articles gave) to edge
 * x's counts, then its confidence (x and r stay bound).
 */
export const ADD_CONFIDENCES = `
  CALL (x, r) {
    WITH coalesce(x.confidenceValues, []) AS vs, coalesce(x.confidenceCounts, []) AS ns
    UNWIND range(0, size(vs) + size(r.values) - 1) AS i
    WITH CASE WHEN i < size(vs) THEN vs[i] ELSE r.values[i - size(vs)] END AS v,
         CASE WHEN i < size(vs) THEN ns[i] ELSE r.counts[i - size(vs)] END AS n
    WITH v, toInteger(sum(n)) AS n ORDER BY v
    RETURN collect(v) AS values, collect(n) AS counts
  }
  SET x.confidenceValues = values, x.confidenceCounts = counts
  ${SET_CONFIDENCE}`;

/** Recomputes everything edge x derives from its evidence: count, CO_OCCURS weight, confidence (x stays bound). */
export const REFRESH_FROM_EVIDENCE = `
  CALL (x) {
    OPTIONAL MATCH (ev:Evidence {key: x.key})
    RETURN count(ev) AS n, sum(ev.weight) AS w
  }
  CALL (x) {
    OPTIONAL MATCH (ev:Evidence {key: x.key}) WHERE type(x) <> 'CO_OCCURS'
    WITH coalesce(ev.confidence, 0.5) AS c, count(ev) AS k WHERE k > 0
    WITH c, k ORDER BY c
    RETURN collect(c) AS values, collect(k) AS counts
  }
  SET x.articleCount = n, x.weight = CASE WHEN type(x) = 'CO_OCCURS' THEN w ELSE x.weight END,
      x.confidenceValues = CASE WHEN type(x) = 'CO_OCCURS' THEN null ELSE values END,
      x.confidenceCounts = CASE WHEN type(x) = 'CO_OCCURS' THEN null ELSE counts END
  ${SET_CONFIDENCE}`;
