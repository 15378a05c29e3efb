// Texts of a given size in UTF-8 bytes, in shapes that once made extraction quadratic: many short lines, one
// line without punctuation, one long sentence, runs of names, dash paragraphs, quotes, numbers, abbreviations.

export const SHAPES: Record<string, (bytes: number) => string> = {
  'many short lines': (n) => fill(n, (i) => ['Ja.', 'Nei', 'Ola', 'Hm.'][i % 4] + '\n'),
  'many numbered lines': (n) => fill(n, (i) => `Linje ${i} her.\n`),
  'one line without punctuation': (n) => fill(n, (i) => `ord${i % 97} `),
  'one sentence of short words': (n) => fill(n, () => 'og det er en '),
  'capitalised names': (n) => fill(n, (i) => ['Ola Nordmann ', 'Kari Hansen ', 'Per Olsen ', 'Anne Berg ', 'Erna Solberg ', 'Jonas Gahr Støre '][i % 6]),
  'names in sentences': (n) => fill(n, (i) => ['Ola Nordmann sier at ', 'Kari Hansen i Oslo. ', 'Per Olsen og NATO. ', 'Dale sier han kommer. '][i % 4]),
  'dash paragraphs': (n) => fill(n, (i) => (i % 2 ? '– Ja, sier han.\n' : `– Dette er sitat nummer ${i}, sier Ola Nordmann.\n\n`)),
  'quotes in one sentence': (n) => fill(n, (i) => `Han sa «dette er ${i}» og «mer» `),
  'quoted sentences': (n) => fill(n, (i) => `«Dette er ${i}», sier Ola. `),
  'ordinals (no sentence ends)': (n) => fill(n, (i) => `${i % 100}. `),
  numbers: (n) => fill(n, (i) => `${i} ${i * 7}. `),
  abbreviations: (n) => fill(n, (i) => ['bl.a. ', 'Ola ', 'f.eks. ', 'J. ', 'kr. ', 'St. '][i % 6]),
  'one surname, several people': (n) =>
    fill(n, (i) => (i % 2 ? 'Hansen sier at det går. ' : `${['Ola', 'Kari', 'Per', 'Anne', 'Jon', 'Eva'][i % 6]}${'x'.repeat(i % 7)} Hansen var der. `)),
  'troops from a long list': (n) => `Soldater fra ${fill(n - 60, () => 'Norge, Sverige, Danmark, ')}kom til Litauen i Polen i Latvia.`,
  'a run of punctuation': (n) => `– Dette ${', '.repeat(n / 2)}x, sier Ola.`,
};

/** Pieces joined until the text has at least `bytes` bytes of UTF-8. */
export function fill(bytes: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < bytes; i++) {
    const p = piece(i);
    parts.push(p);
    len += Buffer.byteLength(p);
  }
  return parts.join('');
}
