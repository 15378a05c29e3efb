import { pino } from 'pino';

// Structured logs on stderr, so that commands printing JSON on stdout stay clean.
export const logger = pino(
  { level: process.env.LOG_LEVEL ?? 'info', base: undefined },
  pino.destination({ dest: 2, sync: true }),
);
