import { spawn, type ChildProcess } from 'node:child_process';
import { neo4jUri } from './graph.ts';

// `kg` as users run it: a real child process on the test Neo4j, its output collected, every wait bounded.

export interface Kg {
  child: ChildProcess;
  output: () => string;
  stdout: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function startKg(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Kg {
  const env = { ...process.env };
  for (const k of ['NEO4J_BOLT_PORT', 'DATA_DIR', 'LOG_LEVEL', 'KG_WRITE_TOKEN']) delete env[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/kg.ts', ...args], {
    env: { ...env, NEO4J_URI: neo4jUri(), ...opts.env },
    stdio: [opts.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (opts.stdin !== undefined) child.stdin!.end(opts.stdin);
  let all = '';
  let out = '';
  child.stdout!.on('data', (c: Buffer) => ((out += c.toString()), (all += c.toString())));
  child.stderr!.on('data', (c: Buffer) => (all += c.toString()));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => all, stdout: () => out, exit };
}

/** Runs kg to its end (at most `ms`) and gives its exit code and everything it printed. */
export async function runKg(args: string[], opts: { stdin?: string; env?: Record<string, string>; ms?: number } = {}) {
  const kg = startKg(args, opts);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      kg.child.kill('SIGKILL');
      reject(new Error(`kg ${args.join(' ')} still running after ${opts.ms ?? 120_000} ms:\n${kg.output().slice(-3000)}`));
    }, opts.ms ?? 120_000);
  });
  try {
    const { code } = await Promise.race([kg.exit, timeout]);
    return { code, output: kg.output() };
  } finally {
    clearTimeout(timer);
  }
}

/** Waits until the output matches, failing early when kg exits first. */
export async function waitForOutput(kg: Kg, pattern: RegExp, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  let exited = false;
  void kg.exit.then(() => (exited = true));
  while (!pattern.test(kg.output())) {
    if (exited) throw new Error(`kg exited before ${pattern}:\n${kg.output().slice(-3000)}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${ms} ms:\n${kg.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
