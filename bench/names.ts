import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Names that look Norwegian and are many: given names from the seeds, surnames, organisations and places
// put together from parts, so that a million-node graph has distinct names without a name list.

const SEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../seeds');

export const GIVEN: string[] = (JSON.parse(fs.readFileSync(path.join(SEEDS, 'given-names.json'), 'utf8')).names as string[])
  .filter((n) => /^\p{Lu}\p{Ll}{2,}$/u.test(n));

const HEAD = [
  'Aas', 'Berg', 'Bjør', 'Brekk', 'Dal', 'Eid', 'Eng', 'Fjell', 'Foss', 'Gjer', 'Grøn', 'Hag', 'Hal', 'Haug', 'Hei',
  'Hol', 'Hov', 'Jor', 'Kval', 'Lang', 'Li', 'Lund', 'Løv', 'Mo', 'Myr', 'Nord', 'Ny', 'Øst', 'Ram', 'Rei', 'Rud',
  'Sand', 'Skog', 'Sol', 'Stein', 'Stor', 'Strand', 'Sæter', 'Tang', 'Tor', 'Ulv', 'Vang', 'Vest', 'Vik', 'Øde',
  'Aker', 'Bak', 'Birke', 'Eik', 'Frøy', 'Gran', 'Hammer', 'Kirke', 'Kol', 'Lyng', 'Mel', 'Ring', 'Rø', 'Skjel', 'Ven',
];
const TAIL = [
  'heim', 'stad', 'land', 'rud', 'vik', 'set', 'li', 'bakken', 'nes', 'gård', 'by', 'dal', 'berg', 'haug', 'mo',
  'rød', 'seth', 'vold', 'aas', 'lie', 'stuen', 'eng', 'myr', 'sæther', 'strøm', 'tveit', 'voll', 'ås', 'bø', 'lund',
  'sund', 'fjord', 'vang', 'hus', 'holm', 'hagen', 'lien', 'nesset', 'viken', 'åsen',
];
const MIDDLE = ['', 'er', 'e', 'a', 'i', 'ne', 'ar', 'es', 'el'];

/** The i-th distinct surname: HEAD × MIDDLE × TAIL gives about 21,000 before a numbered suffix is needed. */
export function surname(i: number): string {
  const n = HEAD.length * MIDDLE.length * TAIL.length;
  const k = i % n;
  const head = HEAD[k % HEAD.length];
  const middle = MIDDLE[Math.floor(k / HEAD.length) % MIDDLE.length];
  const tail = TAIL[Math.floor(k / (HEAD.length * MIDDLE.length)) % TAIL.length];
  const base = head + middle + tail;
  // Beyond the combinations, a second surname part keeps names distinct (Berg-Hauge style).
  return i < n ? base : `${base}-${surname(Math.floor(i / n) - 1)}`;
}

/** The i-th person: given names cycle fastest, so that surnames repeat across a few people, as in life. */
export function personName(i: number): { given: string; surname: string; name: string } {
  const given = GIVEN[i % GIVEN.length];
  const s = surname(Math.floor(i / 7) + (i % 7) * 3001);
  return { given, surname: s, name: `${given} ${s}` };
}

const ORG_KIND = ['AS', 'ASA', 'stiftelse', 'forening', 'kommune', 'lag', 'forbund', 'senter', 'institutt', 'klubb'];
const ORG_STYLE = [
  (s: string, k: string) => `${s} ${k}`,
  (s: string, k: string) => `${s}${k === 'AS' || k === 'ASA' ? ` Holding ${k}` : `-${k}`}`,
  (s: string) => `Stiftelsen ${s}`,
  (s: string) => `${s} Idrettslag`,
];

export function orgName(i: number): string {
  const s = surname(i * 13 + 5);
  return ORG_STYLE[i % ORG_STYLE.length](s, ORG_KIND[Math.floor(i / ORG_STYLE.length) % ORG_KIND.length]);
}

export function placeName(i: number): string {
  const base = surname(i * 17 + 11);
  return i % 3 === 0 ? `${base}${i % 2 ? 'en' : ''}` : `${base} ${['sentrum', 'havn', 'vest', 'øst', 'nord'][i % 5]}`;
}

export const SOURCES = ['NTB', 'VG', 'Aftenposten', 'NRK', 'TV 2', 'Dagbladet', 'Nationen', 'Bergens Tidende', 'Adresseavisen', 'E24'];
export const SECTIONS = ['innenriks', 'utenriks', 'økonomi', 'politikk', 'sport', 'kultur'];
export const TITLES = ['leder', 'daglig leder', 'talsperson', 'ordfører', 'statsråd', 'direktør', 'forsker', 'styreleder', 'generalsekretær'];
