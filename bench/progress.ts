/**
 * Progress for long benchmark runs: one rewritten line per stage on a terminal
 * (stage, count, rate), nothing in CI or when output is piped.
 */
export class BenchProgress {
  private started = performance.now();
  private lastDraw = 0;

  constructor(
    readonly live: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  static forTerminal(ci: boolean): BenchProgress {
    return new BenchProgress(!ci && Boolean(process.stderr.isTTY) && !process.env.CI);
  }

  stage(label: string): void {
    this.started = performance.now();
    if (this.live) this.stream.write(`\r\x1b[K${label}…`);
  }

  tick(label: string, done: number, total: number): void {
    if (!this.live) return;
    const now = performance.now();
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const rate = done / Math.max((now - this.started) / 1000, 1e-3);
    this.stream.write(`\r\x1b[K${label} ${done}/${total} (${Math.round(rate)}/s)`);
  }

  done(line: string): void {
    if (this.live) this.stream.write(`\r\x1b[K${line}\n`);
  }
}
