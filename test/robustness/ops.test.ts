/**
 * Running it safely: what the logs hold (request ids, and nothing a person wrote or is identified by)
 * and what `/readyz` says. Retention and telemetry have their own files beside this one.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { checkReadiness } from "../../core/http/readiness.ts";
import { startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { executeActivity, meetingEndActivity, messageActivity } from "../../harness/teams-activities.ts";
import { cardText } from "../support/card-reading.ts";
import { ssoEnv, startIdentityProvider, testTenantId } from "../tab/api/identity-provider.ts";
import { postJson, startAppWithLogs } from "./ops-app.ts";

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const thing of running.splice(0).reverse()) await thing.close();
});

/** A value found nowhere else, so finding it in a log can only mean it was logged. */
const mark = (what: string) => `${what}${randomBytes(5).toString("hex")}`;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Everything the app writes with `console.*` (botbuilder does), collected while the test runs. */
function captureConsole(): string[] {
  const printed: string[] = [];
  for (const method of ["log", "info", "warn", "error"] as const)
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map((arg) => (arg instanceof Error ? `${arg.stack}` : String(arg))).join(" "));
    });
  return printed;
}

/** Awaits something that must be closed after the test, and remembers to close it. */
async function started<T extends { close(): Promise<void> }>(thing: Promise<T>): Promise<T> {
  const value = await thing;
  running.push(value);
  return value;
}

describe("the logs", () => {
  it("give every request an id and a line, and hold nothing people wrote, nor their names, ids or tokens", async () => {
    const printed = captureConsole();
    const connector = await started(startConnectorStandIn());
    const app = await started(startAppWithLogs());
    const m = {
      question: mark("spoergsmaal"),
      comment: mark("kommentar"),
      name: mark("Navnia Markersen "),
      userId: `29:${mark("bruger")}`,
      aadObjectId: randomUUID(),
      tenantId: mark("lejer"),
      chat: `a:${mark("samtale")}`,
      meeting: `19:meeting_${mark("moede")}@thread.v2`,
      token: mark("tokenAbc."),
    };
    const from = { id: m.userId, name: m.name, aadObjectId: m.aadObjectId };
    const serviceUrl = connector.serviceUrl;
    const send = (activity: { conversation: object; channelData: object }) =>
      app.request(
        "/api/messages",
        postJson(
          {
            ...activity,
            conversation: { ...activity.conversation, tenantId: m.tenantId },
            channelData: { ...activity.channelData, tenant: { id: m.tenantId } },
          },
          { authorization: `Bearer ${m.token}` },
        ),
      );

    const asked = await send(
      messageActivity(`Hvad gør Specialenheden for trafiksikkerheden? ${m.question}`, {
        serviceUrl,
        conversationId: m.chat,
        from,
      }),
    );
    expect(asked.status).toBe(200);
    const answer = { itemId: "specialenheden-ansvar", paragraphIndexes: [2], relatedIds: [] };
    const rated = await send(
      executeActivity(
        "rateAnswer",
        { verb: "rateAnswer", rating: "up", answer },
        { serviceUrl, conversationId: m.chat, from },
      ),
    );
    expect(rated.status).toBe(200);
    expect(
      (await send(meetingEndActivity("Driftsmøde", { serviceUrl, conversationId: m.meeting }))).status,
    ).toBe(200);
    const prompt = JSON.stringify((await connector.waitFor(m.meeting))[0]?.activity);
    const promptId = /"promptId":"([^"]+)"/.exec(prompt)?.[1] ?? "";
    const data = { verb: "submitFeedback", promptId, rating: "4", comment: m.comment, anonymous: "false" };
    const answered = await send(
      executeActivity("submitFeedback", data, { serviceUrl, conversationId: m.meeting, from }),
    );
    expect(cardText(answered.body.value)).toContain("du svarede 4/5");

    const bearer = { authorization: `Bearer ${m.token}` };
    const searched = await app.request(`/api/tab/search?q=${encodeURIComponent(m.question)}`, {
      headers: bearer,
    });
    expect(searched.status).toBe(200);
    const tabAnswer = {
      unitId: "specialenheden",
      subjectId: "unit",
      rating: 5,
      comment: m.comment,
      anonymous: false,
    };
    const saved = await app.request("/api/tab/feedback", {
      method: "PUT",
      body: JSON.stringify(tabAnswer),
      headers: { ...bearer, "content-type": "application/json" },
    });
    expect(saved.status).toBe(200);
    // A parse error's message quotes the body: the question must not reach the log through it.
    const broken = await app.request(
      "/api/messages",
      postJson(`{"text": "${m.question}", "from": "${m.name}"`),
    );
    expect(broken.status).toBe(400);

    const traced = await app.request("/api/tab/units", { headers: { "x-request-id": "ops-test.42" } });
    expect(traced.headers.get("x-request-id")).toBe("ops-test.42");
    const insane = await app.request("/api/tab/units", {
      headers: { "x-request-id": `${m.name} ${m.question}` },
    });
    expect(insane.headers.get("x-request-id")).toMatch(uuid);

    const everything = `${app.logText()}\n${printed.join("\n")}`;
    for (const [what, value] of Object.entries(m))
      expect(everything.includes(value), `${what} (${value}) is in the log`).toBe(false);
    expect(everything).not.toContain("Navnia");

    const requests = app.logLines().filter((line) => line.msg === "http: request");
    expect(requests.length).toBeGreaterThanOrEqual(9);
    for (const line of requests) {
      expect(Object.keys(line)).toEqual(expect.arrayContaining(["reqId", "method", "path", "status", "ms"]));
      expect(String(line.path)).not.toContain("?");
    }
    const idOf = (reply: { headers: Headers }) => reply.headers.get("x-request-id");
    for (const reply of [asked, rated, answered, searched, saved, broken, traced, insane])
      expect(requests.map((line) => line.reqId)).toContain(idOf(reply));
    expect(requests.find((line) => line.reqId === idOf(searched))).toMatchObject({
      method: "GET",
      path: "/api/tab/search",
      status: 200,
    });
    const failed = app.logLines().find((line) => line.msg === "http: request failed");
    expect(failed).toMatchObject({ reqId: idOf(broken), status: 400 });
  });

  it("hold no Teams SSO token, name or object id, nor a refused bot token", async () => {
    const printed = captureConsole();
    const idp = await started(startIdentityProvider());
    const app = await started(
      startAppWithLogs({
        ...ssoEnv(idp.jwksUrl),
        BOT_ID: "11111111-2222-3333-4444-555555555555",
        BOT_PASSWORD: "not-a-real-secret",
        BOT_TENANT_ID: testTenantId,
      }),
    );
    const name = mark("Signe Markersen ");
    const oid = randomUUID();
    const token = await idp.token({ claims: { name, oid } });
    const comment = mark("kommentar");
    const saved = await app.request("/api/tab/feedback", {
      method: "PUT",
      body: JSON.stringify({
        unitId: "specialenheden",
        subjectId: "unit",
        rating: 2,
        comment,
        anonymous: false,
      }),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    });
    expect(saved.status).toBe(200);
    const forgedTab = await idp.token({ key: "forged", claims: { name, oid } });
    expect(
      (await app.request("/api/tab/me", { headers: { authorization: `Bearer ${forgedTab}` } })).status,
    ).toBe(401);
    const forgedBot = `${mark("eyJhbGciOiJSUzI1NiJ9")}.${mark("eyJpc3MiOiJldmlsIn0")}.${mark("sig")}`;
    const activity = messageActivity("hej", { serviceUrl: "http://127.0.0.1:9/", conversationId: "a:x" });
    const refused = await app.request(
      "/api/messages",
      postJson(activity, { authorization: `Bearer ${forgedBot}` }),
    );
    expect(refused.status).toBe(401);

    const everything = `${app.logText()}\n${printed.join("\n")}`;
    for (const secret of [token, forgedTab, forgedBot, name, oid, comment, "Signe"])
      expect(everything.includes(secret), `${secret.slice(0, 30)}… is in the log`).toBe(false);
    expect(app.logLines().filter((line) => line.msg === "http: request")).toHaveLength(3);
  });
});

describe("GET /readyz", () => {
  it("is 200 when the content is loaded and the database answers", async () => {
    const app = await started(startAppWithLogs());
    const ready = await app.request("/readyz");
    expect(ready).toMatchObject({ status: 200, body: { status: "ready" } });
    expect(ready.headers.get("cache-control")).toBe("no-store");
  });

  it("is 503 with a reason, and no internals, when the database is down; /healthz stays 200", async () => {
    const dead = new Proxy({} as FeedbackStore, {
      get: (_target, method) =>
        method === "close"
          ? async () => undefined
          : async () => {
              throw new Error("connect ECONNREFUSED 10.0.0.5:5432 (password=hunter2)");
            },
    });
    const app = await started(startAppWithLogs({}, { store: dead, readyTimeoutMs: 200 }));
    const notReady = await app.request("/readyz");
    expect(notReady).toMatchObject({
      status: 503,
      body: { status: "not ready", reason: "database not reachable" },
    });
    expect(JSON.stringify(notReady.body)).not.toMatch(/ECONNREFUSED|5432|hunter2/);
    expect((await app.request("/healthz")).status).toBe(200);
  });

  it("says why it is not ready: shutting down, no content, a slow database, an unmigrated schema", async () => {
    const up = { ping: async () => true };
    const hangs = { ping: () => new Promise<boolean>(() => undefined) };
    const base = { contentLoaded: () => true, migrated: () => true, store: up };
    expect(await checkReadiness(base)).toEqual({ ready: true });
    expect(await checkReadiness({ ...base, draining: () => true })).toEqual({
      ready: false,
      reason: "shutting down",
    });
    expect(await checkReadiness({ ...base, contentLoaded: () => false })).toMatchObject({
      reason: "content not loaded",
    });
    expect(await checkReadiness({ ...base, store: { ping: async () => false } })).toMatchObject({
      reason: "database not reachable",
    });
    // Only the time limit can end this check: the ping never settles.
    expect(await checkReadiness({ ...base, store: hangs, timeoutMs: 50 })).toMatchObject({
      reason: "database did not answer in time",
    });
    expect(await checkReadiness({ ...base, migrated: () => false })).toMatchObject({
      reason: "database schema not ready",
    });
  });
});
