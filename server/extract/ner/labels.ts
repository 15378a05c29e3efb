// The IOB2 label set and the transitions that make a valid sequence.

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'GPE_LOC', 'GPE_ORG', 'PROD', 'EVT', 'DRV', 'MISC'] as const;

/** O first, then B-T and I-T for every type. */
export function defaultLabels(): string[] {
  const out = ['O'];
  for (const t of ENTITY_TYPES) out.push(`B-${t}`, `I-${t}`);
  return out;
}

/** allowed[prev * L + cur]; prev = L stands for the sentence start. I-T needs B-T or I-T before it. */
export function allowedTransitions(labels: string[]): Uint8Array {
  const L = labels.length;
  const allowed = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cur = labels[c];
      let ok = true;
      if (cur.startsWith('I-')) {
        const prev = p < L ? labels[p] : 'O';
        ok = prev !== 'O' && prev.slice(2) === cur.slice(2);
      }
      allowed[p * L + c] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/** Repairs an IOB2 sequence: an I-T that does not continue a T span becomes B-T. */
export function repairIob2(tags: string[]): string[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!t.startsWith('I-')) continue;
    const prev = i > 0 ? out[i - 1] : 'O';
    if (prev === 'O' || prev.slice(2) !== t.slice(2)) out[i] = `B-${t.slice(2)}`;
  }
  return out;
}
