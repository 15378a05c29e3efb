import { describe, expect, it } from 'vitest';
import { rulesOnly, ex, rel } from './helpers.ts';
import { extract } from '../../server/extract/index.ts';

rulesOnly();

describe('relations', () => {
  it('ties a title to the organisation or country the text names', () => {
    const c = ex('Det sa Natos generalsekretær Jens Stoltenberg onsdag. Også USAs forsvarsminister James Mattis var til stede, og fagrådgiver Ivar Dale i Den norske Helsingforskomité kommenterte.');
    expect(rel(c, 'HAS_ROLE', 'Jens Stoltenberg', 'NATO') || rel(c, 'HAS_ROLE', 'Jens Stoltenberg', 'Nato')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'James Mattis', 'USA')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'Ivar Dale', 'Den norske Helsingforskomité')).toBe(true);
    expect(c.relations.find((r) => r.source === 'Ivar Dale')?.title).toBe('fagrådgiver');
  });

  it('gives no role for a bare title', () => {
    const c = ex('Det sa statsminister Erna Solberg onsdag.');
    expect(c.relations).toEqual([]);
  });

  it('reads party membership from a code after a name, and roles from a compound and an apposition', () => {
    const c = ex('Justisminister Tor Mikkel Wara (Frp) kommenterte saka. LO-leder Hans-Christian Gabrielsen var uenig. Det sa presidenten i Tyrkia, Recep Tayyip Erdogan.');
    expect(c.relations.find((r) => r.source === 'Tor Mikkel Wara' && r.target === 'Fremskrittspartiet')?.title).toBe('medlem');
    expect(rel(c, 'HAS_ROLE', 'Hans-Christian Gabrielsen', 'LO')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'Recep Tayyip Erdogan', 'Tyrkia')).toBe(true);
  });

  it('reads troops sent, with an enumeration whose target is in the sentence before', () => {
    const c = ex('– Nå har styrkene fra Russland kommet til Kasakhstan. Det vil nok også komme styrker fra nabolandene Hviterussland, Tadsjikistan, Kirgisistan.');
    for (const src of ['Russland', 'Hviterussland', 'Tadsjikistan', 'Kirgisistan']) expect(rel(c, 'SENDS_TROOPS_TO', src, 'Kasakhstan'), src).toBe(true);
    expect(c.relations.filter((r) => r.type === 'SENDS_TROOPS_TO')).toHaveLength(4);
  });

  it('reads troops from an adjective and an invasion', () => {
    const c = ex('Det er rundt 5.200 amerikanske soldater i Irak. Russlands invasjon av Ukraina møter fordømmelse.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'USA', 'Irak')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Russland', 'Ukraina')).toBe(true);
  });

  it('reads troops clause by clause', () => {
    const c = ex('Tyskland har sendt soldater til Litauen, og Frankrike har styrker i Romania.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'Tyskland', 'Litauen')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Frankrike', 'Romania')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Tyskland', 'Romania')).toBe(false);
  });

  it('does not read troops where a conflict is only mentioned', () => {
    const c = ex('I januar ble 150 soldater utplassert som følge av konflikten mellom Russland og Ukraina.');
    expect(c.relations.filter((r) => r.type === 'SENDS_TROOPS_TO')).toEqual([]);
  });

  it('reads membership from "ORG-landet X" and enumerations of members', () => {
    const c = ex('Soldatene reiser til Nato-landet Litauen. Sverige hjelper dei tre EØS-landa Noreg, Island og Liechtenstein.');
    expect(c.relations.some((r) => r.type === 'MEMBER_OF' && r.source === 'Litauen')).toBe(true);
    for (const n of ['Noreg', 'Island', 'Liechtenstein']) expect(rel(c, 'MEMBER_OF', n, 'EØS'), n).toBe(true);
  });

  it('places a location in a country or a city', () => {
    const c = ex('Flyene skal til Kaunas i Litauen. Meklingen skjer i Grensen midt i Oslo. Uroen er størst i landets største by Almaty, sier kilder i Kasakhstan.');
    expect(rel(c, 'LOCATED_IN', 'Kaunas', 'Litauen')).toBe(true);
    expect(rel(c, 'LOCATED_IN', 'Grensen', 'Oslo')).toBe(true);
  });
});

// Each rule family with positive and negative sentences, in Bokmål and Nynorsk. Written for these tests.
describe('relations: roles', () => {
  it('reads a title compound with an organisation before a name', () => {
    const c = ex('Det sier NHO-sjef Kari Lunde. KrF-nestleiaren Ola Dahl var ueinig. Frp-leder Per Vik svarte ikke. Nato-sjef Anne Berg kom seint.');
    expect(rel(c, 'HAS_ROLE', 'Kari Lunde', 'NHO')).toBe(true);
    expect(c.relations.find((r) => r.source === 'Ola Dahl')?.title).toBe('nestleiar');
    expect(c.relations.some((r) => r.source === 'Per Vik' && r.target === 'Fremskrittspartiet')).toBe(true);
    expect(c.relations.some((r) => r.source === 'Anne Berg' && r.type === 'HAS_ROLE')).toBe(true);
  });

  it('reads titles with i, ved, for and hos, before or after the name, and appositions', () => {
    const c = ex('Det sier Marit Holm, direktør ved Norsk Utenrikspolitisk Institutt. Ifølge Pål Sand, sjef for Økokrim, er saka alvorleg. Leiaren i LO, Frida Moe, er nøgd. Kommunikasjonssjef Eva Lie i Utenriksdepartementet bekrefter saken.');
    expect(rel(c, 'HAS_ROLE', 'Marit Holm', 'Norsk Utenrikspolitisk Institutt')).toBe(true);
    expect(c.relations.find((r) => r.source === 'Pål Sand')?.title).toBe('sjef');
    expect(rel(c, 'HAS_ROLE', 'Frida Moe', 'LO')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'Eva Lie', 'Utenriksdepartementet')).toBe(true);
  });

  it('reads genitive and adjective titles, and a title opening the sentence', () => {
    const c = ex('Det sa Frankrikes president Emmanuel Macron. Russlands president, Vladimir Putin, svarte. Den tyske kansleren Olaf Scholz lytta. Direktør i Statens vegvesen Ingrid Dahl sier at vegen er stengd.');
    expect(rel(c, 'HAS_ROLE', 'Emmanuel Macron', 'Frankrike')).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'Vladimir Putin', 'Russland')).toBe(true);
    expect(c.relations.find((r) => r.source === 'Olaf Scholz')).toMatchObject({ target: 'Tyskland', title: 'kansler' });
    expect(rel(c, 'HAS_ROLE', 'Ingrid Dahl', 'Statens vegvesen')).toBe(true);
  });

  it('reads an apposition after an age or party code, and "som leiar"', () => {
    const c = ex('Det sier Ola Nordmann (45), daglig leder i Statens vegvesen. Kari Holm (Ap), leiar i Statens vegvesen, er nøgd. Det seier Per Hansen, som leiar Statens vegvesen.');
    for (const n of ['Ola Nordmann', 'Kari Holm', 'Per Hansen']) expect(rel(c, 'HAS_ROLE', n, 'Statens vegvesen'), n).toBe(true);
    expect(rel(c, 'HAS_ROLE', 'Kari Holm', 'Arbeiderpartiet')).toBe(true);
  });

  it('gives no role for a nationality with an ordinary title, nor for a bare title', () => {
    const c = ex('Hans norske advokat, Brynjulf Eng, seier at saka er alvorleg. Den svenske forskaren Lars Berg er einig. Det sa statsminister Erna Solberg.');
    expect(c.relations.filter((r) => r.type === 'HAS_ROLE')).toEqual([]);
  });

  it('reads party membership from a code after a name and a party genitive', () => {
    const c = ex('Helseminister Bent Høie (H) sier dette. Sps Trygve Slagsvold Vedum var fornøyd.');
    expect(c.relations.find((r) => r.source === 'Bent Høie' && r.target === 'Høyre')?.title).toBe('medlem');
    expect(c.relations.find((r) => r.source === 'Trygve Slagsvold Vedum' && r.target === 'Senterpartiet')?.title).toBe('medlem');
  });
});

describe('relations: membership', () => {
  it('reads membership statements and lists', () => {
    const c = ex('Finland ble medlem av Nato i april. Sverige, som er medlem av EU, har ikke innført euro. Island, Liechtenstein og Norge er med i EØS. Ungarn er eit av medlemslanda i EU. Natos medlemsland Polen og Litauen grenser til Hviterussland.');
    expect(rel(c, 'MEMBER_OF', 'Finland', 'Nato')).toBe(true);
    expect(rel(c, 'MEMBER_OF', 'Sverige', 'EU')).toBe(true);
    for (const n of ['Island', 'Liechtenstein', 'Norge']) expect(rel(c, 'MEMBER_OF', n, 'EØS'), n).toBe(true);
    expect(rel(c, 'MEMBER_OF', 'Ungarn', 'EU')).toBe(true);
    for (const n of ['Polen', 'Litauen']) expect(rel(c, 'MEMBER_OF', n, 'Nato'), n).toBe(true);
  });

  it('reads joining, leaving, unions, "blant dem" and hedged lists', () => {
    const c = ex('Sverige går inn i Nato. Partiet meiner at Danmark bør ut av EU. Dei snakka om Den nordiske unionen mellom Danmark, Noreg og Sverige, som tok slutt i 1523. Medlemslandene i Nato, blant dem Estland og Latvia, møttes. Mye endrer seg med Finland og – trolig snart – Bosnia-Hercegovina som medlemmer av Nato.');
    expect(rel(c, 'MEMBER_OF', 'Sverige', 'Nato')).toBe(true);
    expect(rel(c, 'MEMBER_OF', 'Danmark', 'EU')).toBe(true);
    for (const n of ['Danmark', 'Noreg', 'Sverige']) expect(rel(c, 'MEMBER_OF', n, 'Den nordiske unionen'), n).toBe(true);
    for (const n of ['Estland', 'Latvia']) expect(rel(c, 'MEMBER_OF', n, 'Nato'), n).toBe(true);
    expect(rel(c, 'MEMBER_OF', 'Finland', 'Nato')).toBe(true);
    expect(c.relations.some((r) => r.type === 'MEMBER_OF' && r.source === 'Bosnia-Hercegovina')).toBe(false);
  });

  it('reads no membership from a compound or genitive that names no member, nor from a denial or a wish', () => {
    const c = ex('Soldatane skal reise til Nato-land nærare Ukraina. Norge er ikke medlem av EU. Ukraina ønsker å bli medlem av Nato. FNs sikkerhetsråd møtes i dag, sier Kina. Sverige søkte om medlemskap i Nato.');
    expect(c.relations.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
  });

  it('drops a compound membership that reference data contradicts', () => {
    const c = ex('Møtet samlet Nato-landet Russland og flere andre.');
    expect(rel(c, 'MEMBER_OF', 'Russland', 'Nato')).toBe(false);
  });
});

describe('relations: troops', () => {
  it('reads a list of senders and of destinations', () => {
    const c = ex('Storbritannia, Tyskland og Frankrike sender soldater til Noreg. Nato sender fleire styrkar til Estland, Latvia og Litauen.');
    for (const n of ['Storbritannia', 'Tyskland', 'Frankrike']) expect(rel(c, 'SENDS_TROOPS_TO', n, 'Noreg'), n).toBe(true);
    for (const n of ['Estland', 'Latvia', 'Litauen']) expect(rel(c, 'SENDS_TROOPS_TO', 'Nato', n), n).toBe(true);
  });

  it('reads the subject after the verb, a government, an owner, a person with a state role and withdrawn troops', () => {
    const c = ex('I mars sende Danmark 40 soldatar til Estland. Regjeringen i Nederland vil sende 100 soldater til Latvia. USAs 35.000 soldater i Tyskland blir værende. USAs president Joe Biden sa at han sender 3000 soldater til Polen. Canada vil trekke 500 soldater ut av Irak.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'Danmark', 'Estland')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Nederland', 'Latvia')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'USA', 'Tyskland')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'USA', 'Polen')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Canada', 'Irak')).toBe(true);
  });

  it('reads a receiving country, an island state after "på", and troops crossing a border', () => {
    const c = ex('Litauen får 200 norske soldater. Polen tok imot 3000 amerikanske soldater i fjor. Norge skal ha kampfly på Island i tre uker. Russiske soldater krysset grensen til Ukraina natt til torsdag.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'Norge', 'Litauen')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'USA', 'Polen')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Norge', 'Island')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Russland', 'Ukraina')).toBe(true);
  });

  it('reads a person with a state role reporting the troops, but not a country reporting someone\'s', () => {
    const c = ex('USAs president Joe Biden bekrefter at 1000 soldater sendes til Polen.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'USA', 'Polen')).toBe(true);
    const d = ex('Litauen opplyser at 1000 soldater kommer til Polen.');
    expect(d.relations.filter((r) => r.type === 'SENDS_TROOPS_TO')).toEqual([]);
  });

  it('reads forces entering a country', () => {
    const c = ex('Russiske tropper rykket inn i Georgia i 2008. Tyrkia gjekk inn i Syria i fjor.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'Russland', 'Georgia')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Tyrkia', 'Syria')).toBe(true);
  });

  it('never takes a country that the clause does not name as destination', () => {
    const c = ex('Etter at Russland invaderte Ukraina, sender Tyskland soldater til Litauen for å verne seg mot Russland. Russland har samla 100.000 soldatar ved grensa til Ukraina. Polen sender ikke soldater til Ukraina. Han viste til konflikten mellom Armenia og Aserbajdsjan, der Frankrike har soldater.');
    const troops = c.relations.filter((r) => r.type === 'SENDS_TROOPS_TO').map((r) => `${r.source}>${r.target}`);
    expect(troops).toContain('Tyskland>Litauen');
    expect(troops).toContain('Russland>Ukraina');
    expect(troops).not.toContain('Russland>Litauen');
    expect(troops).not.toContain('Tyskland>Russland');
    expect(troops.filter((t) => t.startsWith('Polen') || t.endsWith('Armenia') || t.endsWith('Aserbajdsjan'))).toEqual([]);
    // the invasion is the only Russland>Ukraina: not the troops at the border
    expect(c.relations.filter((r) => r.type === 'SENDS_TROOPS_TO' && r.source === 'Russland')).toHaveLength(1);
  });

  it('carries a destination only to the next sentence with troops on their way', () => {
    const c = ex('Russland har sendt soldatar til Kasakhstan. Det vil òg komme styrkar frå Armenia. Seinare kom det styrkar frå Tadsjikistan.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'Armenia', 'Kasakhstan')).toBe(true);
    expect(rel(c, 'SENDS_TROOPS_TO', 'Tadsjikistan', 'Kasakhstan')).toBe(false);
  });
});

describe('relations: places', () => {
  it('places a location by preposition, direction, "som ligg i" and apposition', () => {
    const c = ex('Kampane går føre seg i Kharkiv, nordaust i Ukraina. Brannen starta i Paradise, som ligg i California. Eksplosjonen skjedde i Beirut, hovedstaden i Libanon. Demonstrantene samlet seg i Minsk, Hviterusslands hovedstad. Skjelvet ramma byen Gaziantep sør i Tyrkia.');
    expect(rel(c, 'LOCATED_IN', 'Kharkiv', 'Ukraina')).toBe(true);
    expect(rel(c, 'LOCATED_IN', 'Beirut', 'Libanon')).toBe(true);
    expect(rel(c, 'LOCATED_IN', 'Minsk', 'Hviterussland')).toBe(true);
    expect(rel(c, 'LOCATED_IN', 'Gaziantep', 'Tyrkia')).toBe(true);
  });

  it('reads a country adjective or genitive before a place noun, and a capital whose country the article names', () => {
    const c = ex('I den ukrainske hovudstaden Kyiv gjekk sirenene. Kasakhstans største by Almaty er roleg. Ukraina ber om hjelp, og i hovudstaden Kyiv er det kaldt.');
    expect(rel(c, 'LOCATED_IN', 'Kyiv', 'Ukraina')).toBe(true);
    expect(rel(c, 'LOCATED_IN', 'Almaty', 'Kasakhstan')).toBe(true);
  });

  it('reads "i landet" as the country last named only where reference data puts the place there, and "mellom anna i"', () => {
    const c = ex('Ukraina melder at kampane held fram i Odesa og Kharkiv aust i landet. Opprørarane har leirar i den nordlege delen av Syria, mellom anna i Idlib.');
    for (const n of ['Odesa', 'Kharkiv']) expect(rel(c, 'LOCATED_IN', n, 'Ukraina'), n).toBe(true);
    expect(rel(c, 'LOCATED_IN', 'Idlib', 'Syria')).toBe(true);
    const d = ex('Frankrike meiner at kampane i Kharkiv aust i landet er over.');
    expect(rel(d, 'LOCATED_IN', 'Kharkiv', 'Frankrike')).toBe(false);
  });

  it('drops a parent that reference data contradicts, and reads no place from "nord for" or a date', () => {
    const c = ex('Han reiste fra Oslo i Sverige. Byen ligger nord for Oslo. Toppmøtet skal holdes i Vilnius i juli.');
    expect(c.relations.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
  });
});

describe('relations: confidence', () => {
  const x = (body: string) => {
    const out = extract(body);
    const name = (k: string) => out.entities.find((e) => e.key === k)!.name;
    return out.relations.map((r) => ({ type: r.type, source: name(r.source), target: name(r.target), confidence: r.confidence }));
  };

  it('gives every relation a confidence in [0, 1]', () => {
    const rs = x('Det sa Natos generalsekretær Jens Stoltenberg. Erna Solberg (H) var der. Tyskland sender soldater til Litauen. Flyene skal til Kaunas i Litauen. Nato-landet Estland er nervøst.');
    expect(rs.length).toBeGreaterThanOrEqual(5);
    for (const r of rs) {
      expect(r.confidence, `${r.type} ${r.source}`).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('ranks an explicit, reference-confirmed statement above a loose or carried reading', () => {
    const rs = x('Erna Solberg (H) var der. Flyene skal til Paradise i Mordor. Russland har sendt soldatar til Kasakhstan. Det vil òg komme styrkar frå Armenia.');
    const conf = (s: string, t: string) => rs.find((r) => r.source === s && r.target === t)?.confidence ?? NaN;
    expect(conf('Erna Solberg', 'Høyre')).toBeGreaterThanOrEqual(0.9);
    expect(conf('Russland', 'Kasakhstan')).toBeGreaterThan(conf('Armenia', 'Kasakhstan'));
    const loose = rs.find((r) => r.type === 'LOCATED_IN');
    if (loose) expect(loose.confidence).toBeLessThan(conf('Erna Solberg', 'Høyre'));
  });

  it('keeps the strongest statement of a relation said twice in one article', () => {
    const rs = x('Det vil òg komme styrkar frå Armenia. Armenia sender soldatar til Georgia. Det kjem òg soldatar frå Armenia.');
    const r = rs.filter((r) => r.type === 'SENDS_TROOPS_TO' && r.source === 'Armenia' && r.target === 'Georgia');
    expect(r).toHaveLength(1);
    expect(r[0].confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('reads a destination fronted before the subject, and a year after "siden" as no new clause', () => {
    expect(rel(ex('I Mali har Frankrike rundt 5000 soldater.'), 'SENDS_TROOPS_TO', 'Frankrike', 'Mali')).toBe(true);
    const c = ex('Tyrkia har siden 2016 hatt soldater i Nord-Syria og Irak.');
    expect(rel(c, 'SENDS_TROOPS_TO', 'Tyrkia', 'Irak')).toBe(true);
    // a fronted place is no destination of troops sent elsewhere
    expect(rel(ex('I Norge har Frankrike sendt soldater til Mali.'), 'SENDS_TROOPS_TO', 'Frankrike', 'Norge')).toBe(false);
  });

  it('places a part of a country named by a direction, an address with a comma, and a place whose best reading lies elsewhere', () => {
    expect(rel(ex('Angrepet skjedde i Kharkiv i det østlige Ukraina.'), 'LOCATED_IN', 'Kharkiv', 'Ukraina')).toBe(true);
    expect(rel(ex('Skytingen skjedde i Uvalde, Texas.'), 'LOCATED_IN', 'Uvalde', 'Texas')).toBe(true);
    expect(ex('Han har bodd i Oslo, Bergen og Trondheim.').relations).toEqual([]);
    expect(rel(ex('Det ble evakuert ved vulkanen Mayon på Filippinene.'), 'LOCATED_IN', 'Mayon', 'Filippinene')).toBe(true);
  });

  it('reads membership after an ordinal or "det siste", and none for a person named by a compound', () => {
    expect(rel(ex('Sverige ble Natos 32. medlem.'), 'MEMBER_OF', 'Sverige', 'Nato')).toBe(true);
    expect(rel(ex('Ungarn var det siste Nato-landet som godkjente søknaden.'), 'MEMBER_OF', 'Ungarn', 'Nato')).toBe(true);
    expect(ex('Sp-politikeren er medlem av Stortinget.').relations.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
    expect(ex('Ukraina ønsker å bli medlem av Nato.').relations).toEqual([]);
  });

  it('reads troops a decider sends, an arrival\'s object, and "de" going on about troops without a destination', () => {
    const biden = ex('Den amerikanske presidenten Joe Biden har bestemt at 3000 soldater skal sendes til Polen.');
    expect(rel(biden, 'SENDS_TROOPS_TO', 'USA', 'Polen')).toBe(true);
    expect(rel(ex('Russiske fredsbevarende styrker ankom Kasakhstan torsdag.'), 'SENDS_TROOPS_TO', 'Russland', 'Kasakhstan')).toBe(true);
    expect(rel(ex('Norge skal sende 100 soldater. De skal tjenestegjøre i Litauen.'), 'SENDS_TROOPS_TO', 'Norge', 'Litauen')).toBe(true);
    // "de" after troops that already have a destination is about something else
    expect(rel(ex('Norge sender 100 soldater til Litauen. De skal møte ministre i Polen.'), 'SENDS_TROOPS_TO', 'Norge', 'Polen')).toBe(false);
  });

  it('reads the holder of "Leder av" an organisation in apposition', () => {
    expect(rel(ex('Leder av Stortingets utenrikskomité, Ine Eriksen Søreide, sier at saken er alvorlig.'), 'HAS_ROLE', 'Ine Eriksen Søreide', 'Stortingets utenrikskomité')).toBe(true);
  });

  it('reads "i landet" and "der" after troops as the country the sentences before are about, none when that is unclear', () => {
    expect(rel(ex('Krisen i Mali er dyp. Frankrike har 5000 soldater i landet.'), 'SENDS_TROOPS_TO', 'Frankrike', 'Mali')).toBe(true);
    expect(rel(ex('Situasjonen i Irak er spent. USA har fortsatt 2500 soldater der.'), 'SENDS_TROOPS_TO', 'USA', 'Irak')).toBe(true);
    const tie = ex('Litauen grenser til Russland. Norge har 200 soldater i landet.');
    expect(tie.relations.filter((r) => r.type === 'SENDS_TROOPS_TO')).toEqual([]);
  });
});
