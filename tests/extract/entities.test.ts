import { describe, expect, it } from 'vitest';
import { rulesOnly, ent, ex } from './helpers.ts';

rulesOnly();

describe('entity spotting and resolution', () => {
  it('joins a surname alone to the full name used earlier', () => {
    const c = ex('Forskaren Kari Nordvik la fram rapporten tysdag.\n\nNordvik meiner funna er klare.');
    const people = c.entities.filter((e) => e.type === 'Person');
    expect(people).toHaveLength(1);
    expect(people[0].name).toBe('Kari Nordvik');
    expect(people[0].aliases).toContain('Nordvik');
  });

  it('joins transliteration variants of a name', () => {
    const c = ex('Presidenten i Kasakhstan, Kassym-Jomart Tokajev, talte fredag. Senere møtte Kassym-Jomart Tokayev pressen.');
    const people = c.entities.filter((e) => e.type === 'Person');
    expect(people).toHaveLength(1);
    expect([people[0].name, ...people[0].aliases]).toEqual(expect.arrayContaining(['Kassym-Jomart Tokajev', 'Kassym-Jomart Tokayev']));
  });

  it('joins an acronym to the name it abbreviates', () => {
    const c = ex('Landet har bedt Den kollektive sikkerhetspakten (CSTO) om hjelp. CSTO svarte raskt.');
    const orgs = c.entities.filter((e) => e.type === 'Organisation');
    expect(orgs).toHaveLength(1);
    expect([orgs[0].name, ...orgs[0].aliases]).toEqual(expect.arrayContaining(['CSTO', 'Den kollektive sikkerhetspakten']));
  });

  it('joins an acronym defined in the text that no reference knows', () => {
    const c = ex('Flyene kommer fra Nordisk Lufttransport Samvirke (NLS) i morgen. Ifølge NLS er alt klart.');
    const orgs = c.entities.filter((e) => e.type === 'Organisation');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases).toContain('NLS');
  });

  it('keeps name particles inside a name', () => {
    const c = ex('Det sa Europakommisjonens president Ursula von der Leyen i Brussel.');
    expect(c.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Ursula von der Leyen']);
  });

  it('keeps two people who share a surname apart', () => {
    const c = ex('Henrik Ingebrigtsen ble nummer fire. Jakob Ingebrigtsen vant gull, og Gjert Ingebrigtsen jublet.');
    const people = c.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Henrik Ingebrigtsen', 'Jakob Ingebrigtsen', 'Gjert Ingebrigtsen']));
    expect(people).toHaveLength(3);
  });

  it('reads countries from names, genitives, adjectives and demonyms', () => {
    const c = ex('Kasakhstans regjering har bedt om hjelp, og russiske styrker er på vei. Det skal visst Kasakhstanske-styrker selv ta seg av.');
    const kz = c.entities.filter((e) => e.code === 'KZ');
    expect(kz).toHaveLength(1);
    expect(kz[0].adjective_only).toBeUndefined();
    const ru = ent(c, 'Russland')!;
    expect(ru).toMatchObject({ type: 'Country', code: 'RU', adjective_only: true });
  });

  it('does not take an adjective inside an organisation name as a country', () => {
    const c = ex('Det sier fagrådgiver Ivar Dale i Den norske Helsingforskomité.');
    expect(c.entities.find((e) => e.code === 'NO')).toBeUndefined();
    expect(ent(c, 'Den norske Helsingforskomité')?.type).toBe('Organisation');
  });

  it('lists a party named by its code under its full name, with the Nynorsk name as alias', () => {
    const c = ex('Det seier saksordførar Eva Kristin Hansen (Ap) til avisa.');
    const ap = ent(c, 'Arbeiderpartiet')!;
    expect(ap.type).toBe('Organisation');
    expect(ap.aliases).toEqual(expect.arrayContaining(['Ap', 'Arbeidarpartiet']));
  });

  it('counts photo credits and media as organisations', () => {
    const c = ex('Presidenten talte til folket fredag. Foto: Reuters/NTB\n\nDet skriver nyhetsbyrået AP.');
    for (const n of ['Reuters', 'NTB', 'AP']) expect(ent(c, n)?.type, n).toBe('Organisation');
    expect(ent(c, 'Arbeiderpartiet')).toBeUndefined(); // "AP" the agency, not "Ap" the party
  });

  it('does not take sentence-initial words or pronouns for names', () => {
    const c = ex('Han sa ja. Dermed var saka avgjort. Dei fleste var einige. Hun smilte.');
    expect(c.entities).toHaveLength(0);
  });

  it('places cities and types Nynorsk country names', () => {
    const c = ex('Statsministeren kom til Almaty frå Noreg måndag.');
    expect(ent(c, 'Almaty')).toMatchObject({ type: 'Location', country: 'KZ' });
    expect(ent(c, 'Noreg')).toMatchObject({ type: 'Country', code: 'NO' });
  });
});
