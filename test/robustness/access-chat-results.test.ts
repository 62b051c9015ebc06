/**
 * `feedback resultater` in chat with BOT_ID set. Tested at the flow: the bot's reply goes out through the
 * Bot Connector with a token from Entra, which cannot be fetched here, so the card can't be watched
 * arriving. The HTTP side (only valid Bot Framework tokens get in) is in access.test.ts, the same flow
 * over HTTP with tab sign-in in test/bot/results-hand-over.test.ts. An activity carries no app roles, so
 * whoever asks — a leader or not — gets no results from the bot, only the way into the tab.
 */
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../../bot/flows/bot-context.ts";
import { feedbackResultsReply } from "../../bot/flows/feedback-results-flow.ts";
import type { TurnInfo } from "../../bot/flows/turn-info.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import { cardText } from "../support/card-reading.ts";

const strategy = loadStrategy("content/strategi-2025");
let store: FeedbackStore;
let bot: BotContext;
const channel = "19:specialenheden-kanal@thread.tacv2";
const plainChat = "19:en-gruppechat@thread.v2";

beforeAll(async () => {
  store = createSqliteStore({ file: ":memory:" });
  await store.migrate();
  await store.setConversationUnit(channel, "specialenheden");
  const now = new Date();
  for (const conversationId of [channel, plainChat])
    await store.createPrompt({
      tenantId: "tenant-1",
      conversationId,
      kind: "chat",
      title: "Dialogmøde",
      ...(conversationId === channel ? { unitId: "specialenheden" } : {}),
      createdAt: now,
      closesAt: new Date(now.getTime() + 86_400_000),
    });
  bot = {
    strategy,
    search: undefined as never, // not used by the results flow
    store,
    maxQuestionLength: 500,
    feedback: {
      secret: "chat-results-secret",
      daysOpen: 7,
      minGroupSize: 5,
    },
    localMode: false,
    teamsAppId: "0b6d3c1e-5f2a-4c8e-9a71-2d4f6b8e0c13",
    tallyChanged: () => undefined,
    now: () => new Date(),
    logger: pino({ level: "silent" }),
  };
});
afterAll(async () => {
  await store?.close();
});

const turn = (userId: string, conversationId: string): TurnInfo => ({
  locale: "da",
  tenantId: "tenant-1",
  conversationId,
  userId,
});

describe("feedback resultater in chat, signed in", () => {
  it.each([
    ["someone in the unit's channel", "constable", channel],
    ["someone in a chat with no unit", "constable", plainChat],
    ["someone whose id is empty", "", channel],
  ])("answers %s with the way into the tab and no results", async (_who, userId, conversationId) => {
    const card = await feedbackResultsReply(bot, turn(userId, conversationId));
    const text = cardText(card);
    expect(text).toContain("Resultaterne vises i fanen Strategilotsen.");
    expect(text).toContain("Åbn resultaterne i fanen");
    expect(text).not.toMatch(/Dialogmøde|\d svar|ingen feedback/);
  });
});

describe("feedback resultater in chat, in local mode", () => {
  it("shows the unit's results in its channel, and a chat's own prompts elsewhere", async () => {
    const local = { ...bot, localMode: true };
    expect(cardText(await feedbackResultsReply(local, turn("anyone", channel)))).toContain(
      "Feedbackresultater – Specialenheden",
    );
    expect(cardText(await feedbackResultsReply(local, turn("anyone", plainChat)))).toContain("Dialogmøde");
  });
});
