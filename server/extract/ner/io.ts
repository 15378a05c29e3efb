// The model file: gzip of a small JSON header followed by typed-array sections, 4-byte aligned.
// Weights are stored sparsely (a bit mask of the labels a feature has weights for, then those
// weights as 16-bit integers with one scale), which keeps the file small and loading fast.
import { gzipSync, gunzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { IntMap } from './hash.ts';
import { HashList } from './lexicon.ts';
import type { ModelData } from './model.ts';
import { FEATURE_VERSION } from './features.ts';

const MAGIC = 'NORNE-TAGGER-1\n';

interface Header {
  labels: string[];
  meta: Record<string, unknown>;
  scale: number;
  sections: { name: string; type: 'i32' | 'u32' | 'i16' | 'f32'; length: number }[];
  gazetteers: { name: string; maxTokens: number }[];
  /** Sections of the optional word lists: common words, then one per Zipf band. */
  zipfBands?: number;
  clusterLevels: number;
  featureVersion: number;
  /** The document pass, when the model has one: its weight scale and context window. */
  doc?: { scale: number; window: number };
}

type Section = [string, Int32Array | Uint32Array | Int16Array | Float32Array];

/** Sorted keys, label masks and quantised weights of one weight matrix. */
function packWeights(index: IntMap, weights: Float32Array, L: number, prefix: string): { scale: number; sections: Section[] } {
  const keys: number[] = [];
  const rows: number[] = [];
  index.forEach((k, r) => {
    keys.push(k);
    rows.push(r);
  });
  let maxAbs = 0;
  for (const v of weights) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 32767 || 1;
  const masks = new Uint32Array(keys.length);
  const vals: number[] = [];
  const order = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
  const sortedKeys = new Int32Array(keys.length);
  order.forEach((i, j) => {
    sortedKeys[j] = keys[i];
    const base = rows[i] * L;
    let mask = 0;
    for (let y = 0; y < L; y++) {
      const q = Math.round(weights[base + y] / scale);
      if (q !== 0) {
        mask |= 1 << y;
        vals.push(q);
      }
    }
    masks[j] = mask >>> 0;
  });
  return {
    scale,
    sections: [
      [`${prefix}keys`, sortedKeys],
      [`${prefix}masks`, masks],
      [`${prefix}vals`, Int16Array.from(vals)],
    ],
  };
}

function unpackWeights(sec: Map<string, Section[1]>, prefix: string, L: number, scale: number): { index: IntMap; weights: Float32Array } {
  const keys = sec.get(`${prefix}keys`) as Int32Array;
  const masks = sec.get(`${prefix}masks`) as Uint32Array;
  const vals = sec.get(`${prefix}vals`) as Int16Array;
  const index = new IntMap(keys.length);
  const weights = new Float32Array(keys.length * L);
  let v = 0;
  for (let r = 0; r < keys.length; r++) {
    index.set(keys[r], r);
    const mask = masks[r];
    for (let y = 0; y < L; y++) if (mask & (1 << y)) weights[r * L + y] = vals[v++] * scale;
  }
  return { index, weights };
}

const CTOR = { i32: Int32Array, u32: Uint32Array, i16: Int16Array, f32: Float32Array };

export function serialize(m: ModelData): Buffer {
  const L = m.labels.length;
  if (L > 32) throw new Error('at most 32 labels fit the mask');
  const main = packWeights(m.index, m.weights, L, '');
  const doc = m.doc ? packWeights(m.doc.index, m.doc.weights, L, 'doc:') : undefined;
  const sections: [string, Int32Array | Uint32Array | Int16Array | Float32Array][] = [
    ['trans', m.trans],
    ...main.sections,
    ...(doc ? [...doc.sections, ['doc:trans', m.doc!.trans] as Section] : []),
    ['common', m.lexicon.common.items],
    ['proper', m.lexicon.proper.items],
    ...m.lexicon.gazetteers.map((g) => [`gaz:${g.name}`, g.phrases.items] as [string, Int32Array]),
    ...(m.lexicon.commonWords ? [['commonWords', m.lexicon.commonWords.items] as Section] : []),
    ...(m.lexicon.zipfBands ?? []).map((b, k) => [`zipf:${k}`, b.items] as Section),
  ];
  const ckeys: number[] = [];
  const crows: number[] = [];
  m.clusters.map.forEach((k, r) => {
    ckeys.push(k);
    crows.push(r);
  });
  const lv = m.clusters.levels;
  const cids = new Int32Array(ckeys.length * lv);
  crows.forEach((r, j) => cids.set(m.clusters.ids.subarray(r * lv, r * lv + lv), j * lv));
  sections.push(['clusterKeys', Int32Array.from(ckeys)], ['clusterIds', cids]);
  const typeOf = (a: unknown) =>
    a instanceof Int32Array ? 'i32' : a instanceof Uint32Array ? 'u32' : a instanceof Int16Array ? 'i16' : 'f32';
  const header: Header = {
    labels: m.labels,
    meta: m.meta,
    scale: main.scale,
    ...(doc ? { doc: { scale: doc.scale, window: m.doc!.window } } : {}),
    sections: sections.map(([name, a]) => ({ name, type: typeOf(a), length: a.length })),
    gazetteers: m.lexicon.gazetteers.map((g) => ({ name: g.name, maxTokens: g.maxTokens })),
    ...(m.lexicon.zipfBands ? { zipfBands: m.lexicon.zipfBands.length } : {}),
    clusterLevels: lv,
    featureVersion: FEATURE_VERSION,
  };
  const head = Buffer.from(MAGIC + JSON.stringify(header) + '\n', 'utf8');
  const parts: Buffer[] = [head, Buffer.alloc((4 - (head.length % 4)) % 4)];
  for (const [, a] of sections) {
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b, Buffer.alloc((4 - (b.length % 4)) % 4));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function deserialize(gz: Buffer): ModelData {
  const raw = gunzipSync(gz);
  // A fresh, aligned copy so that typed arrays can view it directly.
  const buf = new Uint8Array(raw.length);
  buf.set(raw);
  const magic = Buffer.from(buf.buffer, 0, MAGIC.length).toString('latin1');
  if (magic !== MAGIC) throw new Error('not a tagger model');
  const nl = buf.indexOf(10, MAGIC.length);
  const header = JSON.parse(Buffer.from(buf.buffer, MAGIC.length, nl - MAGIC.length).toString('utf8')) as Header;
  if (header.featureVersion !== FEATURE_VERSION) {
    throw new Error(`model built for feature version ${header.featureVersion}, code has ${FEATURE_VERSION}: retrain it`);
  }
  let off = nl + 1;
  off += (4 - (off % 4)) % 4;
  const sec = new Map<string, Int32Array | Uint32Array | Int16Array | Float32Array>();
  for (const s of header.sections) {
    const C = CTOR[s.type];
    sec.set(s.name, new C(buf.buffer, off, s.length));
    off += s.length * C.BYTES_PER_ELEMENT;
    off += (4 - (off % 4)) % 4;
  }
  const L = header.labels.length;
  const { index, weights } = unpackWeights(sec, '', L, header.scale);
  const doc = header.doc
    ? { ...unpackWeights(sec, 'doc:', L, header.doc.scale), trans: sec.get('doc:trans') as Float32Array, window: header.doc.window }
    : undefined;
  const ckeys = sec.get('clusterKeys') as Int32Array;
  const cmap = new IntMap(ckeys.length);
  for (let r = 0; r < ckeys.length; r++) cmap.set(ckeys[r], r);
  return {
    labels: header.labels,
    meta: header.meta,
    index,
    weights,
    trans: sec.get('trans') as Float32Array,
    lexicon: {
      common: new HashList(sec.get('common') as Int32Array),
      proper: new HashList(sec.get('proper') as Int32Array),
      gazetteers: header.gazetteers.map((g) => ({
        name: g.name,
        maxTokens: g.maxTokens,
        phrases: new HashList(sec.get(`gaz:${g.name}`) as Int32Array),
      })),
      ...(sec.has('commonWords') ? { commonWords: new HashList(sec.get('commonWords') as Int32Array) } : {}),
      ...(header.zipfBands ? { zipfBands: Array.from({ length: header.zipfBands }, (_, k) => new HashList(sec.get(`zipf:${k}`) as Int32Array)) } : {}),
    },
    clusters: { map: cmap, ids: sec.get('clusterIds') as Int32Array, levels: header.clusterLevels },
    ...(doc ? { doc } : {}),
  };
}

export function saveModel(path: string, m: ModelData): number {
  const b = serialize(m);
  writeFileSync(path, b);
  return b.length;
}

export function loadModel(path: string): ModelData {
  return deserialize(readFileSync(path));
}
