// The extraction worker: the same extract() as in the main thread, one article at a time, off the event loop. It
// loads the NER tagger as the product does (tagger.ts, on the first article; EXTRACT_NO_TAGGER=1 is inherited).
// Messages in: { id, body }. Out: { id, extraction } or { id, error }.
import { parentPort } from 'node:worker_threads';
import { extract } from './index.ts';

export interface Job {
  id: number;
  body: string;
}

export interface SerialisedError {
  name: string;
  message: string;
  stack?: string;
  code?: string;
}

export type Answer = { id: number; extraction: ReturnType<typeof extract> } | { id: number; error: SerialisedError };

const port = parentPort;
if (!port) throw new Error('server/extract/worker.ts runs as a worker thread (see pool.ts)');

port.on('message', (job: Job) => {
  let answer: Answer;
  try {
    answer = { id: job.id, extraction: extract(job.body) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    answer = { id: job.id, error: { name: e.name, message: e.message, stack: e.stack, code: (e as { code?: string }).code } };
  }
  port.postMessage(answer);
});
