// Titles that the text ties to a person, and to the organisation or country the title belongs to:
//   "Natos generalsekretær Jens Stoltenberg", "den svenske statsministeren Stefan Löfven", "LO-leder X",
//   "fagrådgiver Ivar Dale i Den norske Helsingforskomité", "presidenten i Kasakhstan, Kassym-Jomart Tokajev",
//   "Erna Solberg (H)", "Noresjø, som er fylkesleiar i Nordland KrF og fylkesråd ... i Nordland fylkeskommune".
import type { ExtractedEntity } from './types.ts';
import { isTitleWord, type Mention, type SpotContext } from './spot.ts';
import type { TextLayout } from './text.ts';

export interface Role {
  person: number; // entity index
  title: string;
  target: number | null; // entity index of the organisation or country, when the text names it
  sent: number;
}

/** "presidenten" → "president", "statsråden" → "statsråd", "leiaren" → "leiar". */
export function titleStem(w: string): string {
  const lw = w.toLowerCase();
  for (const suf of ['eren', 'aren', 'en', 'et', 'a', 'n']) {
    if (lw.endsWith(suf) && lw.length > suf.length + 3) {
      const stem = suf === 'eren' ? lw.slice(0, -2) : suf === 'aren' ? lw.slice(0, -2) : lw.slice(0, -suf.length);
      return stem;
    }
  }
  return lw;
}

const MODIFIERS = /^(og|visuell|fungerende|fungerande|tidligere|tidlegare|daværende|dåverande|avtroppende|påtroppende|nyvalgt|nyvald|assisterende|assisterande|administrerende|administrerande|daglig|dagleg|første|andre|1\.|2\.)$/;

export function findRoles(ctx: SpotContext, L: TextLayout, ms: Mention[], of: number[], ents: ExtractedEntity[]): Role[] {
  const roles: Role[] = [];
  const at = new Map<string, number>(); // "sent:start" → mention index
  const endAt = new Map<string, number>(); // "sent:end" → mention index
  ms.forEach((m, i) => {
    at.set(`${m.sent}:${m.start}`, i);
    if (!endAt.has(`${m.sent}:${m.end}`)) endAt.set(`${m.sent}:${m.end}`, i);
  });
  const mentionAt = (sent: number, tok: number) => {
    const i = at.get(`${sent}:${tok}`);
    return i === undefined ? undefined : { m: ms[i], e: of[i] };
  };
  const mentionEndingAt = (sent: number, endTok: number) => {
    const i = endAt.get(`${sent}:${endTok}`);
    return i === undefined ? undefined : { m: ms[i], e: of[i] };
  };
  const isTarget = (e: number) => e >= 0 && (ents[e].type === 'Organisation' || ents[e].type === 'Country');

  ms.forEach((m, mi) => {
    const pe = of[mi];
    if (pe < 0 || ents[pe].type !== 'Person' || m.adjective) return;
    const s = L.sents[m.sent];
    // tokens read where needed: mapping the sentence for every person made a long sentence quadratic
    const toks = s.tokens;
    const tk = (j: number): string => toks[j]?.text as string; // undefined out of range, as an array index gives
    // titles to the left: "Seismolog og forskningsleder", "statsminister og partileiar"
    const titles: string[] = [];
    let k = m.start - 1;
    // a title opening the sentence is capitalised: "Statssekretær Anne Grethe Erlandsen i ..."
    while (k >= 0 && (isTitleWord(ctx, tk(k)) || MODIFIERS.test(tk(k))) && (/^\p{Ll}/u.test(tk(k)) || k === 0 || /^[–—«(:]$/.test(tk(k - 1)))) {
      if (isTitleWord(ctx, tk(k))) titles.push(tk(k));
      k--;
    }
    titles.reverse(); // gathered right to left, kept in text order
    // "LO-leder Hans-Christian Gabrielsen": a prefix compound right before the name
    const pre = mentionEndingAt(m.sent, m.start);
    if (pre && pre.m.suffix && isTitleWord(ctx, pre.m.suffix) && isTarget(pre.e)) {
      roles.push({ person: pe, title: titleStem(pre.m.suffix), target: pre.e, sent: m.sent });
      return;
    }
    let target: number | null = null;
    if (titles.length) {
      // "Natos generalsekretær", "USAs president": a genitive right before the titles
      const g = mentionEndingAt(m.sent, k + 1);
      if (g && isTarget(g.e) && (g.m.genitive || /s$/.test(g.m.text)) && !g.m.adjective) target = g.e;
      // "den svenske statsministeren Stefan Löfven"
      else if (g && g.m.adjective && isTarget(g.e)) target = g.e;
      // "fagrådgiver Ivar Dale i Den norske Helsingforskomité", "seksjonsleder X i Sørøst politidistrikt"
      if (target === null && /^(i|ved|for|hos)$/.test(tk(m.end) ?? '')) {
        const o = mentionAt(m.sent, m.end + 1);
        if (o && o.e >= 0 && ents[o.e].type === 'Organisation') target = o.e;
      }
    }
    // "Erna Solberg (H)": membership of a party
    if (tk(m.end) === '(' && tk(m.end + 2) === ')') {
      const p = mentionAt(m.sent, m.end + 1);
      if (p && p.e >= 0 && p.m.ref?.kind === 'organisation' && p.m.ref.organisation.category === 'party') {
        roles.push({ person: pe, title: 'medlem', target: p.e, sent: m.sent });
      }
    }
    // "presidenten i Kasakhstan, Kassym-Jomart Tokajev", "leiaren til valkomiteen, Solveig Ege Tengesdal"
    if (tk(m.start - 1) === ',') {
      const o = mentionEndingAt(m.sent, m.start - 1);
      const prep = o ? tk(o.m.start - 1) : undefined;
      const noun = o ? tk(o.m.start - 2) : undefined;
      if (o && isTarget(o.e) && prep && /^(i|til|for|ved|hos)$/.test(prep) && noun && isTitleWord(ctx, noun)) {
        roles.push({ person: pe, title: titleStem(noun), target: o.e, sent: m.sent });
      }
    }
    // "Noresjø, som er fylkesleiar i Nordland KrF og fylkesråd for ... i Nordland fylkeskommune"
    if (tk(m.end) === ',' && tk(m.end + 1) === 'som' && /^(er|var|blir)$/.test(tk(m.end + 2) ?? '')) {
      let j = m.end + 3;
      let title: string | null = null;
      while (j < toks.length && !/^[.;:]$/.test(tk(j))) {
        if (isTitleWord(ctx, tk(j)) && /^\p{Ll}/u.test(tk(j))) title = tk(j);
        const o = mentionAt(m.sent, j);
        if (o && title && isTarget(o.e) && /^(i|for|ved)$/.test(tk(j - 1))) {
          roles.push({ person: pe, title, target: o.e, sent: m.sent });
          title = null;
          j = o.m.end;
          continue;
        }
        if (tk(j) === ',') break;
        j++;
      }
    }
    for (const title of titles) roles.push({ person: pe, title: titleStem(title), target, sent: m.sent });
  });
  return roles;
}
