/**
 * A per-key token bucket: each key (one person) has a bucket of `capacity` tokens that refills at
 * `refillPerSecond`; an action takes a token, and with none left it is refused. So a person may ask
 * `capacity` questions at once, then as many as the refill allows — 30 a minute by default — and a
 * flood from one person slows down that person only.
 *
 * Memory is bounded whatever the keys: a key whose bucket has refilled completely is the same as an
 * unknown key, so it can be forgotten without changing any answer; when `maxKeys` are remembered, those
 * are swept first, and if that frees less than a tenth, the least recently used are dropped too (that
 * person's next action is then allowed a fresh burst — the price of a bound that hostile ids cannot
 * push past). Pure apart from the clock, which is an option. The app asks it through `PersonLimiter`.
 */
export interface RateLimiter {
  /** Takes one token from `key`'s bucket: true when the action may go ahead, false when over the limit. */
  take(key: string): boolean;
  /** Whole seconds until `key` has a token again (0 when it has one now), for `Retry-After`. */
  retryAfterSeconds(key: string): number;
  /** How many keys are remembered now; never more than `maxKeys`. */
  readonly size: number;
}

/** Settings of `createRateLimiter`. */
export interface RateLimiterOptions {
  /** Tokens a full bucket holds: the burst a person may send at once. At least 1. */
  capacity: number;
  /** Tokens added back per second, up to `capacity`. Greater than 0. */
  refillPerSecond: number;
  /** The clock, in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Most keys remembered at once. Default `defaultMaxKeys`. */
  maxKeys?: number;
}

/** Default `maxKeys`: far more people than are active in one burst window, about 1 MB of memory. */
export const defaultMaxKeys = 10_000;

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date. */
  at: number;
}

/** Builds a token-bucket limiter; see `RateLimiter`. Throws on a capacity below 1 or a refill of 0. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { capacity, refillPerSecond } = options;
  if (!(capacity >= 1) || !(refillPerSecond > 0))
    throw new RangeError("rate-limit: capacity must be at least 1 and refillPerSecond above 0");
  const now = options.now ?? Date.now;
  const maxKeys = Math.max(1, options.maxKeys ?? defaultMaxKeys);
  // A Map iterates in insertion order; re-inserting on every use keeps it least recently used first.
  const buckets = new Map<string, Bucket>();

  const tokensAt = (bucket: Bucket, time: number) =>
    Math.min(capacity, bucket.tokens + (Math.max(0, time - bucket.at) / 1000) * refillPerSecond);

  // Run only when full, and frees at least a tenth, so its cost is spread over many calls.
  const makeRoom = (time: number) => {
    for (const [key, bucket] of buckets) if (tokensAt(bucket, time) >= capacity) buckets.delete(key);
    const target = maxKeys - Math.ceil(maxKeys / 10);
    for (const key of buckets.keys()) {
      if (buckets.size <= target) break;
      buckets.delete(key);
    }
  };

  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key);
      const tokens = bucket ? tokensAt(bucket, time) : capacity;
      if (bucket) buckets.delete(key);
      else if (buckets.size >= maxKeys) makeRoom(time);
      const allowed = tokens >= 1;
      buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: time });
      return allowed;
    },
    retryAfterSeconds(key) {
      const bucket = buckets.get(key);
      if (!bucket) return 0;
      const missing = 1 - tokensAt(bucket, now());
      return missing <= 0 ? 0 : Math.ceil(missing / refillPerSecond);
    },
    get size() {
      return buckets.size;
    },
  };
}

/** A limiter that allows everything: `RATE_LIMIT_PER_MINUTE=0`. */
export const unlimited: RateLimiter = { take: () => true, retryAfterSeconds: () => 0, size: 0 };

/** The burst a person may send at once under `perMinuteLimiter`, unless the per-minute limit is lower. */
export const defaultBurst = 10;

/**
 * The app's limiter from `RATE_LIMIT_PER_MINUTE`: a burst of up to `defaultBurst` actions (fewer if the
 * per-minute limit is lower), refilled at `perMinute` a minute. 0 turns limiting off.
 */
export function perMinuteLimiter(perMinute: number, now?: () => number): RateLimiter {
  if (perMinute <= 0) return unlimited;
  return createRateLimiter({
    capacity: Math.min(defaultBurst, perMinute),
    refillPerSecond: perMinute / 60,
    ...(now ? { now } : {}),
  });
}

/** The answer of a `PersonLimiter`: whether the action may go ahead, and if not, when it may. */
export interface LimitDecision {
  allowed: boolean;
  /** Whole seconds until the person may act again (0 when `allowed`), for `Retry-After`. */
  retryAfterSeconds: number;
}

/**
 * The rate limit as the bot and the tab ask it, per person: in this process (`inProcessLimiter`) or
 * shared by every instance through PostgreSQL (`postgresLimiter` in `rate-limit-postgres.ts`).
 */
export interface PersonLimiter {
  /** Takes one action from `key`'s allowance. */
  take(key: string): Promise<LimitDecision>;
  /** Lets go of what the limiter holds (connections); the in-process one holds nothing. */
  close(): Promise<void>;
}

/** A `PersonLimiter` over a limiter in this process: SQLite mode, one instance. */
export function inProcessLimiter(limiter: RateLimiter): PersonLimiter {
  return {
    async take(key) {
      const allowed = limiter.take(key);
      return { allowed, retryAfterSeconds: allowed ? 0 : limiter.retryAfterSeconds(key) };
    },
    close: async () => undefined,
  };
}
