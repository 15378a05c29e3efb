// The search list's cursor: pure, so it is unit-tested.

/** The option the arrow keys move to, round the list; -1 in an empty one. */
export function moveActive(active: number, count: number, step: 1 | -1): number {
  return count ? (active + step + count) % count : -1;
}
