import { describe, expect, it } from 'vitest';
import { rulesOnly, ent, ex, rel } from './helpers.ts';
import { setTagger, type TagSource } from '../../server/extract/tagger.ts';

rulesOnly();

// Entity typing from evidence: names no reference record knows get their type from word formation, the words
// around them and the tagger, or no entity at all; a person needs person evidence. The tagger is off here
// (helpers.ts) except where a test gives a fixed one.

const typeOf = (body: string, name: string) => ent(ex(body), name)?.type;
const names = (body: string) => ex(body).entities.map((e) => `${e.type}:${e.name}`);

/** A stand-in tagger that calls every capitalised token a person: what a weak tagger does with foreign names. */
const allPer: TagSource = {
  tag: (toks) => toks.map((t, i) => (/^\p{Lu}/u.test(t) && i > 0 ? (/^\p{Lu}/u.test(toks[i - 1]) ? 'I-PER' : 'B-PER') : 'O')),
};

function withTagger<T>(t: TagSource, f: () => T): T {
  setTagger(t);
  try {
    return f();
  } finally {
    setTagger(null);
  }
}

describe('name heads (word formation)', () => {
  it('types a hyphen compound with a place head as a place, whole (Bokmål and Nynorsk)', () => {
    expect(typeOf('Opprørerne holder til i Sinjar-fjellene nord i landet.', 'Sinjar-fjellene')).toBe('Location');
    expect(typeOf('Patruljen gjekk langs Zahrani-elva i går.', 'Zahrani-elva')).toBe('Location');
    expect(typeOf('Kampane held fram i Hama-provinsen.', 'Hama-provinsen')).toBe('Location');
    expect(ent(ex('Kampane held fram i Hama-provinsen.'), 'Hama')).toBeUndefined();
  });

  it('types one-word compounds by their head: places and organisations', () => {
    expect(typeOf('Striden gjeld Tarimprovinsen og grensa der.', 'Tarimprovinsen')).toBe('Location');
    expect(typeOf('Landet vil bli med i Tollunionen neste år.', 'Tollunionen')).toBe('Organisation');
    expect(typeOf('Avtalen vart underskriven av Fiskeforbundet i går.', 'Fiskeforbundet')).toBe('Organisation');
    expect(typeOf('Saka er send over til Kystverket og Sjøfartsdirektoratet.', 'Sjøfartsdirektoratet')).toBe('Organisation');
  });

  it('types a hyphen compound with an organisation head as an organisation, and events as nothing', () => {
    expect(typeOf('Leiarane i Drosjeforbundet møtte Krasnov-gruppen på fredag.', 'Krasnov-gruppen')).toBe('Organisation');
    const c = ex('Forhandlingane om Tamar-avtalen og Odin-traktaten tok tid.');
    expect(c.entities).toHaveLength(0);
  });

  it('reads organisation heads in every definite form ("-en", "-et", "-a", "-n" after e)', () => {
    expect(typeOf('Pengane kjem frå Den norske stiftinga for kunst.', 'Den norske stiftinga')).toBe('Organisation');
    expect(typeOf('Pengene kommer fra Den norske stiftelsen for kunst.', 'Den norske stiftelsen')).toBe('Organisation');
  });

  it('reads name words of other languages', () => {
    expect(typeOf('Turistane budde ved Crystal Lake i fleire veker.', 'Crystal Lake')).toBe('Location');
    expect(typeOf('Avtalen med Eastern Pacific Airlines er klar.', 'Eastern Pacific Airlines')).toBe('Organisation');
  });

  it('takes a place head after a known place as a place of its own', () => {
    const c = ex('Brannen spreidde seg til Telemark fylke i natt.');
    expect(ent(c, 'Telemark fylke')?.type).toBe('Location');
  });

  it('does not take a given name before a surname that is a head noun for an organisation', () => {
    expect(typeOf('Det sa forskar Bjørn Kraft til avisa.', 'Bjørn Kraft')).toBe('Person');
  });
});

describe('context: place nouns and locatives', () => {
  it('types a name after a place noun as a place, compounds of place nouns too', () => {
    expect(typeOf('Folk må forlate området rundt vulkanen Tanoa.', 'Tanoa')).toBe('Location');
    expect(typeOf('Dei vart frakta til naboøya Velloa i går.', 'Velloa')).toBe('Location');
    expect(typeOf('Flyktningane kom til kommunen Vardeborg i går.', 'Vardeborg')).toBe('Location');
  });

  it('types a list after a plural place noun as places', () => {
    const c = ex('Unntakstilstanden gjeld for fylka Aranda, Belomar og San Teodoro.');
    for (const n of ['Aranda', 'Belomar', 'San Teodoro']) expect(ent(c, n)?.type, n).toBe('Location');
  });

  it('reads locative constructions: compass points, near, mayors and residents of a place', () => {
    expect(typeOf('Over hundre personar vart evakuerte nord for Redwater.', 'Redwater')).toBe('Location');
    expect(typeOf('Brannen starta nær Ridgecrest på laurdag.', 'Ridgecrest')).toBe('Location');
    expect(typeOf('Innbyggjarane i Helleland er redde for flaumen.', 'Helleland')).toBe('Location');
    // the mayor speaks, not the place: a speech verb after "i X" is no person evidence
    const c = ex('Ordføraren i Borgund seier at vegen blir stengd.');
    expect(ent(c, 'Borgund')?.type).toBe('Location');
  });

  it('types the place of a body as a place and the body of a title holder as an organisation', () => {
    expect(typeOf('Ifølge brannvesenet i Marlow er brannen under kontroll.', 'Marlow')).toBe('Location');
    expect(typeOf('Det seier Per Hansen, som er dagleg leiar i Velta.', 'Velta')).toBe('Organisation');
  });

  it('overrides a tagger that calls a place after "i" a person, but not after "på", where people follow verbs', () => {
    withTagger(allPer, () => {
      expect(typeOf('Soldatane er stasjonerte i Gao og skal bli der.', 'Gao')).toBe('Location');
      expect(typeOf('Bønder i Mirkovo ventar på regn, og i Mirkovo er det tørt.', 'Mirkovo')).toBe('Location');
      // "stemte på X": a person (named again, so the tagger's PER is confirmed)
      expect(typeOf('Mange stemte på Holmsen, og Holmsen vant.', 'Holmsen')).toBe('Person');
    });
  });
});

describe('coordinations', () => {
  it('gives a weakly typed name in a list of places the list type', () => {
    withTagger(allPer, () => {
      const c = ex('Møtet handla om Ukraina, Vestmark, Aust-Tavria og Moldova.');
      expect(ent(c, 'Vestmark')?.type).toBe('Location');
    });
  });

  it('leaves a person coordinated with a country or a party alone', () => {
    withTagger(allPer, () => {
      const c = ex('Sverige og Oskar Lindqvist vann konkurransen, og Lindqvist jubla.');
      expect(ent(c, 'Oskar Lindqvist')?.type).toBe('Person');
    });
  });
});

describe('person evidence', () => {
  it('needs person evidence for a one-word name: none, no entity', () => {
    expect(names('Tiltaket vart møtt med kritikk frå Varnholt.')).toEqual([]);
  });

  it('accepts a given name, a title, a speech verb or a later surname reference', () => {
    expect(typeOf('Det var Ingrid som kom først.', 'Ingrid')).toBe('Person');
    expect(typeOf('Det meiner professor Halvorsrud.', 'Halvorsrud')).toBe('Person');
    expect(typeOf('– Det er feil, seier Halvorsrud.', 'Halvorsrud')).toBe('Person');
    expect(typeOf('I går ba Halvorsrud om hjelp.', 'Halvorsrud')).toBe('Person');
    const c = ex('Kari Nordvik la fram rapporten. Arbeidet med Nordvik tok tid.');
    expect(c.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Kari Nordvik']);
  });

  it("keeps a one-word name the tagger calls a person only when the article names it again", () => {
    withTagger(allPer, () => {
      expect(ent(ex('Styrken målte 7,1 på Mercallis skala i natt.'), 'Mercallis')).toBeUndefined();
      expect(typeOf('Avtalen med Varnholt er klar. Varnholt er nøgd.', 'Varnholt')).toBe('Person');
    });
  });

  it('reads a byline in capitals as a person', () => {
    expect(typeOf('Tekst: OLA NORDMANN', 'OLA NORDMANN')).toBe('Person');
  });
});

describe('gazetteers as evidence', () => {
  it('types a one-word name the gazetteers know as a place only as a place, a surname only as a person', () => {
    withTagger(allPer, () => {
      expect(typeOf('Utsendingane møttest til samtalar om Juba og Darfur.', 'Juba')).toBe('Location');
      expect(typeOf('Planen vart lagt fram av Halvorsrud.', 'Halvorsrud')).toBe('Person');
    });
  });

  it('types a multi-word place the gazetteers know as a place', () => {
    withTagger(allPer, () => {
      expect(typeOf('Styresmaktene stengde vegane ut av San Diego.', 'San Diego')).toBe('Location');
    });
  });
});

describe('no fragments, no default types', () => {
  it('takes a coordination of compounds as one name, never its truncated first part', () => {
    const c = ex('Saka ligg no hos Kontroll- og konstitusjonskomiteen på Stortinget.');
    expect(ent(c, 'Kontroll-')).toBeUndefined();
    expect(ent(c, 'Kontroll- og konstitusjonskomiteen')?.type).toBe('Organisation');
    const d = ex('Statssekretæren i helse- og omsorgsdepartementet svarte.');
    expect(d.entities.map((e) => e.name)).toEqual(['helse- og omsorgsdepartementet']);
  });

  it('does not take an adjective opening a name for a name', () => {
    expect(names('Det sa han i Politisk kvarter fredag.')).toEqual([]);
    expect(names('Han var på Norsk Luftfartsmuseum i går.')).toEqual(['Organisation:Norsk Luftfartsmuseum']);
  });

  it('keeps a multi-word name whole across a country name and a final compound', () => {
    const c = ex('Styret i Eksport Noreg har gått av. No blir Eksport Noreg-saka behandla i Stortinget.');
    expect(ent(c, 'Eksport Noreg')?.type).toBe('Organisation'); // "styret i X": a body
    expect(c.entities.filter((e) => e.name === 'Eksport Noreg')).toHaveLength(1);
    expect(c.entities.find((e) => e.name === 'Eksport' || e.name === 'Noreg')).toBeUndefined();
  });

  it('does not take a sentence-initial title in its definite form for a name', () => {
    expect(names('Advokaten seier at klienten er uskuldig.')).toEqual([]);
    expect(names('Sjefen meiner det går bra.')).toEqual([]);
  });

  it('takes events, operations and things after an article for no entity', () => {
    expect(names('Brannen, kalla Ridge Fire, har svidd av store område.')).toEqual([]);
    expect(names('Flya skal delta i operasjonen Northern Shield i vinter.')).toEqual([]);
    expect(names('Soldatane reiste med en Hercules og et ukrainskprodusert Antonov.')).toEqual([]);
    expect(names('Han vann gull i et EM for første gong.')).toEqual([]);
  });

  it('names a body after a place genitive and name adjectives, but not after an ordinary adjective', () => {
    expect(names('Kinas kommunistiske parti samlast i Beijing.')).toContain('Organisation:Kinas kommunistiske parti');
    const c = ex('Russlands nye regjering møttest i går.');
    expect(ent(c, 'Russland')?.type).toBe('Country');
  });

  it('counts photo credits as entities, as the guidelines want', () => {
    const c = ex('Soldatane på veg til flyet. Foto: Kari Nilsen / NTB');
    expect(ent(c, 'Kari Nilsen')?.type).toBe('Person');
    expect(ent(c, 'NTB')?.type).toBe('Organisation');
  });
});

describe('known places against shorter readings', () => {
  it('reads a large place after a person as a place, a small unknown one as the person’s workplace', () => {
    expect(typeOf('Han møtte utanriksministeren Sergej Lavrov i Milano.', 'Milano')).toBe('Location');
    expect(typeOf('Det sa forskningsleder Volker Oye i Norsar til NTB.', 'Norsar')).toBe('Organisation');
  });

  it('reads a multi-word place whole, not as a shorter reference name inside it', () => {
    const body = 'Det var varmerekord i Woodland Hills, som ligg i Los Angeles fylke, og i byen Paso Robles.';
    expect(typeOf(body, 'Los Angeles fylke')).toBe('Location');
    expect(names(body)).not.toContain('Organisation:LO');
    expect(rel(ex(body), 'LOCATED_IN', 'Woodland Hills', 'Los Angeles fylke')).toBe(true);
  });

  it('reads a large place that is also a given name as the place, one that is also a surname as neither alone', () => {
    expect(typeOf('Han sa at Kyiv ble angrepet.', 'Kyiv')).toBe('Location');
    expect(typeOf('Han sa at Jackson ble angrepet.', 'Jackson')).not.toBe('Location');
  });
});
