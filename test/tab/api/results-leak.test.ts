/**
 * The leak found by hand (issue 10): Specialenheden had a meeting of 7 answers (0/1/2/2/2) and one tab
 * answer (a 4). The unit's view showed 8 answers (0/1/2/3/2) with the meeting hidden; the organisation's
 * view hid the unit but showed the meeting's 7; `feedback resultater` showed the 7 too. 8 − 7 gave the
 * one tab answer away. Here every view a `Results.All` leader can open — the unit's and the organisation's
 * results as JSON and CSV, and the bot's card in the unit's channel (inline only in local mode; signed in,
 * it hands over to the tab) — is read, and none of them lets the 4 out.
 */
import { randomUUID } from "node:crypto";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../../../bot/flows/bot-context.ts";
import { feedbackResultsReply } from "../../../bot/flows/feedback-results-flow.ts";
import { loadStrategy } from "../../../core/content/load-strategy.ts";
import type { FeedbackStore } from "../../../core/feedback/feedback-store.ts";
import type { FeedbackResults, GroupResult } from "../../../core/feedback/results-model.ts";
import { createSqliteStore } from "../../../core/feedback/sqlite-store.ts";
import { cardText } from "../../support/card-reading.ts";
import { useRunningApp } from "../../support/running-app.ts";
import {
  ssoEnv,
  startIdentityProvider,
  type TestIdentityProvider,
  testTenantId,
} from "./identity-provider.ts";
import { tabClient } from "./tab-client.ts";

const unitId = "specialenheden";
const channel = "19:specialenheden-kanal@thread.tacv2";
const today = new Date("2025-05-20T10:00:00Z");
let store: FeedbackStore;
let idp: TestIdentityProvider;

const running = useRunningApp(async () => {
  idp = await startIdentityProvider();
  store = createSqliteStore({ file: ":memory:" });
  return {
    env: ssoEnv(idp.jwksUrl),
    services: { store, now: () => today },
    alsoClose: [idp],
  };
});
beforeAll(async () => {
  await store.setConversationUnit(channel, unitId);
  const meeting = await store.createPrompt({
    tenantId: testTenantId,
    conversationId: channel,
    kind: "meeting",
    title: "Afdelingsmøde",
    unitId,
    createdAt: today,
    closesAt: new Date(today.getTime() + 7 * 86_400_000),
  });
  for (const rating of [2, 3, 3, 4, 4, 5, 5] as const) {
    await store.saveAnswer({
      promptId: meeting.id,
      respondentKey: randomUUID(),
      rating,
      anonymous: true,
      answeredAt: today,
    });
  }
  const staff = tabClient(running.app.url, await idp.token({ claims: { oid: randomUUID() } }));
  const rated = { unitId, subjectId: "specialenheden-taettere-paa-borgerne", rating: 4 };
  expect((await staff.put("/api/tab/feedback", rated)).status).toBe(200);
});

/** Every group in a results view, with what question it answers. */
function groupsOf(results: FeedbackResults): { question: string; result: GroupResult }[] {
  return [
    ...(results.organisation?.questions ?? []),
    ...(results.organisation?.topics ?? []),
    ...results.units.flatMap((unit) => [
      ...unit.questions,
      ...unit.questions.flatMap((each) => each.weeks.map((week) => ({ ...week, question: each.question }))),
      ...unit.prompts,
    ]),
  ];
}

describe("the leak found by hand: a unit of 8 = a meeting of 7 + one tab answer", () => {
  it("no view a Results.All leader can open shows the 8, and every group holding the tab answer is hidden", async () => {
    const leader = tabClient(running.app.url, await idp.token({ claims: { roles: ["Results.All"] } }));
    const views = [
      (await leader.get(`/api/tab/results?unit=${unitId}`)).body as FeedbackResults,
      (await leader.get("/api/tab/results?unit=all")).body as FeedbackResults,
    ];
    const csvs = [
      (await leader.get(`/api/tab/results.csv?unit=${unitId}`)).text,
      (await leader.get("/api/tab/results.csv?unit=all")).text,
    ];
    const bot: BotContext = {
      strategy: loadStrategy("content/strategi-2025"),
      search: undefined as never, // not used by the results flow
      store,
      maxQuestionLength: 500,
      feedback: { secret: "leak-secret", daysOpen: 7, minGroupSize: 5 },
      // The bot shows results itself only in local mode; it reads the same decision over the tenant.
      localMode: true,
      tallyChanged: () => undefined,
      now: () => today,
      logger: pino({ level: "silent" }),
    };
    const turn = { locale: "da" as const, tenantId: testTenantId, conversationId: channel, userId: "chief" };
    const card = cardText(await feedbackResultsReply(bot, turn));
    const signedIn = cardText(await feedbackResultsReply({ ...bot, localMode: false }, turn));

    for (const view of views) {
      const groups = groupsOf(view);
      const initiative = groups.filter((group) => group.question === "initiativeQuality");
      expect(initiative.length).toBeGreaterThan(0);
      for (const group of initiative) expect(group.result.hidden).toBe(true);
      const meeting = groups.filter((group) => group.question === "meetingUsefulness");
      for (const group of meeting)
        expect(group.result).toEqual({ hidden: false, count: 7, mean: 3.7, distribution: [0, 1, 2, 2, 2] });
      expect(JSON.stringify(view)).not.toMatch(/"count":8|\[0,1,2,3,2\]/);
    }
    for (const csv of csvs) {
      expect(csv).toContain(";7;");
      expect(csv).not.toMatch(/;8;|;0;1;2;3;2;/);
    }
    expect(card).toContain("Afdelingsmøde");
    expect(card).toContain("7 svar");
    expect(card).not.toMatch(/\b8 svar/);
    expect(signedIn).not.toMatch(/Afdelingsmøde|\d svar/);
  });
});
