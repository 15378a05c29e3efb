// Statements a careful reader counts: reporting verbs of both written standards, speakers given by apposition,
// cleft, role or pronoun, several statements in one sentence, and what is no statement. Hand-written sentences.
import { describe, expect, it } from 'vitest';
import { rulesOnly, ex } from './helpers.ts';

rulesOnly();

type C = ReturnType<typeof ex>;
const said = (c: C, start: string) => c.statements.find((s) => s.text.startsWith(start));
const none = (c: C, part: string) => !c.statements.some((s) => s.text.includes(part));

describe('reporting verbs in Bokmål and Nynorsk', () => {
  it('reads "X VERB at" for the common verbs, present and past', () => {
    const c = ex(
      [
        'Kari Holm understrekar at kommunen må byggje fleire skular i år.',
        'Per Olsen påpeker at budsjettet ikke holder for neste periode.',
        'Eva Lund åtvarar at vegen kan bli stengd heile vinteren.',
        'Jonas Berg hevdet at regjeringen visste om saken i flere uker.',
        'Nina Dahl opplyste at ingen var skadd etter ulykka i natt.',
        'Ola Strand trur at dei vil vinne valet til hausten.',
        'Anne Moe avviste at hun hadde snakket med pressen om saken.',
        'Lars Bakke har sagt at han vil trekke seg som leder i mai.',
      ].join('\n\n'),
    );
    expect(said(c, 'kommunen må byggje')?.speaker).toBe('Kari Holm');
    expect(said(c, 'budsjettet ikke holder')?.speaker).toBe('Per Olsen');
    expect(said(c, 'vegen kan bli stengd')?.speaker).toBe('Eva Lund');
    expect(said(c, 'regjeringen visste om')?.speaker).toBe('Jonas Berg');
    expect(said(c, 'ingen var skadd')?.speaker).toBe('Nina Dahl');
    expect(said(c, 'dei vil vinne valet')?.speaker).toBe('Ola Strand');
    expect(said(c, 'hun hadde snakket')?.speaker).toBe('Anne Moe');
    expect(said(c, 'han vil trekke seg')?.speaker).toBe('Lars Bakke');
  });

  it('reads verbs of several words, the particle a few words on', () => {
    const c = ex(
      [
        'Kari Holm la på pressekonferansen mandag til at skolen åpner igjen neste uke.',
        'Per Olsen peikar på at det manglar lærarar i heile fylket.',
        'Eva Lund gav uttrykk for at ho var svært skuffa over vedtaket.',
        'Han trekker særlig fram at prisene har steget mye det siste året.',
      ].join('\n\n'),
    );
    expect(said(c, 'skolen åpner igjen')?.speaker).toBe('Kari Holm');
    expect(said(c, 'det manglar lærarar')?.speaker).toBe('Per Olsen');
    expect(said(c, 'ho var svært skuffa')?.speaker).toBe('Eva Lund');
    expect(said(c, 'prisene har steget')?.speaker).toBe('Eva Lund');
  });

  it('reads a clause without "at", also when it opens with a name', () => {
    const c = ex('Stortingsrepresentant Per Olsen møtte pressen i dag.\n\nHan sier Nato vil sende et tydelig budskap til Moskva.\n\nKari Holm seier ho er glad for at saka er løyst no.');
    expect(said(c, 'Nato vil sende')?.speaker).toBe('Per Olsen');
    expect(said(c, 'ho er glad for')?.speaker).toBe('Kari Holm');
  });

  it('does not read "sa følgende" before a colon as a clause', () => {
    const c = ex('Kari Holm sa følgende før hun gikk på scenen lørdag kveld:\n\n– Vi har jobbet hardt for dette hele året.');
    expect(none(c, 'følgende')).toBe(true);
    expect(said(c, 'Vi har jobbet hardt')?.speaker).toBe('Kari Holm');
  });

  it('takes a person writing for a speaker, a medium writing for none', () => {
    const c = ex('– Dette er en stor dag for hele landet vårt, skriver Kari Holm på Facebook.\n\n– Regjeringen har sviktet pasientene i flere år, skriver VG på lederplass.');
    expect(said(c, 'Dette er en stor dag')?.speaker).toBe('Kari Holm');
    expect(said(c, 'Regjeringen har sviktet')?.speaker ?? null).toBe(null);
    expect(c.statements.some((s) => s.speaker === 'VG')).toBe(false);
  });

  it('names "kaller det" a statement', () => {
    const c = ex('Statsminister Kari Holm møtte pressen i Oslo.\n\nStatsministeren kaller det en historisk dag for landet og folket.');
    expect(said(c, 'en historisk dag')?.speaker).toBe('Kari Holm');
  });
});

describe('speakers', () => {
  it('finds the speaker in apposition before the verb', () => {
    const c = ex(
      [
        'Den avgåtte leiaren i laget, Per Olsen, har hevda at styret visste om pengane heile tida.',
        'Den norske forsvareren til mannen, advokat Eva Lund, sier til NTB at klienten nekter straffskyld for alle forholdene.',
        'Kari Holm, professor i statsvitskap og tidlegare rådgjevar i departementet, seier ho trur at valet blir svært jamt i heile landet.',
      ].join('\n\n'),
    );
    expect(said(c, 'styret visste om')?.speaker).toBe('Per Olsen');
    expect(said(c, 'klienten nekter straffskyld')?.speaker).toBe('Eva Lund');
    expect(said(c, 'valet blir svært jamt')?.speaker).toBe('Kari Holm');
    expect(none(c, 'professor i statsvitskap')).toBe(true);
  });

  it('finds the speaker of a cleft sentence and of a subject with an adverb before the verb', () => {
    const c = ex('Det er talsperson Per Olsen som sier regjeringen må gå av etter skandalen.\n\nNato fredag uttalte at alliansen sender flere soldater til Litauen.');
    expect(said(c, 'regjeringen må gå av')?.speaker).toBe('Per Olsen');
    expect(said(c, 'alliansen sender flere')?.speaker).toBe('Nato');
  });

  it('takes the subject of a sentence with an auxiliary and an adverbial before the verb', () => {
    const c = ex('Per Olsen har overfor advokatane sine gitt uttrykk for at han føler seg svikta av styresmaktene.');
    expect(said(c, 'han føler seg svikta')?.speaker).toBe('Per Olsen');
  });

  it('resolves a role to the person last introduced with it', () => {
    const c = ex(
      [
        'Advokat Kari Holm forsvarer den tiltalte mannen i retten.',
        'Advokat Per Olsen representerer den fornærmede kvinnen i saken.',
        '– Vi kommer til å anke dommen så fort som mulig, sier advokaten.',
        'Forsvarsminister Eva Lund var også til stede i Brussel.',
        '– Vi sender flere fly til Island neste måned, sier forsvarsministeren.',
        'Advokaten seier at klienten vil forklare seg i retten no.',
      ].join('\n\n'),
    );
    expect(said(c, 'Vi kommer til å anke')?.speaker).toBe('Per Olsen');
    expect(said(c, 'Vi sender flere fly')?.speaker).toBe('Eva Lund');
    expect(said(c, 'klienten vil forklare')?.speaker).toBe('Per Olsen');
  });

  it('resolves a role noun when only one person has the role, and a role at an organisation', () => {
    const c = ex(
      [
        'Partileiar Kari Holm i Senterpartiet la fram planen i går.',
        '– Dette er det beste vi kan få til i år, seier partileiaren.',
        '– Det er eit spørsmål for departementet, seier kommunikasjonssjef Per Olsen i UD.',
        '– Vi jobbar med saka på fleire nivå kvar dag, seier UDs kommunikasjonssjef til NTB.',
      ].join('\n\n'),
    );
    expect(said(c, 'Dette er det beste')?.speaker).toBe('Kari Holm');
    expect(said(c, 'Vi jobbar med saka')?.speaker).toBe('Per Olsen');
  });

  it('finds the name after a title with its complement', () => {
    const c = ex('– Det er farlig for familier å bli i området nå, sier sjef for det lokale sivilforsvaret Per Olsen.');
    expect(said(c, 'Det er farlig for familier')?.speaker).toBe('Per Olsen');
  });

  it('does not guess a speaker for a noun that is no title', () => {
    const c = ex('Per Olsen og Kari Holm løp også finalen.\n\n– Nå var det endelig min tur til å vinne, sa gullvinneren til NRK.');
    expect(said(c, 'Nå var det endelig')?.speaker ?? null).toBe(null);
  });

  it('gives "sier han" and "seier ho" to the person last named', () => {
    const c = ex('Kari Holm kom til Oslo i går.\n\n– Eg er glad for å vere her i dag, seier ho.\n\nPer Olsen var mindre nøgd.\n\n– Dette er ikke godt nok for oss, sier han.');
    expect(said(c, 'Eg er glad for')?.speaker).toBe('Kari Holm');
    expect(said(c, 'Dette er ikke godt')?.speaker).toBe('Per Olsen');
  });

  it('gives a dash paragraph without attribution to the last person who spoke, not to an organisation cited', () => {
    const c = ex(
      '– Situasjonen er alvorlig for alle i regionen, sier Per Olsen.\n\nÅrsaken er en uavklart trussel mot landet, ifølge PST.\n\n– Vi ber alle om å være årvåkne de neste dagene.',
    );
    expect(said(c, 'Årsaken er en uavklart')?.speaker).toBe('PST');
    expect(said(c, 'Vi ber alle om')?.speaker).toBe('Per Olsen');
  });
});

describe('several statements in one sentence', () => {
  it('reads "..., seier ho og legg til at" and ", som mener at"', () => {
    const c = ex(
      '– Vi må ta ei nasjonal avgjerd om dette, seier Kari Holm og legg til at Stortinget skal bli spurt før avgjerda.\n\nDet er vanlig at soldater flytter seg fram og tilbake, sier Per Olsen, som mener at Russland må vise bevis for tilbaketrekking.',
    );
    expect(said(c, 'Vi må ta ei nasjonal')?.speaker).toBe('Kari Holm');
    expect(said(c, 'Stortinget skal bli spurt')?.speaker).toBe('Kari Holm');
    expect(said(c, 'Det er vanlig at soldater')?.speaker).toBe('Per Olsen');
    expect(said(c, 'Russland må vise bevis')?.speaker).toBe('Per Olsen');
  });

  it('reads two speakers in one sentence: "Da X ga uttrykk for at ..., svarte Y at ..."', () => {
    const c = ex('Da Kari Holm ga uttrykk for at styret var satt i en vanskelig posisjon, svarte Per Olsen at han forsto problemet godt nok selv.');
    expect(said(c, 'styret var satt i')?.speaker).toBe('Kari Holm');
    expect(said(c, 'han forsto problemet')?.speaker).toBe('Per Olsen');
  });

  it('does not take a fronted clause for a quote: "Da ..., fortalte X at"', () => {
    const c = ex('Da Kari Holm og Per Olsen møtte pressen i Oslo, fortalte Holm at det var Olsen som foreslo møtet.');
    expect(said(c, 'det var Olsen som')?.speaker).toBe('Kari Holm');
    expect(none(c, 'møtte pressen')).toBe(true);
  });
});

describe('statements pointed back to', () => {
  it('reads "Det opplyser X." after a paragraph as X\'s statement', () => {
    const c = ex('Tyskland vil sende inntil 350 flere soldater til Litauen.\n\nDet opplyser forsvarsminister Eva Lund mandag.');
    expect(said(c, 'Tyskland vil sende')?.speaker).toBe('Eva Lund');
  });

  it('does not take "Det skriver VG." for a statement', () => {
    const c = ex('Regjeringen vil kutte i støtten til flere kommuner neste år.\n\nDet skriver VG.');
    expect(c.statements).toEqual([]);
  });
});

describe('what is no statement', () => {
  it('leaves out unnamed speakers, media, countries, documents and short fragments', () => {
    const c = ex(
      [
        'En kilde sier at forhandlingene har brutt sammen i natt.',
        'Eksperter mener at renten vil stige videre i år.',
        'Russland hevdar at landet ikkje har planar om å angripe.',
        'Det melder Reuters.',
        'Alle land må trekke styrkene tilbake, heter det i erklæringen fra toppmøtet.',
        'Fleire Nato-land har varsla at dei sender ekstra utstyr til Baltikum.',
        '– Det er hans ord, sier Per Olsen.',
      ].join('\n\n'),
    );
    expect(c.statements).toEqual([]);
  });

  it('takes the organisation, not the country, of "USA og Nato mener at"', () => {
    const c = ex('USA og Nato mener at Russland trapper opp langs grensen mot Ukraina.');
    expect(c.statements.map((s) => s.speaker)).toEqual(['Nato']);
  });

  it('does not take a reporter question before a colon for a statement', () => {
    const c = ex('På spørsmål om hvor stor risikoen for konkurs nå er, svarte konsernsjef Per Olsen:\n\n– Vi utelukker ingenting nå, verken konkurs eller oppsigelser.');
    expect(none(c, 'På spørsmål')).toBe(true);
    expect(said(c, 'Vi utelukker ingenting')?.speaker).toBe('Per Olsen');
  });

  it('ends a sentence after an acronym that is also an abbreviation ("PST.")', () => {
    const c = ex('Trusselnivået er hevet etter hendelsen i natt, ifølge PST. Per Olsen sier at politiet er bevæpnet i hele landet.');
    expect(said(c, 'Trusselnivået er hevet')?.speaker).toBe('PST');
    expect(said(c, 'politiet er bevæpnet')?.speaker).toBe('Per Olsen');
  });
});
