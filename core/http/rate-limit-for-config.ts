import type { Logger } from "pino";
import type { Config } from "../config.ts";
import { inProcessLimiter, type PersonLimiter, perMinuteLimiter } from "./rate-limit.ts";
import { postgresLimiter } from "./rate-limit-postgres.ts";

/**
 * Each person's rate limit from the configuration: shared by every instance through PostgreSQL when
 * `DATABASE_URL` is set (the multi-instance engine), else in this process (SQLite, one instance).
 * Real time, not the app's `now`: a test's frozen clock would never refill anyone's allowance.
 */
export function personLimiterFor(config: Config, logger: Logger): PersonLimiter {
  const perMinute = config.rateLimitPerMinute;
  if (config.databaseUrl && perMinute > 0)
    return postgresLimiter({ connectionString: config.databaseUrl, perMinute, logger });
  return inProcessLimiter(perMinuteLimiter(perMinute));
}
