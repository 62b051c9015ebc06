import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import { newAnswer, newPrompt } from "./contract-fixtures.ts";
import { runStoreContract } from "./store-contract.ts";

/** Every migration, recorded once however many migrated at the same moment. */
const migrationsApplied = [
  { version: 1, name: "initial-schema" },
  { version: 2, name: "meeting-ends" },
  { version: 3, name: "demo-prompts" },
];

const directory = mkdtempSync(join(tmpdir(), "strategilotsen-sqlite-"));
let files = 0;
const freshFile = () => join(directory, `store-${++files}.sqlite`);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

runStoreContract("sqlite file", async () => createSqliteStore({ file: freshFile() }));
runStoreContract("sqlite :memory:", async () => createSqliteStore({ file: ":memory:" }));

/** What `schema_migrations` holds once every migration is applied. */

describe("sqlite store on a file", () => {
  it("creates the file's directory, and keeps data after closing and reopening", async () => {
    const file = join(directory, "nested", "deeper", "strategilotsen.sqlite");
    const first = createSqliteStore({ file });
    await first.migrate();
    const prompt = await first.createPrompt(newPrompt());
    await first.saveAnswer(newAnswer(prompt.id, { comment: "gemt" }));
    await first.setConversationUnit("19:abc", "u1");
    await first.close();
    await first.close();

    const reopened = createSqliteStore({ file });
    await reopened.migrate();
    expect(await reopened.getPrompt(prompt.id)).toEqual(prompt);
    expect((await reopened.getAnswer(prompt.id, "r1"))?.comment).toBe("gemt");
    expect(await reopened.getConversationUnit("19:abc")).toBe("u1");
    await reopened.close();
  });

  it("lets two store instances on one new file migrate at once", async () => {
    const file = freshFile();
    const stores = [createSqliteStore({ file }), createSqliteStore({ file })];
    await Promise.all(stores.map((store) => store.migrate()));
    const [a, b] = stores as [(typeof stores)[0], (typeof stores)[0]];
    const prompt = await a.createPrompt(newPrompt());
    expect(await b.getPrompt(prompt.id)).toEqual(prompt);
    await Promise.all(stores.map((store) => store.close()));
    expect(migrationsRecorded(file)).toEqual(migrationsApplied);
  });

  it("lets two processes migrate one new file at the same moment", async () => {
    const file = freshFile();
    const children = [1, 2].map(() => startMigrator(file));
    await Promise.all(children.map((child) => child.ready));
    for (const child of children) child.process.stdin?.write("go\n");
    const results = await Promise.all(children.map((child) => child.done));
    expect(results).toEqual(results.map(() => ({ code: 0, output: "ready\nmigrated\n", errors: "" })));
    expect(migrationsRecorded(file)).toEqual(migrationsApplied);
  });

  it("keeps the file in WAL mode, so readers do not wait for the writer", async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    await store.migrate();
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });
});

function migrationsRecorded(file: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT version, name FROM schema_migrations ORDER BY version").all();
  } finally {
    db.close();
  }
}

interface Migrator {
  process: ChildProcess;
  ready: Promise<void>;
  done: Promise<{ code: number | null; output: string; errors: string }>;
}

function startMigrator(file: string): Migrator {
  const script = join(import.meta.dirname, "migrate-sqlite-process.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, file], { stdio: "pipe" });
  let output = "";
  let errors = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith("ready\n")) markReady();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const done = new Promise<{ code: number | null; output: string; errors: string }>((resolve) => {
    child.on("exit", (code) => {
      markReady();
      resolve({ code, output, errors });
    });
  });
  return { process: child, ready, done };
}
