// An undo/redo list of snapshots with a cursor. Pure, so it is unit-tested; the browser's session history
// points into it by index (see actions.ts).

export interface HistoryStack<T> {
  /** The entry the view shows now. */
  current(): T | undefined;
  index(): number;
  /** Records a new entry after the current one; entries that were undone are dropped. Returns its index. */
  push(entry: T): number;
  /** Replaces the current entry (e.g. with the positions a finished layout gave). */
  replaceCurrent(entry: T): void;
  /** Moves the cursor to an index still held; returns the entry, or undefined if it is gone. */
  go(index: number): T | undefined;
  canUndo(): boolean;
  canRedo(): boolean;
  size(): number;
}

/** `capacity` bounds memory: the oldest entries go first, and indexes keep counting up. */
export function historyStack<T>(capacity = 100): HistoryStack<T> {
  let entries: T[] = [];
  let offset = 0; // the index of entries[0]
  let cursor = -1; // an index, not a position in `entries`
  const at = (index: number) => entries[index - offset];
  return {
    current: () => (cursor >= offset ? at(cursor) : undefined),
    index: () => cursor,
    push(entry) {
      entries = entries.slice(0, cursor - offset + 1);
      entries.push(entry);
      cursor = offset + entries.length - 1;
      if (entries.length > capacity) {
        const drop = entries.length - capacity;
        entries = entries.slice(drop);
        offset += drop;
      }
      return cursor;
    },
    replaceCurrent(entry) {
      if (cursor >= offset && cursor - offset < entries.length) entries[cursor - offset] = entry;
      else this.push(entry);
    },
    go(index) {
      if (index < offset || index >= offset + entries.length) return undefined;
      cursor = index;
      return at(index);
    },
    canUndo: () => cursor > offset,
    canRedo: () => cursor < offset + entries.length - 1,
    size: () => entries.length,
  };
}
