// Spreading big canvas updates over animation frames, so that no frame takes much longer than a chunk.

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error('chunk size must be at least 1');
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export type FrameScheduler = (run: () => void) => void;

const nextFrame: FrameScheduler = (run) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => run()) : setTimeout(run, 16));

/** Applies each chunk in its own frame; the first at once. `isStale` stops the rest when a newer update came. */
export function inFrames<T>(parts: readonly T[], apply: (part: T) => void, isStale: () => boolean = () => false, schedule: FrameScheduler = nextFrame): Promise<boolean> {
  return new Promise((resolve) => {
    let i = 0;
    const step = () => {
      if (isStale()) return resolve(false);
      if (i >= parts.length) return resolve(true);
      apply(parts[i++]);
      if (i >= parts.length) return resolve(true);
      schedule(step);
    };
    step();
  });
}
