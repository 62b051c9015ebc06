/**
 * `feedback resultater` once sign-in is configured. A Bot Framework activity carries no app roles, so
 * the bot shows no results and hands over to the tab by Teams deep link, where the role rule applies.
 * The app here has tab sign-in and no bot registration, so its `/api/messages` takes the activity as
 * Teams sends it without a Bot Framework token (which cannot be had here) and the reply reaches the
 * connector stand-in; with BOT_ID set the flow is the same (`isLocalMode` needs both absent).
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AppUnderTest } from "../../harness/app-under-test.ts";
import { channelThread, messageActivity, newChannelId } from "../../harness/teams-activities.ts";
import { cardLinks } from "../cards/card-contents.ts";
import { cardText, firstCard, type SentCard } from "../support/card-reading.ts";
import { readDeepLink } from "../support/deep-link-reading.ts";
import { type RunningApp, useRunningApp } from "../support/running-app.ts";
import {
  ssoEnv,
  startIdentityProvider,
  type TestIdentityProvider,
  testTenantId,
} from "../tab/api/identity-provider.ts";
import { tabClient } from "../tab/api/tab-client.ts";

const teamsAppId = "0b6d3c1e-5f2a-4c8e-9a71-2d4f6b8e0c13";
let idp: TestIdentityProvider;

/** Asks the bot for results in a conversation, as the person Teams names, and returns its card. */
async function askForResults(
  running: RunningApp,
  options: { conversationId: string; conversationType: "channel" | "groupChat" | "personal" },
): Promise<SentCard> {
  const { app, connector } = running;
  const before = connector.sent.filter((sent) => sent.conversationId === options.conversationId).length;
  const activity = messageActivity("feedback resultater", {
    serviceUrl: connector.serviceUrl,
    tenantId: testTenantId,
    mention: options.conversationType !== "personal",
    ...options,
  });
  expect((await app.post("/api/messages", activity)).status).toBe(200);
  return firstCard((await connector.waitFor(options.conversationId, before + 1)).at(-1));
}

/** Ties a channel to a unit as its tab's configuration page does, signed in, and writes a few answers. */
async function channelOfUnit(app: AppUnderTest, unitId: string): Promise<string> {
  const channel = newChannelId();
  const member = tabClient(app.url, await idp.token({ claims: { oid: randomUUID() } }));
  expect((await member.put("/api/tab/channel-unit", { conversationId: channel, unitId })).status).toBe(204);
  for (let answer = 0; answer < 5; answer++) {
    const someone = tabClient(app.url, await idp.token({ claims: { oid: randomUUID() } }));
    const rated = await someone.put("/api/tab/feedback", { unitId, subjectId: "unit", rating: 4 });
    expect(rated.status).toBe(200);
  }
  return channel;
}

describe("feedback resultater with sign-in configured", () => {
  const running = useRunningApp(async () => {
    idp = await startIdentityProvider();
    return { env: { ...ssoEnv(idp.jwksUrl), TEAMS_APP_ID: teamsAppId }, alsoClose: [idp] };
  });

  it("in a unit's channel, shows no results and opens the unit's results in the channel's tab", async () => {
    const channel = await channelOfUnit(running.app, "specialenheden");
    const thread = channelThread(channel, "1733300000077");
    const card = await askForResults(running, { conversationId: thread, conversationType: "channel" });
    const text = cardText(card);
    expect(text).toContain("Feedbackresultater – Specialenheden");
    expect(text).toContain("Results.All");
    expect(text).not.toMatch(/\d+ svar|gennemsnit/);
    const [link] = cardLinks(card);
    expect(link?.title).toBe("Åbn resultaterne i fanen");
    expect(readDeepLink(link?.url ?? "")).toEqual({
      host: "teams.microsoft.com",
      app: teamsAppId,
      entity: "strategi-2025-specialenheden",
      context: { subEntityId: "results", channelId: channel },
    });
  });

  it("in a chat with no unit, opens everything the person's role shows, in the personal tab", async () => {
    const conversationId = `19:${randomUUID().replaceAll("-", "")}@thread.v2`;
    const card = await askForResults(running, { conversationId, conversationType: "groupChat" });
    expect(cardText(card)).toContain("Feedbackresultater – Hele Københavns Politi");
    expect(readDeepLink(cardLinks(card)[0]?.url ?? "")).toMatchObject({
      entity: "strategi",
      context: { subEntityId: "results" },
    });
  });
});

describe("feedback resultater with sign-in but no Teams app id", () => {
  const running = useRunningApp(async () => {
    idp = await startIdentityProvider();
    return { env: ssoEnv(idp.jwksUrl), alsoClose: [idp] };
  });

  it("says plainly that it cannot link, and where to look instead", async () => {
    const card = await askForResults(running, { conversationId: "a:1-on-1", conversationType: "personal" });
    expect(cardLinks(card)).toEqual([]);
    expect(cardText(card)).toContain(
      "Kortet kan ikke linke til fanen, fordi appens Teams-id (TEAMS_APP_ID) ikke er sat op på serveren.",
    );
  });
});

describe("feedback resultater in local mode", () => {
  const running = useRunningApp(() => ({ env: { TEAMS_APP_ID: teamsAppId } }));

  it("shows the results in the chat, as everyone may there, and says why", async () => {
    const conversationId = "a:local-results";
    const { app, connector } = running;
    const options = { serviceUrl: connector.serviceUrl, conversationId, tenantId: testTenantId };
    expect((await app.post("/api/messages", messageActivity("feedback Ugemøde", options))).status).toBe(200);
    await connector.waitFor(conversationId, 1);
    const text = cardText(await askForResults(running, { conversationId, conversationType: "personal" }));
    expect(text).toContain("Ugemøde");
    expect(text).toContain("Lokal tilstand: alle kan se resultaterne");
  });
});
