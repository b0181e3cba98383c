/**
 * How often a crashed server is restarted: at most `maxRestarts` crashes within `windowMs`; the next
 * crash in the window gives up until `reset()` (the user's Restart server). Pure, so it is unit tested.
 */
export class RestartBudget {
  private readonly crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now`; true when the server is to be restarted. */
  crashed(now: number): boolean {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0]! > this.windowMs) this.crashes.shift();
    return this.crashes.length <= this.maxRestarts;
  }

  /** Crashes counted in the current window. */
  get recentCrashes(): number {
    return this.crashes.length;
  }

  reset(): void {
    this.crashes.length = 0;
  }
}
