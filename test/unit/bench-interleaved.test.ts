/** The benchmark's side-by-side timing (bench/measure.ts interleaved): rotation, counts, early stop, failures. */
import { describe, expect, it } from 'vitest';
import { interleaved } from '../../bench/measure.js';

describe('interleaved series', () => {
  it('runs every side once per iteration, the first side rotating, warm-up untimed', async () => {
    const calls: string[] = [];
    const side = (name: string) => async () => void calls.push(name);
    const series = await interleaved([side('a'), side('b'), side('c')], { warmup: 2, iterations: 4, maxMsPerSeries: 60_000 });
    expect(calls).toEqual([
      // warm-up: iterations 0 and 1
      'a', 'b', 'c', 'b', 'c', 'a',
      // timed: iterations 0 to 3
      'a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b', 'a', 'b', 'c',
    ]);
    expect(series.map((s) => s.n)).toEqual([4, 4, 4]);
  });

  it('times each side on its own: a slow side does not slow the others', async () => {
    const wait = (ms: number) => () => new Promise<void>((r) => setTimeout(r, ms));
    const [fast, slow] = await interleaved([async () => {}, wait(20)], { warmup: 0, iterations: 5, maxMsPerSeries: 60_000 });
    expect(fast.p50).toBeLessThan(slow.p50);
    expect(slow.p50).toBeGreaterThanOrEqual(19);
  });

  it('stops early after three iterations once the time allowed for all sides has passed', async () => {
    const wait = () => new Promise<void>((r) => setTimeout(r, 5));
    const series = await interleaved([wait, wait], { warmup: 0, iterations: 1000, maxMsPerSeries: 1 });
    expect(series.map((s) => s.n)).toEqual([3, 3]);
  });

  it('fails with the failing side\'s error', async () => {
    const boom = async () => {
      throw new Error('side b failed');
    };
    await expect(interleaved([async () => {}, boom], { warmup: 0, iterations: 3, maxMsPerSeries: 60_000 })).rejects.toThrow('side b failed');
  });
});
