import { describe, expect, it } from 'vitest';
import { rulesOnly, ex, rel } from '../../tests/extract/helpers.ts';

rulesOnly();

describe('a title that names its owner but no person', () => {
  it('stands for the person named in the sentences before', () => {
    const c = ex('Kari Nordmann møtte pressen i Oslo. Hun hadde lite å si. Men det er ikke sikkert at det er nok for den svenske statsministeren.');
    expect(rel(c, 'HAS_ROLE', 'Kari Nordmann', 'Sverige')).toBe(true);
    expect(c.relations.find((r) => r.source === 'Kari Nordmann')?.title).toBe('statsminister');
  });

  it('stands for the person named just after when nobody is named before', () => {
    const c = ex('LO-lederen glimret med sitt fravær. – Jeg vet ikke hva de gjorde, sier Hans Olsen.');
    expect(rel(c, 'HAS_ROLE', 'Hans Olsen', 'LO')).toBe(true);
  });

  it('is nobody named in the same sentence, nor someone with a stated role elsewhere', () => {
    expect(ex('Hans Olsen ringte LO-lederen i går.').relations).toEqual([]);
    const c = ex('Det sa USAs forsvarsminister James Mattis. Senere snakket han med den svenske statsministeren.');
    expect(rel(c, 'HAS_ROLE', 'James Mattis', 'Sverige')).toBe(false);
  });

  it('is nobody when the title has a name after it or the article names no one nearby', () => {
    expect(ex('En ny rapport kom i dag. Den svenske statsministeren vil ikke kommentere.').relations).toEqual([]);
  });
});
