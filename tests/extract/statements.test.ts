import { describe, expect, it } from 'vitest';
import { rulesOnly, ex } from './helpers.ts';

rulesOnly();

const said = (c: ReturnType<typeof ex>, start: string) => c.statements.find((s) => s.text.startsWith(start));

describe('statements', () => {
  it('reads a dash paragraph with its speaker after the verb', () => {
    const c = ex('– Dette er en svært alvorlig situasjon for landet, sier fagrådgiver Ivar Dale til NRK.');
    expect(c.statements).toEqual([{ speaker: 'Ivar Dale', text: 'Dette er en svært alvorlig situasjon for landet' }]);
  });

  it('resolves "sier han" to the person the text is about', () => {
    const c = ex('Statsminister Kari Berg møtte pressen i Oslo.\n\n– Vi må handle raskt nå, sier hun.\n\nLars Holm svarte kort.\n\n– Det er jeg helt uenig i, sa han.');
    expect(said(c, 'Vi må handle')?.speaker).toBe('Kari Berg');
    expect(said(c, 'Det er jeg helt')?.speaker).toBe('Lars Holm');
  });

  it('resolves a role as speaker to the person with that role', () => {
    const c = ex('I en tale sa presidenten i Kasakhstan, Kassym-Jomart Tokajev, at han har gitt ordre om å skyte.\n\n– De som ikke overgir seg skal tilintetgjøres, sa presidenten.');
    expect(said(c, 'De som ikke overgir')?.speaker).toBe('Kassym-Jomart Tokajev');
    expect(said(c, 'han har gitt ordre')?.speaker).toBe('Kassym-Jomart Tokajev');
  });

  it('does not take a reporter question for a statement, and gives the answer to the interviewee', () => {
    const c = ex('– Situasjonen er svært uoversiktlig i hele landet, sier Ivar Dale.\n\n– Hva vil skje det neste døgnet?\n\n– Nå har styrkene fra Russland kommet til landet.');
    expect(c.statements.some((s) => s.text.includes('Hva vil skje'))).toBe(false);
    expect(said(c, 'Nå har styrkene')?.speaker).toBe('Ivar Dale');
  });

  it('does not take a medium reporting the story for a speaker', () => {
    const c = ex('VG skriver at politiet har mottatt mange anmeldelser mot statsministeren.\n\nNo blir fristen utsett til februar, skriv Dagsavisen.\n\nDet skriver nyhetsbyrået AP.');
    expect(c.statements).toEqual([]);
  });

  it('reads indirect speech: "X sier at", inverted order and "ifølge X"', () => {
    const c = ex('Fagrådgiver Ivar Dale følger situasjonen.\n\nDale, som selv har bodd i landet, forteller at det blir rapportert om mange drepte.\n\nPå spørsmål fra pressen svarte Jens Stoltenberg at alliansen står samlet bak Ukraina.\n\nIfølge Utenriksdepartementet er alle nordmenn i sikkerhet nå.');
    expect(said(c, 'det blir rapportert')?.speaker).toBe('Ivar Dale');
    expect(said(c, 'alliansen står samlet')?.speaker).toBe('Jens Stoltenberg');
    expect(c.statements.find((s) => s.text.includes('alle nordmenn'))?.speaker).toBe('Utenriksdepartementet');
  });

  it('reads Nynorsk: "seier", a title before the name, and a colon introducing the quote', () => {
    const c = ex('På spørsmål om risikoen svarte konsernsjef Jacob Schram:\n\n– Eg utelukkar ingenting no, verken konkurs eller oppseiingar.\n\nSchram seier han er takksam for støtta frå tilsette.');
    expect(said(c, 'Eg utelukkar')?.speaker).toBe('Jacob Schram');
    expect(said(c, 'han er takksam')?.speaker).toBe('Jacob Schram');
  });

  it('reads a speaker with a party code before the verb, and a speaker qualified by a country adjective', () => {
    const c = ex('Utenriksminister Anniken Huitfeldt (Ap) sier til NTB at Norge vil bidra med mer penger.\n\nIfølge det ukrainske forsvarsdepartementet ble byen angrepet i natt.');
    expect(said(c, 'Norge vil bidra')?.speaker).toBe('Anniken Huitfeldt');
    expect(c.statements.find((s) => s.text.includes('byen angrepet'))?.speaker).toBe('forsvarsdepartementet');
  });

  it('gives a statement to each of two organisations announcing together', () => {
    const c = ex('Torsdag kunngjorde LO og NHO at de ikke greide å bli enige om oppgjøret.');
    expect(c.statements.map((s) => s.speaker).sort()).toEqual(['LO', 'NHO']);
  });

  it('does not take a country as a speaker', () => {
    const c = ex('Russland har sagt at landet ikke vil trekke styrkene ut.');
    expect(c.statements).toEqual([]);
  });
});
