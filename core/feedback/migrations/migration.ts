import type { Logger } from "pino";
import { AppError } from "../../errors.ts";

/** The two database engines the feedback store runs on. */
export type Engine = "sqlite" | "postgres";

/**
 * One step of the feedback schema, kept as data so both engines apply the same list in the same order
 * and record it in `schema_migrations`. A migration is never edited once released: a change is a new
 * migration with the next version.
 */
export interface Migration {
  /** Strictly increasing, starting at 1; the key in `schema_migrations`. */
  version: number;
  /** Short kebab-case description, recorded beside the version for whoever reads the table. */
  name: string;
  /** The statements per engine; written side by side so the two dialects stay as alike as possible. */
  sql: Record<Engine, string>;
}

/** The migrations in `all` not yet in `applied`, in version order. */
export function pendingMigrations(all: readonly Migration[], applied: ReadonlySet<number>): Migration[] {
  return all.filter((migration) => !applied.has(migration.version)).sort((a, b) => a.version - b.version);
}

/** Fails at start-up, not in production data, when the list is not numbered 1, 2, 3, … */
export function checkMigrationOrder(all: readonly Migration[]): void {
  all.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      const expected = `expected ${index + 1}`;
      throw new AppError(
        500,
        `store: migration "${migration.name}" has version ${migration.version}, ${expected}`,
      );
    }
  });
}

/** A database migrated by a newer release still works for an older one; say so instead of failing. */
export function warnIfNewer(
  applied: ReadonlySet<number>,
  migrations: readonly Migration[],
  logger: Logger,
): void {
  const newest = Math.max(0, ...applied);
  if (newest > migrations.length) {
    logger.warn({ schemaVersion: newest, known: migrations.length }, "store: schema is newer than this app");
  }
}
