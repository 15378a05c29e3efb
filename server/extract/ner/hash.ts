// 32-bit hashing. Features are never stored as strings: each is a 32-bit hash of a template id and
// a value hash, so the model holds only integers and tagging builds no strings per feature.

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer. */
export function hashStr(s: string, seed = 0x811c9dc5): number {
  return finalize(fnv(s, seed | 0));
}

/** The FNV-1a state after s, continuing from h: hashStr(a + b) = finalize(fnv(b, fnv(a, seed))). */
export function fnv(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Murmur3's finaliser: spreads the bits so that the low bits used as table slots are uniform. */
export function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines two hashes; order matters (mix(a, b) differs from mix(b, a)). */
export function mix(a: number, b: number): number {
  return finalize(Math.imul(a ^ 0x9e3779b9, 0x01000193) + b);
}

/**
 * Open-addressing map from non-zero int32 keys to int32 values (0 is the empty slot, so a key of 0
 * is stored as 1: one more collision among four billion does not matter for features).
 */
export class IntMap {
  keys: Int32Array;
  vals: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1024) {
    let n = 16;
    while (n < capacity * 2) n <<= 1;
    this.keys = new Int32Array(n);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
  }

  get(key: number, missing = -1): number {
    if (key === 0) key = 1;
    const keys = this.keys;
    let i = key & this.mask;
    for (;;) {
      const k = keys[i];
      if (k === key) return this.vals[i];
      if (k === 0) return missing;
      i = (i + 1) & this.mask;
    }
  }

  has(key: number): boolean {
    return this.getSlot(key) >= 0;
  }

  private getSlot(key: number): number {
    if (key === 0) key = 1;
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key) return i;
      if (k === 0) return -1;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, val: number): void {
    if (key === 0) key = 1;
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    let i = key & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key) {
        this.vals[i] = val;
        return;
      }
      if (k === 0) {
        this.keys[i] = key;
        this.vals[i] = val;
        this.size++;
        return;
      }
      i = (i + 1) & this.mask;
    }
  }

  private grow(): void {
    const { keys, vals } = this;
    const n = keys.length * 2;
    this.keys = new Int32Array(n);
    this.vals = new Int32Array(n);
    this.mask = n - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.set(keys[i], vals[i]);
  }

  forEach(fn: (key: number, val: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) fn(this.keys[i], this.vals[i]);
  }
}

/** A set of int32 hashes (an IntMap whose values are all 1). */
export class IntSet {
  private map: IntMap;
  constructor(items: Iterable<number> = [], capacity = 1024) {
    this.map = new IntMap(capacity);
    for (const x of items) this.map.set(x, 1);
  }
  add(x: number): void {
    this.map.set(x, 1);
  }
  has(x: number): boolean {
    return this.map.get(x, 0) === 1;
  }
  get size(): number {
    return this.map.size;
  }
  toArray(): Int32Array {
    const out = new Int32Array(this.map.size);
    let j = 0;
    this.map.forEach((k) => (out[j++] = k));
    return out.sort();
  }
}
