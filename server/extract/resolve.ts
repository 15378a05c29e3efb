// Within-article resolution: mentions that denote the same thing become one entity.
// A surname alone joins the full name used elsewhere in the article; transliteration variants join; an acronym
// joins the name it abbreviates; reference records join by id; people who share only a surname stay apart.
import type { EntityType, ExtractedEntity } from './types.ts';
import type { Reference } from '../reference/index.ts';
import { refKey } from '../reference/index.ts';
import type { Mention } from './spot.ts';
import { acronymOf, initials, translitKey } from './names.ts';
import { isAllCaps, type TextLayout } from './text.ts';

export interface Resolved {
  entities: ExtractedEntity[];
  /** entity index for each mention (same order as the mentions array), -1 when dropped */
  of: number[];
}

interface Cluster {
  type: EntityType;
  mentions: number[];
  refId?: string;
  code?: string;
  country?: string;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const lastWord = (s: string) => words(s).at(-1) ?? s;

export function resolve(ref: Reference, L: TextLayout, ms: Mention[]): Resolved {
  decideGenitives(ms);
  const clusters: Cluster[] = [];
  const of = ms.map(() => -1);
  const byKey = new Map<string, number>();
  const add = (key: string, mi: number, init: () => Cluster) => {
    let ci = byKey.get(key);
    if (ci === undefined) {
      ci = clusters.length;
      clusters.push(init());
      byKey.set(key, ci);
    }
    clusters[ci].mentions.push(mi);
    of[mi] = ci;
  };

  // 1. reference records join by id; other multi-word names by their form
  ms.forEach((m, mi) => {
    if (m.ref?.kind === 'country') add('c:' + m.ref.country.code, mi, () => ({ type: 'Country', mentions: [], refId: 'country:' + m.ref!.kind && 'country:' + (m.ref as { country: { code: string } }).country.code, code: (m.ref as { country: { code: string } }).country.code }));
    else if (m.ref?.kind === 'organisation') add('o:' + m.ref.organisation.id, mi, () => ({ type: 'Organisation', mentions: [], refId: 'org:' + (m.ref as { organisation: { id: string } }).organisation.id }));
    else if (m.ref?.kind === 'location') add('l:' + m.ref.location.name, mi, () => ({ type: 'Location', mentions: [], refId: 'location:' + (m.ref as { location: { name: string } }).location.name, country: (m.ref as { location: { country?: string } }).location.country }));
  });

  // 2. people with a full name: one cluster per full name (transliteration variants meet)
  const personFull = new Map<string, number>(); // translit of full name → cluster
  ms.forEach((m, mi) => {
    if (of[mi] >= 0 || m.type !== 'Person' || words(m.form).length < 2) return;
    const k = words(m.form).map(translitKey).join(' ');
    add('p:' + k, mi, () => ({ type: 'Person', mentions: [] }));
    personFull.set(k, of[mi]);
  });

  // 3. acronyms defined in the text: "Strategic Airlift Capability (SAC)", "sikkerhetspakten, CSTO,"
  const acronymTarget = new Map<string, number[]>();
  ms.forEach((m, mi) => {
    const t = L.sents[m.sent].tokens;
    if (words(m.form).length >= 2 && (t[m.end]?.text === '(' || t[m.end]?.text === ',') && isAllCaps(t[m.end + 1]?.text ?? '')) {
      const acr = t[m.end + 1].text;
      acronymTarget.set(acr, [...(acronymTarget.get(acr) ?? []), mi]);
    }
  });
  // the expansions of one acronym are one entity, whichever cluster they joined
  for (const [, list] of acronymTarget) {
    const withCluster = list.find((x) => of[x] >= 0);
    const ci = withCluster !== undefined ? of[withCluster] : undefined;
    if (ci === undefined) continue;
    for (const x of list) if (of[x] < 0) { clusters[ci].mentions.push(x); of[x] = ci; }
  }
  // "Fjotolf Hansen, tidlegare kjend som Anders Behring Breivik": one person under two names
  const aka = new Map<number, number>();
  ms.forEach((m, mi) => {
    const t = L.sents[m.sent].tokens.map((x) => x.text.toLowerCase());
    let k = m.end;
    if (t[k] === ',') k++;
    if (/^(tidligere|tidlegare|også|òg|bedre)$/.test(t[k] ?? '')) k++;
    if (/^(kjent|kjend)$/.test(t[k] ?? '') && t[k + 1] === 'som') {
      const other = ms.findIndex((o) => o.sent === m.sent && o.start === k + 2);
      if (other >= 0) aka.set(other, mi);
    }
  });
  for (const [other, mi] of aka) {
    if (of[mi] >= 0 && of[other] < 0) { clusters[of[mi]].mentions.push(other); of[other] = of[mi]; }
    else if (of[mi] >= 0 && of[other] >= 0 && of[other] !== of[mi]) {
      const from = of[other];
      for (const x of clusters[from].mentions) { clusters[of[mi]].mentions.push(x); of[x] = of[mi]; }
      clusters[from].mentions = [];
      for (const [k, v] of personFull) if (v === from) personFull.set(k, of[mi]);
    }
  }

  // 4. everything else: single names join a full name by surname (or given name), initials join their name,
  //    acronyms join their expansion, the rest cluster by form
  const firstSeen = (ci: number) => Math.min(...clusters[ci].mentions.map((x) => ms[x].sent));
  ms.forEach((m, mi) => {
    if (of[mi] >= 0) return;
    const f = m.form;
    if (m.type === 'Person' || (!m.strong && words(f).length === 1)) {
      const cands = [...personFull.entries()].filter(([k]) => {
        const ws = k.split(' ');
        return ws.at(-1) === translitKey(f) || ws.join('') === translitKey(f);
      });
      const byFirst = [...personFull.entries()].filter(([k]) => k.split(' ')[0] === translitKey(f));
      const pick = cands.length ? cands : byFirst.length === 1 ? byFirst : [];
      if (pick.length === 1 || (pick.length > 1 && cands.length > 1)) {
        // several people share the surname: the one named most recently before this mention
        let best = pick[0][1];
        let bestSent = -1;
        for (const [, ci] of pick) {
          const before = clusters[ci].mentions.map((x) => ms[x].sent).filter((sn) => sn <= m.sent);
          const last = before.length ? Math.max(...before) : -1;
          if (last > bestSent) { bestSent = last; best = ci; }
        }
        if (pick.length > 1 && bestSent < 0) best = pick.sort((a, b) => firstSeen(a[1]) - firstSeen(b[1]))[0][1];
        clusters[best].mentions.push(mi);
        of[mi] = best;
        return;
      }
    }
    if (isAllCaps(f)) {
      const person = [...personFull.values()].find((ci) => clusters[ci].mentions.some((x) => initials(ms[x].form) === f && words(ms[x].form).length >= 2));
      if (person !== undefined) { clusters[person].mentions.push(mi); of[mi] = person; return; }
      const exp = acronymTarget.get(f)?.[0];
      if (exp !== undefined && exp !== mi) {
        const ci = of[exp] >= 0 ? of[exp] : undefined;
        if (ci !== undefined) { clusters[ci].mentions.push(mi); of[mi] = ci; return; }
        add('x:' + refKey(ms[exp].form), exp, () => ({ type: 'Organisation', mentions: [] }));
        const ci2 = of[exp];
        clusters[ci2].mentions.push(mi);
        of[mi] = ci2;
        return;
      }
      for (const [ci, c] of clusters.entries()) {
        if (c.type === 'Organisation' && c.mentions.some((x) => words(ms[x].form).length >= 2 && acronymOf(f, ms[x].form))) {
          c.mentions.push(mi); of[mi] = ci; return;
        }
      }
    }
    // a full-form organisation defined by an acronym that was seen first
    const acrHere = [...acronymTarget.entries()].find(([, xs]) => xs.includes(mi));
    if (acrHere) {
      const sib = [...ms.keys()].find((x) => x !== mi && of[x] >= 0 && (ms[x].form === acrHere[0] || acrHere[1].includes(x)));
      const existing = sib !== undefined ? of[sib] : byKey.get('x:' + refKey(acrHere[0]));
      if (existing !== undefined) { clusters[existing].mentions.push(mi); of[mi] = existing; byKey.set('x:' + refKey(f), existing); return; }
    }
    // "valkomiteen" after "KrFs valkomité": the definite form of a named body's head noun
    if (m.type === 'Organisation' && words(f).length === 1) {
      const lf = f.toLowerCase();
      const body = clusters.findIndex((c) => c.type === 'Organisation' && c.mentions.some((x) => {
        const ws = words(ms[x].form);
        if (ws.length < 2) return false;
        const head = ws.at(-1)!.toLowerCase().replace(/é/g, 'e');
        return [head + 'en', head + 'et', head + 'a', head + 'n', head].includes(lf.replace(/é/g, 'e'));
      }));
      if (body >= 0) { clusters[body].mentions.push(mi); of[mi] = body; return; }
    }
    add('x:' + refKey(f), mi, () => ({ type: m.type, mentions: [] }));
    // an org cluster created from an acronym first: let the acronym find it later
    if (isAllCaps(f)) byKey.set('x:' + refKey(f), of[mi]);
  });

  // 5. cluster types: reference records keep theirs; others take the strongest mentions' vote
  for (const c of clusters) {
    if (c.refId || !c.mentions.length) continue;
    const votes = new Map<EntityType, number>();
    for (const x of c.mentions) votes.set(ms[x].type, (votes.get(ms[x].type) ?? 0) + (ms[x].strong ? 3 : 1));
    c.type = [...votes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  const entities: ExtractedEntity[] = [];
  const remap = clusters.map(() => -1);
  clusters.forEach((c, ci) => {
    if (!c.mentions.length) return;
    remap[ci] = entities.length;
    entities.push(toEntity(ref, c, ms, entities.length));
  });
  return { entities, of: of.map((ci) => (ci >= 0 ? remap[ci] : -1)) };
}

/** A name form ending in s is a genitive when the article also uses it without the s ("Solbergs" / "Solberg"). */
function decideGenitives(ms: Mention[]): void {
  const forms = new Set(ms.map((m) => translitKey(m.form)));
  const lasts = new Set(ms.filter((m) => m.type === 'Person').map((m) => translitKey(lastWord(m.form))));
  for (const m of ms) {
    if (m.ref || m.genitive || !/\p{Ll}s$/u.test(m.form)) continue;
    const stripped = m.form.slice(0, -1);
    const k = translitKey(stripped);
    if (forms.has(k) || (words(stripped).length === 1 && lasts.has(k))) {
      m.form = stripped;
      m.genitive = true;
    }
  }
}

function toEntity(ref: Reference, c: Cluster, ms: Mention[], idx: number): ExtractedEntity {
  const mentions = c.mentions.map((x) => ms[x]);
  const textForms = [...new Set(mentions.filter((m) => !m.adjective).map((m) => m.form))];
  const byLength = [...textForms].sort((a, b) => words(b).length - words(a).length || b.length - a.length);
  let name = byLength[0];
  const aliases = new Set(byLength.slice(1));
  let code: string | undefined;
  let country = c.country;
  let adjectiveOnly: boolean | undefined;
  if (c.code) {
    const rc = ref.countryByCode(c.code)!;
    code = rc.code;
    if (!name) {
      name = rc.name;
      adjectiveOnly = true;
    }
    for (const n of [rc.name, rc.nameNn]) if (n !== name) aliases.add(n);
  }
  if (c.refId?.startsWith('org:')) {
    const o = ref.organisationById(c.refId.slice(4))!;
    // a party named only by its code, "(H)", is listed under its full name
    if (name.length <= 3 && o.name.length > name.length) {
      aliases.add(name);
      name = o.name;
    }
    for (const n of [o.name, ...o.aliases]) if (n !== name) aliases.add(n);
    country = o.country;
  }
  if (c.refId?.startsWith('location:')) {
    const l = ref.locations.find((x) => 'location:' + x.name === c.refId);
    if (l && l.name !== name) aliases.add(l.name);
  }
  aliases.delete(name);
  const e: ExtractedEntity = {
    key: 'e' + idx,
    type: c.type,
    name,
    aliases: [...aliases],
    sentences: mentions.map((m) => m.sent),
  };
  if (code) e.code = code;
  if (c.refId) e.refId = c.refId;
  if (country && c.type === 'Location') e.country = country;
  if (adjectiveOnly) e.adjectiveOnly = true;
  return e;
}
