import type pg from "pg";
import type { Logger } from "pino";
import { checkMigrationOrder, type Migration, pendingMigrations, warnIfNewer } from "./migration.ts";

const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TIMESTAMPTZ NOT NULL
)`;

// One lock per schema, so test runs in separate schemas of one database do not wait for each other.
const takeMigrationLock =
  "SELECT pg_advisory_xact_lock(hashtext('strategilotsen:migrate:' || coalesce(current_schema(), '')))";

/**
 * Applies the pending migrations to PostgreSQL in one transaction that first takes a transaction-level
 * advisory lock: a second instance starting at the same moment waits for the first to commit, then finds
 * nothing left to do. The lock is released with the transaction, even if the process dies. All or nothing.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly Migration[],
  logger: Logger,
): Promise<void> {
  checkMigrationOrder(migrations);
  const client = await pool.connect();
  // A checked-out client has no error listener of the pool's; without one a dropped connection would
  // be an uncaught 'error' event and end the process.
  const onError = (error: Error) =>
    logger.warn({ message: error.message }, "store: migration connection lost");
  client.on("error", onError);
  let failure: Error | undefined;
  try {
    await client.query("BEGIN");
    await client.query(takeMigrationLock);
    await client.query(createMigrationsTable);
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied = new Set(rows.map((row) => row.version));
    warnIfNewer(applied, migrations, logger);
    for (const migration of pendingMigrations(migrations, applied)) {
      await client.query(migration.sql.postgres);
      await client.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())", [
        migration.version,
        migration.name,
      ]);
      logger.info({ version: migration.version, name: migration.name }, "store: applied migration");
    }
    await client.query("COMMIT");
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      logger.warn({ message: rollbackError.message }, "store: migration rollback failed");
    });
    throw error;
  } finally {
    client.off("error", onError);
    // Passing the failure destroys the connection instead of returning a possibly broken one to the pool.
    client.release(failure);
  }
}
