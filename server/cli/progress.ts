import cliProgress from 'cli-progress';

// Progress on stderr: a bar with rate and ETA on a terminal, a plain line every few seconds otherwise (logs, pipes).

export interface Progress {
  update(done: number, label?: string): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 5_000;

export function startProgress(total: number, what = 'articles', stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(total, what, stream) : plainProgress(total, what, stream);
}

function barProgress(total: number, what: string, stream: NodeJS.WriteStream): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `{bar} {value}/{total} ${what} | {rate}/s | ETA {eta_formatted} | {label}`,
      stream,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(total, 0, { rate: '0.0', label: '' });
  return {
    update: (done, label = '') => bar.update(done, { rate: rate(done, started), label: label.split('/').pop() }),
    stop: () => bar.stop(),
  };
}

function plainProgress(total: number, what: string, stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  let last = started;
  let done = 0;
  let shown = -1;
  const line = () => {
    if (done === shown) return; // the end, already shown by the last periodic line
    shown = done;
    const perSecond = done / Math.max((Date.now() - started) / 1000, 1e-3);
    const eta = perSecond > 0 ? Math.round((total - done) / perSecond) : '?';
    stream.write(`progress: ${done}/${total} ${what}, ${perSecond.toFixed(1)}/s, ETA ${eta} s\n`);
  };
  return {
    update(n) {
      done = n;
      if (Date.now() - last >= PLAIN_EVERY_MS) {
        last = Date.now();
        line();
      }
    },
    stop: line,
  };
}

const rate = (done: number, started: number) => (done / Math.max((Date.now() - started) / 1000, 1e-3)).toFixed(1);
