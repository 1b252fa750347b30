/**
 * Per-stage progress on an interactive terminal; silence elsewhere (CI, pipes),
 * where only the final summary is printed.
 */
export class Progress {
  readonly live: boolean;
  private started = 0;
  private lastTick = 0;

  /** `live` is given by a process that reports for the one owning the terminal. */
  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    live = Boolean(stream.isTTY) && process.env.CI !== "true",
  ) {
    this.live = live;
  }

  stage(name: string): void {
    this.started = performance.now();
    if (this.live) this.stream.write(`${name}…\n`);
  }

  tick(name: string, done: number, total: number): void {
    if (!this.live) return;
    // A redraw per report would cost more than the report at 100,000 of them.
    const now = performance.now();
    if (done !== total && now - this.lastTick < 100) return;
    this.lastTick = now;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    this.stream.write(`\r  ${name} ${done}/${total} (${rate}/s)`);
    if (done === total) this.stream.write("\n");
  }

  /** Closes a stage that has no per-item callback, with its count and rate. */
  finish(name: string, count: number, unit: string): void {
    if (!this.live) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.stream.write(`  ${name} ${count} ${unit} in ${seconds.toFixed(2)} s (${seconds > 0 ? Math.round(count / seconds) : count}/s)\n`);
  }
}
