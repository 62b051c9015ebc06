import pg from "pg";
import pino, { type Logger } from "pino";
import type { FeedbackStore } from "./feedback-store.ts";
import { allMigrations } from "./migrations/all-migrations.ts";
import { migratePostgres } from "./migrations/migrate-postgres.ts";
import { storeErrorFromPostgres } from "./postgres-errors.ts";
import type { SqlDriver, SqlRow } from "./sql-driver.ts";
import { createSqlFeedbackStore } from "./sql-feedback-store.ts";

/** Where the PostgreSQL store connects and how patient it is. */
export interface PostgresStoreOptions {
  /** `postgres://user:password@host:port/database`; `?options=-c search_path=…` selects a schema. */
  connectionString: string;
  /** Logs migrations and connection problems, never personal data; silent by default. */
  logger?: Logger;
  /** Most connections held open at once; default 10 (PostgreSQL's default limit is 100 in all). */
  maxConnections?: number;
  /** How long to wait for a connection before failing with 503, in ms; default 2000. */
  connectionTimeoutMs?: number;
  /** How long to wait for a query's answer before failing with 503, in ms; default 10000. */
  queryTimeoutMs?: number;
}

/**
 * The feedback store on PostgreSQL, used when `DATABASE_URL` is set (several app instances, managed
 * backups). Connections come from a pool that connects on demand: when the database is down every call
 * fails within `connectionTimeoutMs` with a 503 `AppError` instead of hanging, and once it is back the
 * next call simply gets a new connection — no restart. Idle connections that the server drops are
 * logged and replaced, never an uncaught error.
 */
export function createPostgresStore(options: PostgresStoreOptions): FeedbackStore {
  const logger = options.logger ?? pino({ level: "silent" });
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 2000,
    // Client-side: also covers a server that accepted the connection and then went silent.
    query_timeout: options.queryTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    application_name: "strategilotsen",
  });
  pool.on("error", (error) => {
    logger.warn({ message: error.message }, "store: idle PostgreSQL connection failed; it will be replaced");
  });
  let ended = false;

  const driver: SqlDriver = {
    async run(operation, sql, params = []) {
      try {
        const result = await pool.query<SqlRow>(numberPlaceholders(sql), [...params]);
        return { rows: result.rows, changes: result.rowCount ?? 0 };
      } catch (error) {
        throw storeErrorFromPostgres(operation, error);
      }
    },
    async migrate() {
      try {
        await migratePostgres(pool, allMigrations, logger);
      } catch (error) {
        throw storeErrorFromPostgres("migrate", error);
      }
    },
    async ping() {
      try {
        await pool.query("SELECT 1");
        return true;
      } catch (error) {
        // Debug, not warn: readiness probes ask every few seconds while the database is down.
        logger.debug({ message: (error as Error).message }, "store: PostgreSQL ping failed");
        return false;
      }
    },
    async close() {
      if (ended) return;
      ended = true;
      await pool.end();
    },
  };
  return createSqlFeedbackStore(driver);
}

/** `?` placeholders (the SQL shared with SQLite) as PostgreSQL's `$1`, `$2`, … */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
