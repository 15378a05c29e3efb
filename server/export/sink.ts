import type { Writable } from 'node:stream';

// Writing with backpressure: wait for 'drain' when the destination's buffer is full, and stop when the
// destination closes (a client that went away), so that nothing piles up in memory.

export class OutputClosedError extends Error {
  constructor() {
    super('The export stopped: its destination closed');
    this.name = 'OutputClosedError';
  }
}

export async function put(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new OutputClosedError();
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new OutputClosedError());
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onClose);
  });
}

/** Ends a stream and waits until all of it is flushed. */
export function finish(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}

/** Small writes gathered into chunks of about 64 KB: one write per element would cost more than the element. */
export class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;
  constructor(readonly out: Writable) {}

  async add(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= 65_536) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await put(this.out, chunk);
  }
}
