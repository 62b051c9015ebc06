import type { Database } from "better-sqlite3";
import type { Logger } from "pino";
import { checkMigrationOrder, type Migration, pendingMigrations, warnIfNewer } from "./migration.ts";

const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;

/**
 * Applies the pending migrations to a SQLite database in one `BEGIN IMMEDIATE` transaction: the write
 * lock is taken before `schema_migrations` is read, so a second process starting at the same moment
 * waits (up to `busy_timeout`) and then finds nothing left to do. All or nothing.
 */
export function migrateSqlite(db: Database, migrations: readonly Migration[], logger: Logger): void {
  checkMigrationOrder(migrations);
  const migrate = db.transaction(() => {
    db.exec(createMigrationsTable);
    const rows = db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[];
    const applied = new Set(rows.map((row) => row.version));
    warnIfNewer(applied, migrations, logger);
    const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
    for (const migration of pendingMigrations(migrations, applied)) {
      db.exec(migration.sql.sqlite);
      record.run(migration.version, migration.name, new Date().toISOString());
      logger.info({ version: migration.version, name: migration.name }, "store: applied migration");
    }
  });
  migrate.immediate();
}
