import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database, { type Statement } from "better-sqlite3";
import pino, { type Logger } from "pino";
import { AppError } from "../errors.ts";
import type { FeedbackStore } from "./feedback-store.ts";
import { allMigrations } from "./migrations/all-migrations.ts";
import { migrateSqlite } from "./migrations/migrate-sqlite.ts";
import type { SqlDriver, SqlRow } from "./sql-driver.ts";
import { createSqlFeedbackStore } from "./sql-feedback-store.ts";

/** Where and how the embedded store keeps its data. */
export interface SqliteStoreOptions {
  /** The database file, created with its directory if missing; `:memory:` for a throw-away store. */
  file: string;
  /** Logs migrations and problems, never personal data; silent by default. */
  logger?: Logger;
  /** How long a write waits for another process's lock before failing, in ms; default 5000. */
  busyTimeoutMs?: number;
}

/** Default for `busyTimeoutMs`: long enough for another process's migration, short enough to notice. */
export const defaultBusyTimeoutMs = 5000;

// Dynamic statements (a filter with n prompt ids) would otherwise grow the cache without bound.
const maxCachedStatements = 200;

/**
 * The embedded feedback store: one SQLite file, the default when no `DATABASE_URL` is set. WAL lets
 * readers go on while one writer writes; `busy_timeout` makes a second process wait for the write lock
 * rather than fail; foreign keys are on (SQLite's default is off). better-sqlite3 is synchronous, so
 * each operation is one statement or one transaction and never interleaves with another in-process.
 */
export function createSqliteStore(options: SqliteStoreOptions): FeedbackStore {
  const logger = options.logger ?? pino({ level: "silent" });
  const db = openDatabase(options.file, options.busyTimeoutMs ?? defaultBusyTimeoutMs);
  const statements = new Map<string, Statement>();

  const prepare = (sql: string): Statement => {
    const cached = statements.get(sql);
    if (cached) return cached;
    const statement = db.prepare(sql);
    if (statements.size >= maxCachedStatements) statements.delete(statements.keys().next().value as string);
    statements.set(sql, statement);
    return statement;
  };

  const driver: SqlDriver = {
    async run(operation, sql, params = []) {
      try {
        const statement = prepare(sql);
        if (statement.reader) {
          const rows = statement.all(...params) as SqlRow[];
          return { rows, changes: rows.length };
        }
        return { rows: [], changes: statement.run(...params).changes };
      } catch (error) {
        throw storeErrorFromSqlite(operation, error);
      }
    },
    async migrate() {
      try {
        migrateSqlite(db, allMigrations, logger);
      } catch (error) {
        throw storeErrorFromSqlite("migrate", error);
      }
    },
    async ping() {
      try {
        db.prepare("SELECT 1").get();
        return true;
      } catch (error) {
        logger.warn({ message: (error as Error).message }, "store: SQLite ping failed");
        return false;
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return createSqlFeedbackStore(driver);
}

function openDatabase(file: string, busyTimeoutMs: number): Database.Database {
  try {
    const inMemory = file === ":memory:" || file === "";
    if (!inMemory) mkdirSync(dirname(file), { recursive: true });
    // `timeout` is better-sqlite3's name for busy_timeout; it is set before the first statement, so
    // switching to WAL also waits for a process that is busy with the file.
    const db = new Database(file, { timeout: busyTimeoutMs });
    if (!inMemory) switchToWal(db, busyTimeoutMs);
    db.pragma("foreign_keys = ON");
    // Safe with WAL (a power cut can lose the last commits, not corrupt the file) and much faster.
    db.pragma("synchronous = NORMAL");
    return db;
  } catch (error) {
    throw new AppError(500, `store: cannot open SQLite database ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Switches the file to WAL. Two processes opening one new file at the same moment can both ask for
 * the switch; SQLite then answers one of them SQLITE_BUSY at once, without calling the busy handler
 * (each holds the shared lock the other's switch waits for). So the switch is retried until the busy
 * timeout has passed, as the busy handler would have waited.
 */
function switchToWal(db: Database.Database, busyTimeoutMs: number): void {
  const giveUpAt = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (error) {
      const busy = error instanceof Database.SqliteError && error.code === "SQLITE_BUSY";
      if (!busy || Date.now() >= giveUpAt) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, walRetryPauseMs);
    }
  }
}

// A pause between attempts to switch to WAL: a migration of a new file takes a few milliseconds.
const walRetryPauseMs = 10;

/**
 * A SQLite failure as an `AppError`: a refused row (constraint or type) is 400, a lock held too long
 * by another process 503, anything else 500. SQLite's messages name columns and constraints, not values.
 */
export function storeErrorFromSqlite(operation: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Database.SqliteError ? error.code : "";
  const status = code.startsWith("SQLITE_CONSTRAINT") ? 400 : /^SQLITE_(BUSY|LOCKED)/.test(code) ? 503 : 500;
  const reason = status === 400 ? `refused by the database: ${message}` : message;
  return new AppError(status, `store: ${operation}: ${reason}`, { cause: error });
}
