import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FeedbackAnswer, FeedbackStore } from "../../../core/feedback/feedback-store.ts";
import { createSqliteStore } from "../../../core/feedback/sqlite-store.ts";
import { useRunningApp } from "../../support/running-app.ts";
import { ssoEnv, startIdentityProvider, type TestIdentityProvider } from "./identity-provider.ts";
import { tabClient } from "./tab-client.ts";

/** Everything the tab API handed to `saveAnswer`, to see what reaches the store, name included. */
const saved: FeedbackAnswer[] = [];
let store: FeedbackStore;
let idp: TestIdentityProvider;
let clock = Date.parse("2025-09-15T08:00:00Z");

const running = useRunningApp(async () => {
  idp = await startIdentityProvider();
  const real = createSqliteStore({ file: ":memory:" });
  store = {
    ...real,
    saveAnswer: (answer) => {
      saved.push(answer);
      return real.saveAnswer(answer);
    },
  };
  // A clock a second on at every reading, so each answer is later than the one before.
  const now = () => {
    clock += 1000;
    return new Date(clock);
  };
  return { env: ssoEnv(idp.jwksUrl), services: { store, now }, alsoClose: [idp] };
});

const person = async (name = "Anna Betjent") =>
  tabClient(running.app.url, await idp.token({ claims: { oid: randomUUID(), name } }));
const unitId = "lokalpolitienheden";

describe("rating on the tab", () => {
  it("keeps one answer per person and subject: a second PUT replaces the first", async () => {
    const anna = await person();
    const first = await anna.put("/api/tab/feedback", {
      unitId,
      subjectId: "unit",
      rating: 2,
      comment: " OK ",
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      saved: true,
      replaced: false,
      answer: { subjectId: "unit", rating: 2, comment: "OK", anonymous: true },
    });
    const second = await anna.put("/api/tab/feedback", { unitId, subjectId: "unit", rating: 5 });
    expect(second.body).toMatchObject({ saved: true, replaced: true, answer: { rating: 5 } });
    expect(second.body.answer.comment).toBeUndefined();
    const mine = await anna.get(`/api/tab/feedback?unit=${unitId}`);
    expect(mine.body.unitId).toBe(unitId);
    expect(mine.body.answers).toEqual([second.body.answer]);
    const prompts = await store.listPrompts({ unitId, kind: "tab" });
    expect(prompts.map((prompt) => prompt.subjectId)).toEqual(["unit"]);
    expect(await store.countAnswers(prompts[0]?.id ?? "")).toBe(1);
  });

  it("keeps the page's subjects apart and lists the caller's answers in page order", async () => {
    const bo = await person();
    for (const subjectId of [
      "digitalisering",
      "lokalpolitienheden-sund-drift",
      "lokalpolitienheden-ansvar",
    ]) {
      expect((await bo.put("/api/tab/feedback", { unitId, subjectId, rating: 3 })).body.replaced).toBe(false);
    }
    const { body } = await bo.get(`/api/tab/feedback?unit=${unitId}`);
    expect(body.answers.map((answer: { subjectId: string }) => answer.subjectId)).toEqual([
      "lokalpolitienheden-ansvar",
      "lokalpolitienheden-sund-drift",
      "digitalisering",
    ]);
    expect((await bo.get("/api/tab/feedback?unit=specialenheden")).body.answers).toEqual([]);
  });

  it("stores the name from the token only when the person unticks anonymous", async () => {
    const carl = await person("Carl Navnesen");
    const subjectId = "lokalpolitienheden-taettere-paa-borgerne";
    await carl.put("/api/tab/feedback", { unitId, subjectId, rating: 4 });
    await carl.put("/api/tab/feedback", { unitId, subjectId, rating: 4, anonymous: true });
    expect(saved.filter((answer) => answer.respondentName === "Carl Navnesen")).toEqual([]);
    const named = await carl.put("/api/tab/feedback", { unitId, subjectId, rating: 4, anonymous: false });
    expect(named.body.answer.anonymous).toBe(false);
    expect(saved.at(-1)?.respondentName).toBe("Carl Navnesen");
    await carl.put("/api/tab/feedback", { unitId, subjectId, rating: 4 });
    expect(saved.at(-1)?.respondentName).toBeUndefined();
    const answers = await store.answersFor({ unitId, kind: "tab" });
    expect(JSON.stringify(answers)).not.toContain("Carl Navnesen");
  });

  it("never keys an answer by the user's id, and never shows one person another's answer", async () => {
    const oid = randomUUID();
    const dora = tabClient(running.app.url, await idp.token({ claims: { oid } }));
    const erik = await person();
    await dora.put("/api/tab/feedback", { unitId, subjectId: "lokalpolitienheden-ansvar", rating: 1 });
    expect(JSON.stringify(saved)).not.toContain(oid);
    expect((await erik.get(`/api/tab/feedback?unit=${unitId}`)).body.answers).toEqual([]);
    await erik.put("/api/tab/feedback", { unitId, subjectId: "lokalpolitienheden-ansvar", rating: 5 });
    const erikSees = (await erik.get(`/api/tab/feedback?unit=${unitId}`)).body.answers;
    const doraSees = (await dora.get(`/api/tab/feedback?unit=${unitId}`)).body.answers;
    expect(erikSees.map((answer: { rating: number }) => answer.rating)).toEqual([5]);
    expect(doraSees.map((answer: { rating: number }) => answer.rating)).toEqual([1]);
  });

  it("the whole-strategy page has nothing to rate: its answers are empty", async () => {
    const { body } = await (await person()).get("/api/tab/feedback?unit=all");
    expect(body).toEqual({ unitId: "all", answers: [] });
  });

  it("a channel's tab configuration ties the channel to a unit", async () => {
    const anyone = await person();
    const conversationId = "19:abc123@thread.tacv2";
    const response = await anyone.put("/api/tab/channel-unit", { conversationId, unitId });
    expect(response.status).toBe(204);
    expect(await store.getConversationUnit(conversationId)).toBe(unitId);
    for (const body of [
      { conversationId, unitId: "nope" },
      { conversationId: "19:has space@thread.tacv2", unitId },
      { conversationId: "", unitId },
      { conversationId, unitId, extra: 1 },
    ]) {
      expect((await anyone.put("/api/tab/channel-unit", body)).status).toBe(400);
    }
    expect(await store.getConversationUnit(conversationId)).toBe(unitId);
  });
});
