import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { type ConnectorStandIn, startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import {
  channelThread,
  executeActivity,
  messageActivity,
  newChannelId,
  searchExtensionQuery,
} from "../../harness/teams-activities.ts";
import { cardLinks } from "../cards/card-contents.ts";
import { firstCard, type SentCard } from "../support/card-reading.ts";
import { readDeepLink } from "../support/deep-link-reading.ts";

/** The manifest id Agents Toolkit gives the app (`TEAMS_APP_ID`). */
const teamsAppId = "0b6d3c1e-5f2a-4c8e-9a71-2d4f6b8e0c13";

let connector: ConnectorStandIn;
let inTenant: AppUnderTest;
let local: AppUnderTest;
beforeAll(async () => {
  connector = await startConnectorStandIn();
  [inTenant, local] = await Promise.all([startApp({ TEAMS_APP_ID: teamsAppId }), startApp()]);
});
afterAll(async () => {
  await Promise.all([inTenant?.close(), local?.close()]);
  await connector?.close();
});

/** Sends an activity and returns the card the bot posted into `conversationId`. */
async function cardFrom(app: AppUnderTest, conversationId: string, activity: unknown): Promise<SentCard> {
  const before = connector.sent.filter((sent) => sent.conversationId === conversationId).length;
  expect((await app.post("/api/messages", activity)).status).toBe(200);
  return firstCard((await connector.waitFor(conversationId, before + 1)).at(-1));
}

let chats = 0;
const ask = (app: AppUnderTest, text: string) => {
  const conversationId = `a:deep-links-${++chats}`;
  return cardFrom(
    app,
    conversationId,
    messageActivity(text, { serviceUrl: connector.serviceUrl, conversationId }),
  );
};
const answeredItem = (card: SentCard) =>
  /"verb":"showItem","itemId":"([^"]+)"/.exec(JSON.stringify(card))?.[1];

describe("an answer card", () => {
  it("opens its section in the personal tab through a Teams deep link built from the app id", async () => {
    const card = await ask(inTenant, "Hvad er Sund drift?");
    const [link] = cardLinks(card);
    expect(link?.title).toBe("Åbn i fanen");
    expect(readDeepLink(link?.url ?? "")).toEqual({
      host: "teams.microsoft.com",
      app: teamsAppId,
      entity: "strategi",
      context: { subEntityId: `item:${answeredItem(card)}` },
    });
  });

  it("inserted by the message extension carries the same link", async () => {
    const query = searchExtensionQuery("trafiksikkerhed", { serviceUrl: connector.serviceUrl });
    const [first] = (await inTenant.post("/api/messages", query)).body.composeExtension.attachments;
    expect(readDeepLink(cardLinks(first.content)[0]?.url ?? "").entity).toBe("strategi");
  });

  it("has no link in local mode, where there is no app id to build it from", async () => {
    expect(cardLinks(await ask(local, "Hvad er Sund drift?"))).toEqual([]);
  });
});

describe("a feedback card", () => {
  it("in a channel whose tab is set to a unit, opens the results in that channel's unit tab", async () => {
    const channel = newChannelId();
    const saved = await fetch(`${inTenant.url}/api/tab/channel-unit`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ conversationId: channel, unitId: "specialenheden" }),
    });
    expect(saved.status).toBe(204);
    const thread = channelThread(channel, "1733300000031");
    const activity = messageActivity("feedback Enhedsmøde", {
      serviceUrl: connector.serviceUrl,
      conversationId: thread,
      conversationType: "channel",
      mention: true,
    });
    const [link] = cardLinks(await cardFrom(inTenant, thread, activity));
    expect(link?.title).toBe("Resultater (ledere)");
    expect(readDeepLink(link?.url ?? "")).toEqual({
      host: "teams.microsoft.com",
      app: teamsAppId,
      entity: "strategi-2025-specialenheden",
      context: { subEntityId: "results", channelId: channel },
    });
  });

  it("in a chat without the tab, links once a unit is chosen: to the unit's results in the personal tab", async () => {
    const conversationId = "19:2b3c4d5e6f70@thread.v2";
    const options = {
      serviceUrl: connector.serviceUrl,
      conversationId,
      conversationType: "groupChat" as const,
    };
    const card = await cardFrom(
      inTenant,
      conversationId,
      messageActivity("feedback Fredagsmøde", { ...options, mention: true }),
    );
    expect(cardLinks(card)).toEqual([]);
    const promptId = /"promptId":"([^"]+)"/.exec(JSON.stringify(card))?.[1];
    const data = {
      verb: "submitFeedback",
      promptId,
      rating: "5",
      anonymous: "true",
      unitId: "beredskabsenheden",
    };
    await inTenant.post("/api/messages", executeActivity("submitFeedback", data, options));
    const refreshed = await inTenant.post(
      "/api/messages",
      executeActivity("refreshFeedback", { verb: "refreshFeedback", promptId }, options),
    );
    const [link] = cardLinks(refreshed.body.value);
    expect(readDeepLink(link?.url ?? "")).toMatchObject({
      entity: "strategi",
      context: { subEntityId: "results:beredskabsenheden" },
    });
  });

  it("has no results link in local mode", async () => {
    const conversationId = "19:3c4d5e6f7081@thread.v2";
    const activity = messageActivity("feedback Teammøde", {
      serviceUrl: connector.serviceUrl,
      conversationId,
      conversationType: "groupChat",
      mention: true,
    });
    const card = await cardFrom(local, conversationId, activity);
    expect(JSON.stringify(card)).toContain("Teammøde");
    expect(cardLinks(card)).toEqual([]);
  });
});
