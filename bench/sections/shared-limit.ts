import { randomBytes } from "node:crypto";
import pg from "pg";
import { defaultBurst } from "../../core/http/rate-limit.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { startApp } from "../../harness/app-under-test.ts";
import { startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { messageActivity } from "../../harness/teams-activities.ts";
import type { BenchSection } from "../bench-section.ts";
import { formatTable } from "../text-table.ts";

/** The PostgreSQL the section counts in: `DATABASE_URL`, else the local test database. */
const databaseUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
/** One person's quick questions, alternating between the two instances, and the per-minute limit. */
const questions = 60;
const perMinute = 12;
const slowDown = textFor("da").bot.slowDown;

/**
 * The rate limit across instances: two app instances on one PostgreSQL schema (a fresh one, dropped
 * afterwards), and one person sending 60 quick questions to them in turn. The floor is one person's
 * limit on one instance: a burst of `defaultBurst` (or `perMinute` if lower) at once.
 */
export const sharedLimitSection: BenchSection = {
  name: "shared-limit",
  title: `one person, ${questions} quick questions over two instances on one PostgreSQL (RATE_LIMIT_PER_MINUTE=${perMinute})`,
  async run(output) {
    const schema = `bench_limit_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2000 });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const url = new URL(databaseUrl);
    url.searchParams.set("options", `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.toString(), RATE_LIMIT_PER_MINUTE: String(perMinute) };
    const connector = await startConnectorStandIn();
    const instances = [await startApp(env), await startApp(env)];
    let answered = 0;
    try {
      output.progress("shared-limit: asking");
      for (let n = 0; n < questions; n++) {
        const conversationId = `bench-limit-${n}`;
        const activity = messageActivity("Hvad gør Specialenheden for trafiksikkerheden?", {
          serviceUrl: connector.serviceUrl,
          conversationId,
          from: { id: "29:bench-limit", name: "Bench", aadObjectId: "bench-limit-oid" },
        });
        await instances[n % 2]?.post("/api/messages", activity);
        const [reply] = await connector.waitFor(conversationId);
        if (!JSON.stringify(reply?.activity ?? "").includes(slowDown)) answered++;
      }
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
      await connector.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
    const limit = Math.min(defaultBurst, perMinute);
    for (const line of formatTable(
      ["questions", "answered", "one person's limit (one instance)"],
      [[String(questions), String(answered), String(limit)]],
    ))
      output.print(line);
    return [
      {
        measure: `one person, ${questions} quick questions over two instances on one PostgreSQL`,
        measured: `${answered} answered (one person's limit: ${limit})`,
        aim: "≤ one person's limit",
        met: answered <= limit,
      },
    ];
  },
};
