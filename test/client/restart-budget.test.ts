import { describe, expect, it } from 'vitest';
import { RestartBudget } from '../../client/src/restart-budget';

const MINUTE = 60_000;

describe('restarts after a server crash', () => {
  it('restarts four times in three minutes, refuses the fifth, and counts it', () => {
    const budget = new RestartBudget();
    expect([0, 1, 2, 3, 4].map((i) => budget.crashed(i * 10_000))).toEqual([true, true, true, true, false]);
    expect(budget.recentCrashes).toBe(5);
  });

  it('forgets crashes older than three minutes', () => {
    const budget = new RestartBudget();
    for (const minute of [0, 1, 2, 2.5]) expect(budget.crashed(minute * MINUTE)).toBe(true);
    // The crash at 0 is 3.1 minutes old now: four in the window, so this one is restarted.
    expect(budget.crashed(3.1 * MINUTE)).toBe(true);
    expect(budget.recentCrashes).toBe(4);
    expect(budget.crashed(3.2 * MINUTE)).toBe(false);
  });

  it('starts over after Restart server', () => {
    const budget = new RestartBudget();
    for (let i = 0; i < 5; i++) budget.crashed(i);
    budget.reset();
    expect(budget.crashed(10)).toBe(true);
    expect(budget.recentCrashes).toBe(1);
  });
});
