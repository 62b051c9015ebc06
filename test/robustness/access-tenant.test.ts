/**
 * One tenant only: with a bot id the app is single-tenant by default, needs the tenant's id, and turns
 * away activities from any other tenant (403) — even with a valid Bot Framework token, which any
 * tenant's Teams gets for a bot installed there — before the bot stores anything. And the token is
 * checked before the body's shape, so a caller without one learns nothing from validation messages.
 */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readConfig } from "../../core/config.ts";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import {
  type ActivityOptions,
  executeActivity,
  meetingEndActivity,
  messageActivity,
} from "../../harness/teams-activities.ts";
import { useRunningApp } from "../support/running-app.ts";
import { testTenantId } from "../tab/api/identity-provider.ts";
import { type BotTokenService, startBotTokenService } from "./access-bot-tokens.ts";

const botId = "11111111-2222-3333-4444-555555555555";
const otherTenant = "0c0ffee0-1111-4222-8333-944445555666";
const serviceUrl = "http://127.0.0.1:9/"; // an invoke's answer is its HTTP response: nothing is sent here
const item = loadStrategy("content/strategi-2025").items[0];

let bot: BotTokenService;
let store: FeedbackStore;

const running = useRunningApp(async () => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  bot = await startBotTokenService();
  store = createSqliteStore({ file: ":memory:" });
  return {
    env: {
      BOT_ID: botId,
      BOT_PASSWORD: "not-a-real-secret",
      BOT_TENANT_ID: testTenantId,
      FEEDBACK_SECRET: "t",
    },
    services: { store, botAuthentication: { openIdMetadataUrl: bot.openIdMetadataUrl } },
    alsoClose: [bot],
  };
});
afterAll(async () => {
  vi.restoreAllMocks();
});

const rateActivity = (options: ActivityOptions) =>
  executeActivity(
    "rateAnswer",
    { rating: "up", answer: { itemId: item?.id, paragraphIndexes: [0], relatedIds: [] } },
    options,
  );
const post = async (activity: object, token?: string) =>
  running.app.post("/api/messages", activity, token ? { authorization: `Bearer ${token}` } : {});
const ratingsOfItem = async () => (await store.ratingTotals()).get(item?.id ?? "")?.up ?? 0;

describe("activities from another tenant", () => {
  it("from the app's tenant, a rating is stored (so the refusals below are for the tenant)", async () => {
    const before = await ratingsOfItem();
    const response = await post(
      rateActivity({ serviceUrl, tenantId: testTenantId }),
      await bot.token(botId, serviceUrl),
    );
    expect(response.status).toBe(200);
    expect(await ratingsOfItem()).toBe(before + 1);
  });

  it.each([
    ["a rating (Action.Execute)", (tenantId: string) => rateActivity({ serviceUrl, tenantId })],
    [
      "a meeting's end",
      (tenantId: string) =>
        meetingEndActivity("Tavlemøde", { serviceUrl, tenantId, conversationId: `19:${tenantId}@thread.v2` }),
    ],
    [
      "`feedback` in a group chat",
      (tenantId: string) =>
        messageActivity("feedback Tavlemøde", {
          serviceUrl,
          tenantId,
          conversationType: "groupChat",
          conversationId: `19:chat-${tenantId}@thread.v2`,
          mention: true,
        }),
    ],
  ])("get 403 for %s, with a valid token, and nothing is stored", async (_what, makeActivity) => {
    const before = await ratingsOfItem();
    const activity = makeActivity(otherTenant);
    const response = await post(activity, await bot.token(botId, serviceUrl));
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toContain("tenant");
    expect(await ratingsOfItem()).toBe(before);
    expect(await store.listPrompts({ tenantId: otherTenant })).toEqual([]);
    expect(await store.getConversationReference(activity.conversation.id)).toBeUndefined();
  });

  it("get 403 when the tenant is missing, or the two places Teams names it disagree", async () => {
    const token = await bot.token(botId, serviceUrl);
    const activity = rateActivity({ serviceUrl, tenantId: testTenantId });
    const noTenant = {
      ...activity,
      channelData: {},
      conversation: { ...activity.conversation, tenantId: undefined },
    };
    const mixed = { ...activity, conversation: { ...activity.conversation, tenantId: otherTenant } };
    expect((await post(noTenant, token)).status).toBe(403);
    expect((await post(mixed, token)).status).toBe(403);
  });
});

describe("authentication before validation", () => {
  // A recipient is required by the shape check; without it, a token holder gets 400 saying so.
  const malformed = () => {
    const { recipient: _recipient, ...rest } = rateActivity({ serviceUrl, tenantId: testTenantId });
    return rest;
  };

  it("tells a caller with a valid token what is wrong with the body (400)", async () => {
    const response = await post(malformed(), await bot.token(botId, serviceUrl));
    expect(response.status).toBe(400);
    expect(response.body.error).toContain("recipient");
  });

  it.each([
    ["no token", undefined],
    ["a token signed by someone else", "forged"],
  ] as const)("tells a caller with %s only 401, nothing about the body", async (_name, key) => {
    const token = key ? await bot.token(botId, serviceUrl, { key }) : undefined;
    // (A body that is not JSON at all is refused earlier, by the body parser, with a bare "bad request".)
    for (const body of [malformed(), { type: "message" }, [1, 2], null]) {
      const response = await post(body as object, token);
      expect(response.status, JSON.stringify(body)).toBe(401);
      expect(JSON.stringify(response.body)).not.toMatch(/recipient|malformed|serviceUrl|conversation/);
    }
  });
});

describe("the bot's configuration", () => {
  const base = { BOT_ID: botId, BOT_PASSWORD: "p", FEEDBACK_SECRET: "t" };

  it("is single-tenant unless told otherwise, and then needs the tenant's id", () => {
    expect(readConfig({ ...base, BOT_TENANT_ID: testTenantId }).bot).toMatchObject({
      type: "SingleTenant",
      tenantId: testTenantId,
    });
    expect(() => readConfig(base)).toThrow(/BOT_TENANT_ID: required/);
    expect(() => readConfig({ ...base, BOT_TENANT_ID: "common" })).toThrow(/BOT_TENANT_ID/);
    const { BOT_PASSWORD: _password, ...noPassword } = base;
    expect(() => readConfig({ ...noPassword, BOT_TENANT_ID: testTenantId })).toThrow(
      /BOT_PASSWORD: required/,
    );
    expect(
      readConfig({ ...noPassword, BOT_TENANT_ID: testTenantId, BOT_TYPE: "UserAssignedMSI" }).bot?.type,
    ).toBe("UserAssignedMSI");
  });

  it("refuses a bot tenant other than the tab's sign-in tenant", () => {
    expect(() =>
      readConfig({
        ...base,
        BOT_TENANT_ID: otherTenant,
        AAD_APP_CLIENT_ID: randomUUID(),
        AAD_APP_TENANT_ID: testTenantId,
      }),
    ).toThrow(/BOT_TENANT_ID: must be the same tenant as AAD_APP_TENANT_ID/);
  });
});
