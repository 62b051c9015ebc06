import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import { createFeedbackStore } from "../../core/feedback/create-store.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { respondentKey } from "../../core/feedback/respondent-key.ts";
import type { BenchSection } from "../bench-section.ts";
import { fixed, formatTable } from "../text-table.ts";

/** Answers written per engine, spread over this many prompts, with this many writes in flight. */
const answers = 10_000;
const prompts = 100;
const inFlight = 200;
const postgresUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * Feedback writes per second through the store, as the bot does them (one atomic upsert per answer),
 * with many in flight at once; then every answer is counted back: "lost" must be 0. The aim is at
 * least 2,000 writes per second on SQLite.
 */
export const feedbackWritesSection: BenchSection = {
  name: "feedback-writes",
  title: `${answers} concurrent feedback answers (${inFlight} in flight) at ${prompts} prompts, per engine`,
  async run(output) {
    const rows: string[][] = [];
    const sqliteFile = join(mkdtempSync(join(tmpdir(), "bench-")), "feedback.sqlite");
    rows.push(await measure("sqlite (file, WAL)", { sqliteFile }));
    const schema = await postgresSchema();
    if (schema) {
      try {
        rows.push(await measure("postgresql", { databaseUrl: schema.url, sqliteFile: "" }));
      } finally {
        await schema.drop();
      }
    } else output.print("postgresql: not reachable, skipped");
    for (const line of formatTable(["engine", "answers", "seconds", "writes/s", "stored", "lost"], rows))
      output.print(line);
    const sqliteRate = Number(rows[0]?.[3] ?? 0);
    const met = sqliteRate >= 2000 && rows.every((row) => row[5] === "0");
    output.print(`\naim ≥ 2000 writes/s on SQLite with zero lost: ${met ? "met" : "NOT met"}`);
    return [
      {
        measure: "feedback writes through the store on SQLite",
        measured: `${fixed(sqliteRate, 0)} writes/s`,
        aim: "≥ 2000 writes/s, none lost",
        met,
      },
    ];
  },
};

async function measure(
  name: string,
  config: { databaseUrl?: string; sqliteFile: string },
): Promise<string[]> {
  const store = createFeedbackStore(config, pino({ level: "silent" }));
  try {
    await store.migrate();
    const promptIds = await createPrompts(store);
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      for (let n = next++; n < answers; n = next++) {
        const promptId = promptIds[n % prompts] ?? "";
        await store.saveAnswer({
          promptId,
          respondentKey: respondentKey("bench", "tenant", `user-${n}`, promptId),
          rating: ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5,
          anonymous: true,
          answeredAt: new Date(),
        });
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    const seconds = (performance.now() - started) / 1000;
    const stored = (await Promise.all(promptIds.map((id) => store.countAnswers(id)))).reduce(
      (a, b) => a + b,
      0,
    );
    return [
      name,
      String(answers),
      fixed(seconds, 2),
      fixed(answers / seconds, 0),
      String(stored),
      String(answers - stored),
    ];
  } finally {
    await store.close();
  }
}

async function createPrompts(store: FeedbackStore): Promise<string[]> {
  const createdAt = new Date();
  const closesAt = new Date(createdAt.getTime() + 7 * 24 * 3600 * 1000);
  const created = [];
  for (let n = 0; n < prompts; n++) {
    created.push(
      await store.createPrompt({
        tenantId: "tenant",
        conversationId: `bench-${n}`,
        kind: "meeting",
        title: `Møde ${n}`,
        createdAt,
        closesAt,
      }),
    );
  }
  return created.map((prompt) => prompt.id);
}

/** A fresh schema on the local PostgreSQL, or undefined when none is reachable. */
async function postgresSchema(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch (error) {
    process.stderr.write(`… postgresql at ${new URL(postgresUrl).host}: ${(error as Error).message}\n`);
    return undefined;
  }
  const schema = `bench_${Date.now()}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(postgresUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
