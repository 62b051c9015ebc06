import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FeedbackStore } from "../../../core/feedback/feedback-store.ts";
import { createSqliteStore } from "../../../core/feedback/sqlite-store.ts";
import { useRunningApp } from "../../support/running-app.ts";
import { ssoEnv, startIdentityProvider, type TestIdentityProvider } from "./identity-provider.ts";
import { callTab } from "./tab-client.ts";

let store: FeedbackStore;
let idp: TestIdentityProvider;
let token: string;

const running = useRunningApp(async () => {
  idp = await startIdentityProvider();
  store = createSqliteStore({ file: ":memory:" });
  token = await idp.token({ claims: { oid: randomUUID() } });
  return {
    env: ssoEnv(idp.jwksUrl),
    services: { store, now: () => new Date("2025-10-01T09:00:00Z") },
    alsoClose: [idp],
  };
});

const valid = { unitId: "specialenheden", subjectId: "specialenheden-ansvar", rating: 3 };
const put = (body: unknown, withToken = true) =>
  callTab(running.app.url, "PUT", "/api/tab/feedback", { body, ...(withToken ? { token } : {}) });
const storedAnswers = async () => (await store.answersFor({})).length;
const storedPrompts = async () => (await store.listPrompts({})).length;

describe("a bad rating is refused and nothing is stored", () => {
  const bad: [string, unknown][] = [
    ["an unknown unit", { ...valid, unitId: "politiskolen" }],
    ["the whole strategy as unit", { ...valid, unitId: "all" }],
    ["an unknown subject", { ...valid, subjectId: "no-such-item" }],
    ["another unit's item", { ...valid, subjectId: "beredskabsenheden-ansvar" }],
    ["an item shown but not rated (forord)", { ...valid, subjectId: "forord" }],
    ["rating 0", { ...valid, rating: 0 }],
    ["rating 6", { ...valid, rating: 6 }],
    ["rating 3.5", { ...valid, rating: 3.5 }],
    ["rating as text", { ...valid, rating: "3" }],
    ["no rating", { unitId: valid.unitId, subjectId: valid.subjectId }],
    ["a 1001-character comment", { ...valid, comment: "x".repeat(1001) }],
    ["a comment that is a number", { ...valid, comment: 42 }],
    ["anonymous as text", { ...valid, anonymous: "no" }],
    ["a name smuggled in", { ...valid, anonymous: false, respondentName: "Someone Else" }],
    ["unitId as a number", { ...valid, unitId: 7 }],
    ["an array", [valid]],
    ["null", "null"],
    ["not JSON", "{rating: 3"],
  ];
  it.each(bad)("%s → 400", async (_name, body) => {
    const response = await put(body);
    expect(response.status).toBe(400);
    expect(typeof response.body.error).toBe("string");
    expect(await storedAnswers()).toBe(0);
    expect(await storedPrompts()).toBe(0);
  });

  it("a body over the tab's 16 KB limit → 413; over the server's limit → 413", async () => {
    for (const size of [20_000, 300_000]) {
      const response = await put({ ...valid, comment: "x".repeat(size) });
      expect(response.status).toBe(413);
    }
    expect(await storedAnswers()).toBe(0);
  });

  it("no token → 401, before the body is even looked at", async () => {
    expect((await put(valid, false)).status).toBe(401);
    expect((await put({ nonsense: true }, false)).status).toBe(401);
    expect(await storedAnswers()).toBe(0);
  });

  it("the limits themselves are fine: a 1000-character comment, ratings 1 and 5", async () => {
    expect((await put({ ...valid, comment: "æ".repeat(1000) })).status).toBe(200);
    expect((await put({ ...valid, rating: 1 })).status).toBe(200);
    expect((await put({ ...valid, rating: 5, anonymous: false })).status).toBe(200);
    expect(await storedAnswers()).toBe(1);
  });
});
