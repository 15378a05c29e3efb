// Sentence-initial words are capitalised whatever they are, so the spotter leaves out those that are also
// ordinary words. Once the article's names are known, such a word that is one of them is a mention after all
// ("Dale, som selv har bodd i Kasakhstan, ..." after "Ivar Dale").
import type { Mention, SpotContext } from './mention.ts';
import { isCap, type TextLayout } from './text.ts';
import { translitKey } from '../text/fold.ts';

export function rescueInitial(ctx: SpotContext, L: TextLayout, ms: Mention[]): Mention[] {
  const known = new Map<string, Mention>();
  const pronouns = new Set(ctx.ref.lexicon.pronounsPerson);
  for (const m of ms) {
    if (m.adjective) continue;
    // a name word that is also a pronoun ("Han" of a Chinese name) does not make "Han sa" a mention
    if (m.type === 'Person') for (const w of m.form.split(' ')) if (w.length > 2 && !pronouns.has(w.toLowerCase())) known.set(translitKey(w), m);
    if (m.type !== 'Person' && m.form.split(' ').length === 1) known.set(translitKey(m.form), m);
  }
  const covered = new Set(ms.map((m) => `${m.sent}:${m.start}`));
  const out = [...ms];
  for (const s of L.sents) {
    s.tokens.forEach((t, i) => {
      if (!isCap(t.text) || covered.has(`${s.index}:${i}`)) return;
      const prev = s.tokens[i - 1]?.text;
      // mid-sentence, a name the spotter found no evidence for is a mention when it is a person's name word
      // ("med Nordvik" after "Kari Nordvik")
      const mid = i > 0 && prev !== undefined && !/^[–—«"(:-]$/.test(prev);
      if (mid && isCap(prev)) return;
      const w = t.text;
      const hit = known.get(translitKey(w)) ?? (w.endsWith('s') ? known.get(translitKey(w.slice(0, -1))) : undefined);
      if (!hit || isCap(s.tokens[i + 1]?.text ?? '') || (mid && hit.type !== 'Person')) return;
      const form = known.has(translitKey(w)) ? w : w.slice(0, -1);
      out.push({ sent: s.index, start: i, end: i + 1, text: w, form, genitive: form !== w, type: hit.type, source: 'caps', strong: hit.strong, ref: hit.ref && hit.form === form ? hit.ref : undefined });
    });
  }
  // "valkomiteen" after "KrFs valkomité": the definite form of a named body's lower-case head noun, when one named
  // body only has that head ("sykehuset" after "Sørlandet sykehus" and "Oslo universitetssykehus" is no name)
  const heads = new Map<string, Mention>();
  const bodies = new Map<string, Set<string>>(); // head → forms of the bodies whose name ends in it, compounds too
  const orgHeads = ctx.ref.lexicon.orgHeads;
  for (const m of ms) {
    if (m.type !== 'Organisation') continue;
    const lw = m.form.toLowerCase().replace(/é/g, 'e');
    for (const h of orgHeads) {
      if (!lw.endsWith(h)) continue;
      const set = bodies.get(h) ?? new Set();
      set.add(lw);
      bodies.set(h, set);
    }
    const ws = m.form.split(' ');
    if (ws.length < 2 || !/^\p{Ll}/u.test(ws.at(-1)!)) continue;
    const h = ws.at(-1)!.replace(/é/g, 'e');
    for (const f of [h + 'en', h + 'et', h + 'a', h + 'n']) heads.set(f, m);
  }
  for (const [f, m] of heads) {
    const h = m.form.split(' ').at(-1)!.toLowerCase().replace(/é/g, 'e');
    const named = orgHeads.filter((x) => h.endsWith(x)).some((x) => (bodies.get(x)?.size ?? 0) > 1);
    if (named) heads.delete(f);
  }
  if (heads.size) {
    for (const s of L.sents) {
      s.tokens.forEach((t, i) => {
        const m = heads.get(t.text.toLowerCase().replace(/é/g, 'e'));
        if (!m || covered.has(`${s.index}:${i}`)) return;
        out.push({ sent: s.index, start: i, end: i + 1, text: t.text, form: t.text, genitive: false, type: 'Organisation', source: 'lowercase', strong: false });
      });
    }
  }
  agreeTypes(out);
  // after the rescue, so that a sentence-initial "Torvik er nøgd" counts as naming Torvik again
  return confirmTentative(out).sort((a, b) => a.sent - b.sent || a.start - b.start);
}

/**
 * A one-word name that only the tagger calls a person is kept when the article names it again (a later surname
 * reference, "Berg" after "Bergs") or it is a word of a full name found for a person; once, with nothing else
 * to say it is a person, it is more often a place or a thing than a person.
 */
function confirmTentative(ms: Mention[]): Mention[] {
  if (!ms.some((m) => m.tentative)) return ms;
  const keys = (f: string) => {
    const k = translitKey(f);
    return f.length > 3 && /s$/.test(f) ? [k, translitKey(f.slice(0, -1))] : [k];
  };
  const count = new Map<string, number>();
  for (const m of ms) {
    if (m.adjective) continue;
    const ws = m.form.split(' ');
    for (const k of new Set(ws.length === 1 ? keys(m.form) : m.type === 'Person' ? ws.flatMap(keys) : [])) count.set(k, (count.get(k) ?? 0) + (ws.length === 1 ? 1 : 2));
  }
  return ms.filter((m) => !m.tentative || keys(m.form).some((k) => (count.get(k) ?? 0) >= 2));
}

/**
 * One name, one type in an article: mentions typed by the tagger alone or by name shape take the type that
 * evidence gave the same name elsewhere ("styret i Eksport Noreg" makes "Eksport Noreg-saka" the body's too), when
 * that type wins the name's vote (rule-typed mentions three, the others one, as clusters vote later): one strong
 * reading does not outvote many weak ones that agree with each other.
 */
function agreeTypes(ms: Mention[]): void {
  const votes = new Map<string, Map<Mention['type'], number>>();
  const key = (m: Mention) => m.form.toLowerCase().replace(/s$/, '');
  let anyStrong = false;
  for (const m of ms) {
    if (m.adjective || m.ref || m.source !== 'caps') continue;
    anyStrong ||= m.strong;
    const v = votes.get(key(m)) ?? new Map();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.strong ? 3 : 1));
    votes.set(key(m), v);
  }
  if (!anyStrong) return;
  const winner = new Map<string, Mention['type']>();
  for (const m of ms) {
    if (!m.strong || m.adjective || m.ref || m.source !== 'caps' || winner.has(key(m))) continue;
    const v = [...votes.get(key(m))!.entries()].sort((a, b) => b[1] - a[1]);
    if (v.length > 1 && v[0][1] > v[1][1]) winner.set(key(m), v[0][0]);
  }
  for (const m of ms) {
    if (m.strong || m.adjective || m.ref || m.source !== 'caps') continue;
    const t = winner.get(key(m));
    if (t && t !== m.type) {
      m.type = t;
      m.tentative = false;
      m.why = 'same name';
    }
  }
}
