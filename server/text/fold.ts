// Every way this code folds a name into a key, kept in one place. Which one to use depends on what must meet:
//   refKey         reference look-ups: case, dashes and spaces vary, diacritics are kept (Tromsø is not Tromso).
//   exactKey       the spelling as written: only case and spaces vary.
//   gazetteerKey   gazetteer and tagger word lists: diacritics folded too (tromsø → tromso). The NER model stores
//                  hashes of these keys: changing this function means training it again.
//   foldDiacritics substring search (`nameContains`, full-text terms); FOLD_CYPHER is its Cypher twin, which
//                  writes `nameFolded`, and the two must agree.
//   translitKey    one key for the transliterations of a word (Tokajev / Tokayev, Erdogan / Erdoğan).
//   nameKey        translitKey word by word: how names meet across articles.
// Entity ids are made by `slug` (resolve/names.ts), which keeps its own rule: ids must never change.

/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const SPECIAL_LETTERS: [string, string][] = [
  ['æ', 'ae'], ['ø', 'o'], ['œ', 'oe'], ['ß', 'ss'], ['đ', 'd'], ['ð', 'd'], ['ł', 'l'], ['þ', 'th'], ['ı', 'i'],
];
/** Combining marks (U+0300–U+036F) that NFKD leaves after the base letter. */
const MARKS = Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x300 + i));

/** Case and accents folded the same way in JS and in Cypher (FOLD_CYPHER). */
export function foldDiacritics(text: string): string {
  let s = text.toLowerCase();
  for (const [from, to] of SPECIAL_LETTERS) s = s.split(from).join(to);
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** The Cypher twin of foldDiacritics over the parameter `$fold` (FOLD_PARAMS), applied to the expression `expr`. */
export const foldCypher = (expr: string) =>
  `reduce(s = normalize(reduce(s = toLower(${expr}), p IN $fold.special | replace(s, p[0], p[1])), NFKD), m IN $fold.marks | replace(s, m, ''))`;
export const FOLD_PARAMS = { special: SPECIAL_LETTERS, marks: MARKS };

/** A cache for a key function: the same names come back article after article. */
function cached(fn: (s: string) => string, max: number): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let k = cache.get(s);
    if (k === undefined) {
      if (cache.size > max) cache.clear();
      k = fn(s);
      cache.set(s, k);
    }
    return k;
  };
}

/** NFC, lower case, dashes and spaces normalised: the key reference names are indexed under. */
export const refKey = cached(
  (s) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/\s*-\s*/g, '-')
      .replace(/\s+/g, ' ')
      .trim(),
  50_000,
);

/** Lower case with diacritics kept: the exact-spelling key. */
export function exactKey(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Anything beyond printable ASCII with single spaces: the slow path of gazetteerKey. */
const NOT_PLAIN = /[^\x21-\x7e ]| {2}| -|- |^ | $/;
const GAZETTEER_SPECIAL: Record<string, string> = { ...Object.fromEntries(SPECIAL_LETTERS), '\u2018': "'", '\u2019': "'", '\u02bc': "'" };
const foldedChars = new Map<string, string>();

function foldChar(c: string): string {
  let r = foldedChars.get(c);
  if (r === undefined) {
    if (/[\u2010-\u2015]/.test(c)) r = '-';
    else if (/\s/.test(c)) r = ' ';
    else {
      r = c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      r = [...r].map((x) => GAZETTEER_SPECIAL[x] ?? x).join('');
    }
    foldedChars.set(c, r);
  }
  return r;
}

/** Lower case, diacritics off (é → e, å → a, ø → o, æ → ae), dashes and spaces normalised: the look-up key. */
export function gazetteerKey(s: string): string {
  // most names are plain ASCII with single separators: lower case is all they need
  if (!NOT_PLAIN.test(s)) return s.toLowerCase();
  let out = '';
  for (const c of s.normalize('NFC')) out += c.charCodeAt(0) < 0x80 && c !== '\t' && c !== '\n' && c !== '\r' ? c.toLowerCase() : foldChar(c);
  return / {2}| -|- |^ | $/.test(out) ? out.replace(/ *- */g, '-').replace(/ +/g, ' ').trim() : out;
}

/**
 * A key under which transliteration variants of a name meet: Tokajev / Tokayev, Erdogan / Erdoğan,
 * Zelenskyj / Zelensky / Selenskyj.
 */
export const translitKey = cached((name) => {
  let s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'a')
    .replace(/ß/g, 'ss');
  s = s
    .replace(/shch|sjtsj|chtch/g, 's')
    .replace(/zh|sch|sh|sj|ch|tsj|tch|tj|kj/g, 's')
    .replace(/kh|ck|q|c(?=[aou])/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/y/g, 'j')
    .replace(/ij|ji|ii|iy/g, 'i')
    .replace(/j(?=$|[^aeiouy])/g, 'i') // "Zelenskyj" ~ "Zelenski"
    .replace(/ie|ye|je/g, 'e')
    .replace(/(.)\1+/g, '$1')
    .replace(/[^a-z]/g, '');
  return s;
}, 50_000);

/**
 * One key for the spellings a transliteration varies (Tokajev/Tokayev, Zelenskyj/Zelensky): translitKey word by
 * word, so that joins across articles agree with joins within one.
 */
export function nameKey(name: string): string {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => (/^\p{N}+$/u.test(word) ? word : translitKey(word)))
    .filter(Boolean)
    .join('_');
}
