import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.ts';
import { ExtractPool, ExtractQueueFullError, ExtractWorkerError } from '../../server/extract/pool.ts';
import { StoreBusyError } from '../../server/store/store.ts';
import { SEED_ARTICLES } from '../../server/seed.ts';

// The extraction worker: the same extraction as in this thread, errors as errors, a bounded queue, a clean stop.

const pool = new ExtractPool({ maxQueue: 3 });
afterAll(() => pool.close());

const seed = fs.readFileSync(`${SEED_ARTICLES}/tv2-2022-01-kasakhstan-uro.txt`, 'utf8');

describe('extraction worker', () => {
  it('reads an article as extract() does here', async () => {
    expect(await pool.extract(seed)).toEqual(extract(seed));
  });

  it('hands an error in the worker back as an Error, and goes on working', async () => {
    const err = await pool.extract(42 as unknown as string).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractWorkerError);
    expect((err as Error).name).toBe('TypeError');
    expect((err as Error).message).toMatch(/slice/);
    expect((err as Error).stack).toMatch(/in the extraction worker/);
    expect((await pool.extract('Ola Nordmann bor i Oslo.')).entities.map((e) => e.name)).toContain('Oslo');
  });

  it('refuses more articles than its queue holds, as a busy server', async () => {
    const texts = ['Ola bor i Oslo.', 'Kari bor i Bergen.', 'Per bor i Tromsø.', 'Anne bor i Bodø.'];
    const out = await Promise.allSettled(texts.map((t) => pool.extract(t)));
    expect(out.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    const refusal = (out[3] as PromiseRejectedResult).reason;
    expect(refusal).toBeInstanceOf(ExtractQueueFullError);
    expect(refusal).toBeInstanceOf(StoreBusyError); // answered as HTTP 503 SERVER_BUSY, with Retry-After
    expect(pool.queued).toBe(0);
  });

  it('stops its worker on close, refusing what waited; the next article starts a new one', async () => {
    const waiting = pool.extract(seed).catch((e: unknown) => e);
    await pool.close();
    expect(pool.running).toBe(false);
    const refusal = await waiting;
    expect(refusal).toBeInstanceOf(Error);
    expect((refusal as Error).message).toMatch(/closed/);
    expect((await pool.extract('Kari bor i Bergen.')).entities.map((e) => e.name)).toContain('Bergen');
    expect(pool.running).toBe(true);
  });
});

describe('several extraction workers', () => {
  it('read each article as extract() does, spread over the workers', async () => {
    const two = new ExtractPool({ size: 2 });
    try {
      const texts = [seed, 'Ola Nordmann bor i Oslo.', 'Kari Hansen er leder i Høyre.', 'Per bor i Tromsø.'];
      const pending = texts.map((t) => two.extract(t));
      expect(two.queued).toBe(4);
      expect(await Promise.all(pending)).toEqual(texts.map((t) => extract(t)));
    } finally {
      await two.close();
    }
    expect(two.running).toBe(false);
  });
});
