/**
 * The per-person rate limit across instances: with `DATABASE_URL` set, two app instances on one
 * PostgreSQL count one person's questions together; with the database dead, questions are still
 * answered (each instance limiting on its own, with a log line) while feedback writes fail closed.
 */
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.ts";
import { readConfig } from "../../core/config.ts";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { messageActivity } from "../../harness/teams-activities.ts";
import { TestSchemas, testDatabaseUrl } from "../feedback/postgres-test-database.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { callTab } from "../tab/api/tab-client.ts";

const slowDown = "Du har sendt mange beskeder på kort tid";
const question = "Hvad gør Specialenheden for trafiksikkerheden?";
let connector: ConnectorStandIn;
let conversations = 0;

beforeAll(async () => {
  connector = await startConnectorStandIn();
});
afterAll(async () => {
  await connector?.close();
});

/** Asks one question of the app at `url` as `personId`; the text of the card that came back. */
async function ask(url: string, personId: string): Promise<string> {
  const conversationId = `19:shared-limit-${++conversations}@thread.v2`;
  const from = { id: personId, name: "Person", aadObjectId: `${personId}-oid` };
  const response = await fetch(`${url}/api/messages`, {
    method: "POST",
    body: JSON.stringify(
      messageActivity(question, { serviceUrl: connector.serviceUrl, conversationId, from }),
    ),
    headers: { "content-type": "application/json" },
  });
  expect(response.status).toBe(200);
  return cardText(firstCard((await connector.waitFor(conversationId))[0]));
}

describe("two instances on one PostgreSQL (RATE_LIMIT_PER_MINUTE=5: 5 questions a minute)", () => {
  const schemas = new TestSchemas(testDatabaseUrl);
  let databaseUrl: string;
  let instances: AppUnderTest[] = [];

  beforeAll(async () => {
    databaseUrl = await schemas.fresh();
    const env = { DATABASE_URL: databaseUrl, RATE_LIMIT_PER_MINUTE: "5" };
    instances = [await startApp(env), await startApp(env)];
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await schemas.dropAll();
  });

  it("one person's 60 quick questions, alternating between the instances, get 5 answers in all", async () => {
    const replies: string[] = [];
    for (let n = 0; n < 60; n++) replies.push(await ask(instances[n % 2]?.url ?? "", "29:shared-1"));
    const answered = replies.map((reply, n) => ({ n, answered: !reply.includes(slowDown) }));
    expect(answered.filter((reply) => reply.answered).map((reply) => reply.n)).toEqual([0, 1, 2, 3, 4]);
    // Someone else is not held back by that person's flood, on either instance.
    for (const instance of instances) expect(await ask(instance.url, "29:shared-2")).not.toContain(slowDown);
  });

  it("keeps no person's id in the database, only hashes of it", async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ key: string }>("SELECT key FROM rate_limits");
      expect(rows.length).toBeGreaterThanOrEqual(2);
      for (const { key } of rows) expect(key).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await client.end();
    }
  });
});

describe("with the database dead", () => {
  const logLines: string[] = [];
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, so every connection is refused at once.
    const config = readConfig({
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      DATABASE_URL: "postgres://postgres@127.0.0.1:9/test",
      RATE_LIMIT_PER_MINUTE: "5",
    });
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const app = createApp(config, pino({ level: "warn" }, sink), { readyTimeoutMs: 100 });
    await app.ready;
    await new Promise<void>((resolve) => app.server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = async () => {
      await new Promise<void>((resolve) => app.server.close(() => resolve()));
      await app.close();
    };
  });
  afterAll(async () => {
    await close?.();
  });

  it("answers questions, limits each person on this instance alone, and logs that it does", async () => {
    const replies: string[] = [];
    for (let n = 0; n < 7; n++) replies.push(await ask(url, "29:dead-db"));
    expect(replies.slice(0, 5).every((reply) => !reply.includes(slowDown) && reply.includes("trafik"))).toBe(
      true,
    );
    expect(replies.slice(5).every((reply) => reply.includes(slowDown))).toBe(true);
    const limitLines = logLines.filter((line) => line.includes("rate-limit: PostgreSQL did not answer"));
    expect(limitLines).toHaveLength(1);
  });

  it("still refuses a feedback write it cannot store (503)", async () => {
    const body = { unitId: "specialenheden", subjectId: "unit", rating: 4 };
    expect((await callTab(url, "PUT", "/api/tab/feedback", { body })).status).toBe(503);
  });
});
