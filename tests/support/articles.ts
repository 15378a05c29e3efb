import fs from 'node:fs';
import path from 'node:path';

// Distinct, overlapping Norwegian articles made from templates: the same people, organisations and
// countries recur across them, as in a real news archive.

const FIRST = ['Ivar', 'Anne', 'Kari', 'Ola', 'Jonas', 'Ingrid', 'Per', 'Sofie', 'Erik', 'Marte', 'Lars', 'Nora'];
const LAST = ['Dale', 'Berg', 'Haugen', 'Lunde', 'Strand', 'Moen', 'Bakke', 'Solheim', 'Nilsen', 'Aas'];
const COUNTRIES = ['Russland', 'Kasakhstan', 'Sverige', 'Tyskland', 'Frankrike', 'Polen', 'Ukraina', 'Litauen'];
const ORGS = ['NATO', 'FN', 'EU', 'Røde Kors', 'Amnesty International'];
const TITLES = ['rådgiver', 'talsperson', 'direktør', 'forsker'];

export function makeArticle(i: number): string {
  const pick = <T>(list: T[], k: number) => list[(i * 7 + k * 3) % list.length];
  const person = `${pick(FIRST, 1)} ${pick(LAST, 2)}`;
  const surname = person.split(' ')[1];
  const [from, to] = [pick(COUNTRIES, 3), pick(COUNTRIES, 5)];
  const org = pick(ORGS, 4);
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return [
    ` date 2023-${month}-${day}`,
    `Sak ${i}: ${from} sender soldater til ${to === from ? 'Litauen' : to}, melder NTB.`,
    `– Situasjonen er alvorlig for sak nummer ${i}, sier ${pick(TITLES, 6)} ${person} i ${org} til NTB.`,
    `${surname} forteller at det er ventet flere møter i ${org} denne uken.`,
  ].join('\n\n');
}

export function writeArticles(dir: string, n: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Array.from({ length: n }, (_, i) => {
    const file = path.join(dir, `sak-${String(i).padStart(4, '0')}.txt`);
    fs.writeFileSync(file, makeArticle(i));
    return file;
  });
}
