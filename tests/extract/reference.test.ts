import { describe, expect, it } from 'vitest';
import { loadReference } from '../../server/reference/index.ts';
import { adjectiveForms, demonymForms } from '../../scripts/build-reference.ts';

describe('reference data', () => {
  const ref = loadReference();

  it('lists every ISO 3166-1 country with Bokmål and Nynorsk names', () => {
    expect(ref.countries.length).toBeGreaterThanOrEqual(249);
    const kz = ref.countryByCode('KZ')!;
    expect(kz.name).toBe('Kasakhstan');
    expect(ref.countryByCode('NO')!.nameNn).toBe('Noreg');
    expect(ref.countryByCode('BY')!.aliases).toEqual(expect.arrayContaining(['Belarus']));
    expect(ref.countryByCode('BY')!.name).toBe('Hviterussland');
  });

  it('finds countries by name, alias, genitive, adjective and demonym', () => {
    expect(ref.lookup('Kasakhstans').map((h) => h.kind)).toContain('country');
    expect(ref.lookup('Kviterussland')[0]).toMatchObject({ kind: 'country', country: { code: 'BY' } });
    expect(ref.countryByAdjective('russiske')?.code).toBe('RU');
    expect(ref.countryByAdjective('kasakhstanske')?.code).toBe('KZ');
    expect(ref.countryByAdjective('amerikanarane')?.code).toBe('US');
    expect(ref.countryByAdjective('nordmenn')?.code).toBe('NO');
    expect(ref.countryByAdjective('finne')).toBeUndefined(); // "å finne" is a verb
  });

  it('inflects adjectives and demonyms by rule', () => {
    expect(adjectiveForms('russisk')).toEqual(['russisk', 'russiske']);
    expect(demonymForms('russer')).toEqual(expect.arrayContaining(['russere', 'russerne', 'russarane']));
    expect(demonymForms('svenske')).toEqual(expect.arrayContaining(['svensker', 'svenskene', 'svenskane']));
    expect(demonymForms('nordmann')).toEqual(expect.arrayContaining(['nordmenn', 'nordmennene']));
  });

  it('keeps organisations with aliases, category and members', () => {
    const csto = ref.organisationById('csto')!;
    expect(csto.members).toEqual(expect.arrayContaining(['RU', 'BY', 'KZ', 'KG', 'TJ', 'AM']));
    expect(csto.aliases).toContain('Den kollektive sikkerhetspakten');
    expect(ref.lookup('Høgre')[0]).toMatchObject({ kind: 'organisation', organisation: { id: 'hoyre' } });
    expect(ref.lookup('NATOs')[0]).toMatchObject({ kind: 'organisation', organisation: { id: 'nato' } });
    expect(ref.partyByCode('H')?.name).toBe('Høyre');
    expect(ref.partyByCode('Frp')?.name).toBe('Fremskrittspartiet');
    for (const id of ['un', 'osce', 'who', 'eu', 'ntb', 'npk', 'nrk', 'tv2', 'reuters', 'nav', 'pst', 'lo', 'nho', 'ud']) {
      expect(ref.organisationById(id), id).toBeDefined();
    }
  });

  it('keeps no list of places: cities are the gazetteers\' evidence, not reference records', () => {
    expect(ref.lookup('Almaty')).toEqual([]);
    expect(ref.lookup('Tromsø')).toEqual([]);
    expect(ref.lookup('Kasakhstan')[0]).toMatchObject({ kind: 'country', country: { code: 'KZ' } });
  });
});
