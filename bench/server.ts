import { start } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';

// The product's server as a child process of the bench, so that its memory can be read on its own.
// Connects to NEO4J_URI (given by the bench), listens on a free port, prints {"url": ...} once serving.

const running = await start(loadConfig({ ...process.env, PORT: '0', KG_SEED: '0' }));
process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await running.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent holds stdin open: its end means the bench is gone.
process.stdin.on('end', stop).resume();
