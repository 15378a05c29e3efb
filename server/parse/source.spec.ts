import { describe, expect, it } from 'vitest';
import { parseArticle } from './article.ts';

// An article's source from its own text: hand-written texts, each credit in one of the places newsrooms put it.

const body = 'Regjeringen la fram planen for nye veier i dag. Det blir dyrt, sier statsministeren.';
const source = (text: string, given?: string) => parseArticle({ text, source: given }).source;

describe('article source from the text', () => {
  it('reads an agency credit with the copyright sign', () => {
    expect(source(`${body}\n\n(©NTB)`)).toBe('NTB');
    expect(source(`${body}\n\n(© NPK)`)).toBe('NPK');
    expect(source(`${body} (©NTB-Reuters)`)).toBe('NTB');
  });

  it('reads a sign-off line', () => {
    expect(source(`${body}\n\n(NTB)`)).toBe('NTB');
    expect(source(`${body}\n\nNPK`)).toBe('NPK');
    expect(source(`${body}\nNTB/AFP`)).toBe('NTB');
  });

  it("reads the date line's section word, and keeps what follows as the section", () => {
    const only = parseArticle(` date 2022-04 NTB\n${body}`);
    expect([only.source, only.section]).toEqual(['NTB', null]);
    const desk = parseArticle(` date 2022-04 NTB Innenriks\n${body}`);
    expect([desk.source, desk.section]).toEqual(['NTB', 'Innenriks']);
    const glued = parseArticle(` date 2022-04 ntbsport\n${body}`);
    expect([glued.source, glued.section]).toEqual(['NTB', 'ntbsport']);
    const tv = parseArticle(` date 2022-04 TV2\n${body}`);
    expect(tv.source).toBe('TV 2');
  });

  it('reads a byline and an agency dateline', () => {
    expect(source(`Av Kari Nordmann, NTB\n\n${body}`)).toBe('NTB');
    expect(source(`Tekst: Ola Nordmann og Per Hansen / Dagbladet\n\n${body}`)).toBe('Dagbladet');
    expect(source(`OSLO (NTB): ${body}`)).toBe('NTB');
  });

  it('does not take a medium the text quotes for the source', () => {
    expect(source(`Det blir dyrt, seier Solberg til NTB.\n\n${body}`)).toBeNull();
    expect(source(`${body} Det skriver VG.`)).toBeNull();
    expect(source(`${body}\n\nDet opplyser politiet til NRK.`)).toBeNull();
    expect(source(` date 2022-04 utenriks\n${body}`)).toBeNull();
    expect(source(`${body}\n\nErna Solberg (H)`)).toBeNull();
  });

  it('lets a given source override the text', () => {
    expect(source(`${body}\n\n(©NTB)`, 'Eget stoff')).toBe('Eget stoff');
    const a = parseArticle({ text: ` date 2022-04 NTB\n${body}`, source: 'VG' });
    expect([a.source, a.section]).toEqual(['VG', null]);
  });

  it('gives the same article identity with and without a credit-derived source', () => {
    expect(parseArticle(`${body}\n\n(©NTB)`).id).toBe(parseArticle({ text: `${body}\n\n(©NTB)`, source: 'NTB' }).id);
  });
});
