/** A value bound to a `?` placeholder: both engines take text, numbers and null the same way. */
export type SqlParam = string | number | null;

/** A result row as the engine returns it, read by `store-rows.ts`. */
export type SqlRow = Record<string, unknown>;

/**
 * What the shared SQL store (`sql-feedback-store.ts`) needs from an engine: run one statement, migrate,
 * ping and close. Each engine turns its own failures into an `AppError` prefixed `store: <operation>:`
 * (400 when the database refuses the data, 503 when it cannot be reached, 500 otherwise).
 */
export interface SqlDriver {
  /**
   * Runs one statement written with `?` placeholders. `rows` holds what a `SELECT` or `RETURNING` gives;
   * `changes` the number of rows written (for a `RETURNING` statement, the number of rows returned).
   */
  run(
    operation: string,
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<{ rows: SqlRow[]; changes: number }>;
  /** Applies the pending migrations; safe to call twice and from two processes at once. */
  migrate(): Promise<void>;
  /** Whether the database answers right now; never rejects. */
  ping(): Promise<boolean>;
  /** Releases the connection(s); safe to call twice. */
  close(): Promise<void>;
}
