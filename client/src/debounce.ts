// Coalesces bursts of restart requests (a settings.json save touches several keys, the Python extension
// fires several interpreter events) into one restart after a quiet period, and never runs two restarts
// at once: a request that arrives during a restart schedules one more afterwards. Pure, unit-tested.

export class RestartScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private pendingAfterRun = false;
  private reasons: string[] = [];

  constructor(
    private readonly action: (reasons: string[]) => Promise<void>,
    private readonly delayMs: number,
  ) {}

  /** Asks for a restart; the action runs once, delayMs after the last request. */
  request(reason: string): void {
    this.reasons.push(reason);
    if (this.running) {
      this.pendingAfterRun = true;
      return;
    }
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.fire(), this.delayMs);
  }

  /** Resolves when no restart is scheduled or running (used by tests and on deactivate). */
  async idle(): Promise<void> {
    while (this.timer !== undefined || this.running) {
      await (this.running ?? new Promise((r) => setTimeout(r, this.delayMs)));
    }
  }

  dispose(): void {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.reasons = [];
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    const reasons = this.reasons;
    this.reasons = [];
    this.running = (async () => {
      try {
        await this.action(reasons);
      } catch {
        // The action reports its own errors; a failed restart must not stop later ones.
      }
    })();
    await this.running;
    this.running = undefined;
    if (this.pendingAfterRun) {
      this.pendingAfterRun = false;
      this.timer = setTimeout(() => void this.fire(), this.delayMs);
    }
  }
}
