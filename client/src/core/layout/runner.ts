// The main thread's side of the layout worker: one worker, newest request wins.
import type { LayoutRequest } from './options.ts';
import type { LayoutReply } from './worker.ts';

export type Positions = Record<string, { x: number; y: number }>;

let worker: Worker | undefined;
let seq = 0;
const waiting = new Map<number, (reply: LayoutReply) => void>();

function theWorker(): Worker {
  if (!worker) {
    // Vite bundles the worker and its imports (Cytoscape, fcose) into a file of its own: nothing from a CDN.
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      waiting.get(e.data.seq)?.(e.data);
      waiting.delete(e.data.seq);
    };
  }
  return worker;
}

/** Positions for the request, or null when a newer request was made meanwhile (its result is what counts). */
export function layoutInWorker(request: LayoutRequest): Promise<{ positions: Positions; ms: number } | null> {
  const mine = ++seq;
  return new Promise((resolve, reject) => {
    waiting.set(mine, (reply) => {
      if (reply.error) return reject(new Error(`Layout failed: ${reply.error}`));
      resolve(mine === seq ? { positions: reply.positions, ms: reply.ms } : null);
    });
    theWorker().postMessage({ seq: mine, request });
  });
}
