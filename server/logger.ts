import { pino } from 'pino';

// Structured logs on stderr, so that commands printing JSON on stdout stay clean.
// An unknown LOG_LEVEL must not crash here, at import, before loadConfig can say what is wrong with it: until then, info.
const wanted = process.env.LOG_LEVEL;
const level = wanted && (wanted === 'silent' || Object.hasOwn(pino.levels.values, wanted)) ? wanted : 'info';

export const logger = pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
