import { createHash } from "node:crypto";
import pg from "pg";
import type { Logger } from "pino";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { defaultBurst, inProcessLimiter, type PersonLimiter, perMinuteLimiter } from "./rate-limit.ts";

/** Settings of `postgresLimiter`. */
export interface PostgresLimiterOptions {
  /** The feedback store's `DATABASE_URL`; its `search_path` (if any) holds the limiter's table too. */
  connectionString: string;
  /** `RATE_LIMIT_PER_MINUTE`, above 0. */
  perMinute: number;
  logger: Logger;
  /**
   * Longest wait for the database on one action, in ms, before this instance's own limit decides:
   * every question waits for it. Default 2000.
   */
  timeoutMs?: number;
  /** Least time between two attempts to create the limiter's table, in ms. Default 10 000. */
  retryMs?: number;
}

/** The table every instance counts in (created if missing): `key`, `points`, `expire`. */
const tableName = "rate_limits";

/**
 * The per-person limit shared by every instance, counted in PostgreSQL by `rate-limiter-flexible`'s
 * `RateLimiterPostgres`. It counts in fixed windows rather than refilling a bucket: a window holds the
 * same burst as the in-process limit (`defaultBurst`, or `perMinute` if lower) and lasts as long as that
 * burst takes to refill, so the long-run rate is the same `perMinute`.
 *
 * Keys are SHA-256 hashes: the database never holds a person's id, and the column's 255 characters
 * always suffice. When the database cannot answer within `timeoutMs`, this instance's own in-process
 * limit decides instead — so a dead database never stops a question being answered, and one person's
 * flood is still held back — and a log line says so once per outage (and once when it is over).
 */
export function postgresLimiter(options: PostgresLimiterOptions): PersonLimiter {
  const { perMinute, logger } = options;
  const timeoutMs = options.timeoutMs ?? 2000;
  const retryMs = options.retryMs ?? 10_000;
  const points = Math.min(defaultBurst, perMinute);
  const fallback = inProcessLimiter(perMinuteLimiter(perMinute));
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: 5,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    idleTimeoutMillis: 30_000,
    application_name: "strategilotsen-rate-limit",
  });
  pool.on("error", (error) => {
    logger.warn({ err: { message: error.message } }, "rate-limit: idle PostgreSQL connection failed");
  });
  let shared: RateLimiterPostgres | undefined;
  let creating: Promise<void> | undefined;
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let degraded = false;

  const degrade = (error: Error) => {
    if (degraded) return;
    degraded = true;
    logger.warn(
      { err: { message: error.message } },
      "rate-limit: PostgreSQL did not answer; each instance limits on its own until it does",
    );
  };

  // The library creates its table when constructed; a database that is down then is tried again later.
  const create = () => {
    lastAttempt = Date.now();
    creating = new Promise<void>((resolve) => {
      const limiter = new RateLimiterPostgres(
        {
          storeClient: pool,
          storeType: "pool",
          tableName,
          keyPrefix: "",
          points,
          duration: Math.ceil((points * 60) / perMinute),
        },
        (error?: Error) => {
          if (error) degrade(error);
          else shared = limiter;
          creating = undefined;
          resolve();
        },
      );
    });
  };

  create();
  return {
    async take(key) {
      if (!shared && !creating && Date.now() - lastAttempt >= retryMs) create();
      // A creation under way is bounded by `timeoutMs`; waiting for it keeps the first actions shared.
      await creating;
      if (!shared) return fallback.take(key);
      try {
        await shared.consume(hashed(key));
        if (degraded) logger.info("rate-limit: PostgreSQL answers again; the limit is shared again");
        degraded = false;
        return { allowed: true, retryAfterSeconds: 0 };
      } catch (outcome) {
        // The library refuses with its result (how long until the window ends), and fails with an Error.
        if (outcome instanceof RateLimiterRes)
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
        degrade(outcome as Error);
        return fallback.take(key);
      }
    },
    async close() {
      await creating;
      await pool.end();
    },
  };
}

function hashed(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}
