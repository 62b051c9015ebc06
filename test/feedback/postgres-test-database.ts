import { randomBytes } from "node:crypto";
import pg from "pg";
import type { TestContext } from "vitest";
import { skipWithout } from "../support/required-service.ts";

/** The PostgreSQL the tests use: `DATABASE_URL`, or the local test database. */
export const testDatabaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** `url` without its password, for messages. */
export function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/**
 * Why PostgreSQL at `url` cannot be used — it accepts no connection within 2 s — or undefined when it
 * can. For `skipWithout`, which skips locally and fails in CI.
 */
export async function postgresMissing(url: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return undefined;
  } catch (error) {
    return `not reachable at ${redacted(url)} (${(error as Error).message}); set DATABASE_URL or start it`;
  }
}

/** `url` with the session's `search_path` set to `schema`, as the store would be configured. */
export function withSearchPath(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("options", `-c search_path=${schema}`);
  return parsed.toString();
}

/**
 * Creates schemas with random names, one per store under test, so runs (and tests) never see each
 * other's tables, and drops them all at the end.
 */
export class TestSchemas {
  private readonly admin: pg.Pool;
  private readonly created: string[] = [];

  constructor(private readonly url: string) {
    this.admin = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 2000 });
  }

  /** A new empty schema; returns the connection string that uses it. */
  async fresh(): Promise<string> {
    const schema = `feedback_test_${randomBytes(6).toString("hex")}`;
    await this.admin.query(`CREATE SCHEMA ${schema}`);
    this.created.push(schema);
    return withSearchPath(this.url, schema);
  }

  /**
   * A new empty schema for a case that needs PostgreSQL; without PostgreSQL the case is skipped, or
   * fails in CI (`skipWithout`).
   */
  async freshFor(context: TestContext): Promise<string> {
    if (skipWithout("PostgreSQL", await postgresMissing(this.url))) context.skip();
    return this.fresh();
  }

  /** Drops every schema made here and closes the admin connection. */
  async dropAll(): Promise<void> {
    for (const schema of this.created.splice(0)) await this.admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await this.admin.end();
  }
}
