import { loadConfig } from './config.ts';
import { logger } from './logger.ts';
import { buildClientIfStale } from './build-client.ts';
import { start } from './app.ts';

// `npm start`: build what needs building, then serve until told to stop.
async function main() {
  const config = loadConfig();
  buildClientIfStale();
  const running = await start(config);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  logger.fatal(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
