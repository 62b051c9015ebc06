import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRateLimiter, perMinuteLimiter, unlimited } from "../../core/http/rate-limit.ts";

/** A clock the test moves by hand, in milliseconds. */
function manualClock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("createRateLimiter", () => {
  it("allows a burst of `capacity`, then one action per refill", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 0.5, now: clock.now });
    expect([1, 2, 3, 4].map(() => limiter.take("a"))).toEqual([true, true, true, false]);
    expect(limiter.retryAfterSeconds("a")).toBe(2);
    clock.advance(1999);
    expect(limiter.take("a")).toBe(false);
    clock.advance(1);
    expect(limiter.take("a")).toBe(true);
    expect(limiter.take("a")).toBe(false);
  });

  it("keeps each key's bucket apart", () => {
    const limiter = createRateLimiter({ capacity: 1, refillPerSecond: 1, now: manualClock().now });
    expect(limiter.take("a")).toBe(true);
    expect(limiter.take("a")).toBe(false);
    expect(limiter.take("b")).toBe(true);
    expect(limiter.retryAfterSeconds("never-seen")).toBe(0);
  });

  it("refuses settings that would allow nothing or everything", () => {
    expect(() => createRateLimiter({ capacity: 0, refillPerSecond: 1 })).toThrow(/rate-limit: capacity/);
    expect(() => createRateLimiter({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
  });

  it("answers exactly as an unbounded model while the keys fit in `maxKeys`", () => {
    const step = fc.record({ key: fc.constantFrom("a", "b", "c", "d"), waitMs: fc.nat(3000) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const clock = manualClock();
        const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1, now: clock.now, maxKeys: 4 });
        const model = new Map<string, { tokens: number; at: number }>();
        for (const { key, waitMs } of steps) {
          const time = clock.advance(waitMs);
          const bucket = model.get(key) ?? { tokens: 3, at: time };
          const tokens = Math.min(3, bucket.tokens + (time - bucket.at) / 1000);
          model.set(key, { tokens: tokens >= 1 ? tokens - 1 : tokens, at: time });
          expect(limiter.take(key)).toBe(tokens >= 1);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("stays within `maxKeys` however many ids a flood makes up, and still limits a busy key", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 0.001, now: clock.now, maxKeys: 1000 });
    limiter.take("busy");
    limiter.take("busy");
    for (let n = 0; n < 20_000; n++) {
      limiter.take(`hostile-${n}-${"x".repeat(n % 50)}`);
      if (n % 10 === 0) expect(limiter.take("busy")).toBe(false);
      clock.advance(1);
      expect(limiter.size).toBeLessThanOrEqual(1000);
    }
  });

  it("forgets keys whose bucket has refilled, which changes no answer", () => {
    const clock = manualClock();
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: clock.now, maxKeys: 10 });
    for (let n = 0; n < 10; n++) limiter.take(`idle-${n}`);
    clock.advance(5000);
    limiter.take("newcomer");
    expect(limiter.size).toBe(1);
    expect([limiter.take("idle-0"), limiter.take("idle-0"), limiter.take("idle-0")]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe("perMinuteLimiter (RATE_LIMIT_PER_MINUTE)", () => {
  it("allows a burst of 10, then one every 2 s at 30 a minute", () => {
    const clock = manualClock();
    const limiter = perMinuteLimiter(30, clock.now);
    expect(Array.from({ length: 11 }, () => limiter.take("u"))).toEqual([...Array(10).fill(true), false]);
    expect(limiter.retryAfterSeconds("u")).toBe(2);
    clock.advance(2000);
    expect(limiter.take("u")).toBe(true);
  });

  it("bursts no more than the per-minute limit when that is below 10", () => {
    const limiter = perMinuteLimiter(3, manualClock().now);
    expect([1, 2, 3, 4].map(() => limiter.take("u"))).toEqual([true, true, true, false]);
  });

  it("is off at 0", () => {
    expect(perMinuteLimiter(0)).toBe(unlimited);
    expect(Array.from({ length: 1000 }, () => unlimited.take("u")).every(Boolean)).toBe(true);
  });
});
