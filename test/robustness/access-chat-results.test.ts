/**
 * `feedback resultater` in chat, for someone who leads nothing or another unit. Tested at the flow: with
 * BOT_ID set the bot's reply goes out through the Bot Connector with a token from Entra, which cannot be
 * fetched here, so the card can't be watched arriving. The HTTP side (only valid Bot Framework tokens get
 * in) is in access.test.ts; this is what the flow answers the people who do.
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
      leaders: {
        specialenheden: ["leader-special"],
        beredskabsenheden: ["leader-beredskab"],
        "*": ["director"],
      },
    },
    localMode: false,
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
const notLeader = "Kun de ledere, der er sat op til enheden, kan se resultaterne.";

describe("feedback resultater in chat", () => {
  it.each([
    ["someone who leads nothing, in the unit's channel", "constable", channel],
    ["someone who leads nothing, in a chat with no unit", "constable", plainChat],
    ["another unit's leader, in the unit's channel", "leader-beredskab", channel],
    ["someone whose id is empty", "", channel],
  ])("answers %s: Kun de ledere …", async (_who, userId, conversationId) => {
    const text = cardText(await feedbackResultsReply(bot, turn(userId, conversationId)));
    expect(text).toContain(notLeader);
    expect(text).not.toContain("Dialogmøde");
  });

  it("shows another unit's leader none of a unit-less chat's prompts (only `*` leaders see those)", async () => {
    const text = cardText(await feedbackResultsReply(bot, turn("leader-special", plainChat)));
    expect(text).toContain("Der er endnu ingen feedback at vise her.");
    expect(text).not.toContain("Dialogmøde");
  });

  it("shows the unit's leader their unit's results, and a `*` leader the chat's", async () => {
    expect(cardText(await feedbackResultsReply(bot, turn("leader-special", channel)))).toContain(
      "Feedbackresultater – Specialenheden",
    );
    expect(cardText(await feedbackResultsReply(bot, turn("director", plainChat)))).toContain("Dialogmøde");
  });
});
