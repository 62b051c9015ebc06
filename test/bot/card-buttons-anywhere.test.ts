import { describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../bot/cards/adaptive-card.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import {
  cardButtonClickedActivity,
  executeActivity,
  searchExtensionQuery,
} from "../../harness/teams-activities.ts";
import { cardButtons } from "../cards/card-contents.ts";
import { validateCard } from "../cards/validate-card.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";

const running = useRunningApp();

const t = textFor("da").bot;
/** A group chat the bot was never added to: where a card from the message extension ends up. */
const otherChat = "19:4a1b2c3d4e5f@thread.v2";

/** Presses an `Action.Execute` as Teams does in `otherChat` and returns the card that replaces it. */
async function press(verb: string, data: unknown): Promise<AdaptiveCard> {
  const activity = executeActivity(verb, data, {
    serviceUrl: running.connector.serviceUrl,
    conversationId: otherChat,
    conversationType: "groupChat",
  });
  const response = await running.app.post("/api/messages", activity);
  expect(response.status).toBe(200);
  expect(response.body.type).toBe("application/vnd.microsoft.card.adaptive");
  return response.body.value;
}

describe("a card the message extension inserted into a chat the bot is not in", () => {
  it("has only buttons that work there: each replaces the card in place, and so on through every card reached", async () => {
    const search = searchExtensionQuery("trafiksikkerhed", { serviceUrl: running.connector.serviceUrl });
    const inserted = (await running.app.post("/api/messages", search)).body.composeExtension.attachments[0]
      .content;
    const pending: AdaptiveCard[] = [inserted];
    const pressed = new Set<string>();
    while (pending.length > 0) {
      const card = pending.shift() as AdaptiveCard;
      expect(validateCard(card)).toEqual([]);
      for (const button of cardButtons(card)) {
        const key = JSON.stringify(button.data);
        if (pressed.has(key)) continue;
        pressed.add(key);
        const reply = await press(button.verb, button.data);
        const text = cardText(reply);
        expect(text, key).not.toContain(t.unknownAction);
        expect(text, key).not.toContain(t.error);
        pending.push(reply);
      }
    }
    // Navigation reached the whole strategy: every unit, both pejlemærker, help, and 👍/👎.
    const verbs = new Set([...pressed].map((key) => JSON.parse(key).verb));
    expect([...verbs].sort()).toEqual(
      ["rateAnswer", "showHelp", "showItem", "showPejlemaerker", "showUnit", "showUnits"].sort(),
    );
    expect(pressed.size).toBeGreaterThan(30);
    // Nothing was posted into the chat: every reply replaced the card for the person who pressed.
    expect(running.connector.sent.filter((sent) => sent.conversationId === otherChat)).toEqual([]);
  });
});

describe("an Action.Submit on an inserted card from an older version", () => {
  it("is handled (no 501): the card it asked for goes into the conversation", async () => {
    const conversationId = "19:8f9e0d1c2b3a@thread.v2";
    const activity = cardButtonClickedActivity(
      { verb: "showUnit", unitId: "anklagemyndigheden" },
      { serviceUrl: running.connector.serviceUrl, conversationId, conversationType: "groupChat" },
    );
    const response = await running.app.post("/api/messages", activity);
    expect(response.status).toBe(200);
    const [sent] = await running.connector.waitFor(conversationId);
    expect(cardText(firstCard(sent))).toContain("Anklagemyndighedens kerneopgave");
  });

  it("with data that is no action of ours gets the clear unknown-button reply", async () => {
    const conversationId = "19:7e6d5c4b3a29@thread.v2";
    const activity = cardButtonClickedActivity(
      { verb: "deleteEverything" },
      { serviceUrl: running.connector.serviceUrl, conversationId, conversationType: "groupChat" },
    );
    expect((await running.app.post("/api/messages", activity)).status).toBe(200);
    const [sent] = await running.connector.waitFor(conversationId);
    expect(cardText(firstCard(sent))).toContain(t.unknownAction);
  });
});
