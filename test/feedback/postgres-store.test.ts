import pg from "pg";
import pino from "pino";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createPostgresStore } from "../../core/feedback/postgres-store.ts";
import { skipWithout } from "../support/required-service.ts";
import { expectStoreError, newPrompt } from "./contract-fixtures.ts";
import { postgresMissing, TestSchemas, testDatabaseUrl } from "./postgres-test-database.ts";
import { everyStoreCall } from "./store-calls.ts";
import { runStoreContract } from "./store-contract.ts";
import { startSilentServer, startTcpProxy } from "./tcp-proxy.ts";

/** Every migration, recorded once however many migrated at the same moment. */
const migrationsApplied = [
  { version: 1, name: "initial-schema" },
  { version: 2, name: "meeting-ends" },
  { version: 3, name: "demo-prompts" },
];

const skip = skipWithout("PostgreSQL", await postgresMissing(testDatabaseUrl));

describe.skipIf(skip)("postgres store", () => {
  const schemas = new TestSchemas(testDatabaseUrl);
  afterAll(() => schemas.dropAll());

  runStoreContract("postgres", async () => createPostgresStore({ connectionString: await schemas.fresh() }));

  it("lets five store instances migrate one new schema at once", async () => {
    const connectionString = await schemas.fresh();
    const stores = Array.from({ length: 5 }, () => createPostgresStore({ connectionString }));
    try {
      await Promise.all(stores.map((store) => store.migrate()));
      const client = new pg.Client({ connectionString });
      await client.connect();
      const { rows } = await client.query("SELECT version, name FROM schema_migrations ORDER BY version");
      await client.end();
      expect(rows).toEqual(migrationsApplied);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it("fails with 503 while the database is gone and recovers by itself when it is back", async () => {
    const target = new URL(testDatabaseUrl);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const logged: string[] = [];
    const logger = pino({ level: "debug" }, { write: (line: string) => logged.push(line) });
    const viaProxy = new URL(await schemas.fresh());
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    const store = createPostgresStore({ connectionString: viaProxy.toString(), logger });
    try {
      await store.migrate();
      const prompt = await store.createPrompt(newPrompt());

      await proxy.stop();
      // The pool's idle connection is cut: logged, not thrown (an unhandled 'error' would end the process).
      await vi.waitFor(() => expect(logged.join("")).toContain("idle PostgreSQL connection failed"));
      await expectStoreError(store.getPrompt(prompt.id), 503);
      expect(await store.ping()).toBe(false);

      await proxy.start();
      expect(await store.ping()).toBe(true);
      expect(await store.getPrompt(prompt.id)).toEqual(prompt);
    } finally {
      await store.close();
      await proxy.stop();
    }
  });
});

/** What `schema_migrations` holds once every migration is applied. */

describe("postgres store without a database", () => {
  it("rejects every call with a 503 when nothing listens on the port", async () => {
    const store = createPostgresStore({ connectionString: "postgres://postgres@127.0.0.1:1/test" });
    try {
      expect(await store.ping()).toBe(false);
      for (const [name, call] of everyStoreCall(store)) {
        const error = await expectStoreError(call(), 503);
        expect(error.message, name).toMatch(new RegExp(`^store: ${name}: database unavailable`));
      }
    } finally {
      await store.close();
    }
  });

  // Only the connection timeout can end these calls: without it they would hang until the test times out.
  it("rejects with a 503 when the server accepts connections and never answers", async () => {
    const silent = await startSilentServer();
    const store = createPostgresStore({
      connectionString: `postgres://postgres@127.0.0.1:${silent.port}/test`,
    });
    try {
      const calls = everyStoreCall(store).map(([, call]) => expectStoreError(call(), 503));
      await Promise.all(calls);
    } finally {
      await store.close();
      await silent.close();
    }
  });
});
