/**
 * Who gets in, with an app id and tab sign-in configured: every activity needs a valid Bot Framework
 * token and every tab call a valid Teams SSO token (else 401, never 500 or a hang), and only a token
 * with the unit's app role (`Results.<unit id>`, or `Results.All`) sees its results. Signatures are
 * checked for real against loopback stand-ins of the Bot Framework's and Entra's key sets; one app keeps
 * botbuilder's own metadata address (Microsoft's, unreachable from here), as a deployment whose key
 * fetch fails would.
 */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { type AppUnderTest, startApp } from "../../harness/app-under-test.ts";
import { executeActivity, messageActivity } from "../../harness/teams-activities.ts";
import { cardText } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";
import {
  ssoEnv,
  startIdentityProvider,
  type TestIdentityProvider,
  testTenantId,
  unsignedToken,
} from "../tab/api/identity-provider.ts";
import { callTab } from "../tab/api/tab-client.ts";
import {
  type BotTokenService,
  botFrameworkIssuer,
  startBotTokenService,
  startHangingServer,
  unsignedBotToken,
} from "./access-bot-tokens.ts";

const botId = "11111111-2222-3333-4444-555555555555";
const serviceUrl = "http://127.0.0.1:9/"; // an invoke's answer is its HTTP response: nothing is sent here
/** The claims of a unit's leader: the app role that shows Specialenheden's results. */
const leader = { oid: randomUUID(), roles: ["Results.specialenheden"] };
const botEnv = {
  BOT_ID: botId,
  BOT_PASSWORD: "not-a-real-secret",
  BOT_TENANT_ID: testTenantId,
  FEEDBACK_SECRET: "access-test-secret",
};

let bot: BotTokenService;
let idp: TestIdentityProvider;

const running = useRunningApp(async () => {
  // CloudAdapter prints every refused request to stderr; the assertions say what matters.
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  [bot, idp] = await Promise.all([startBotTokenService(), startIdentityProvider()]);
  return {
    env: { ...ssoEnv(idp.jwksUrl), ...botEnv },
    services: { botAuthentication: { openIdMetadataUrl: bot.openIdMetadataUrl } },
    alsoClose: [bot, idp],
  };
});
afterAll(async () => {
  vi.restoreAllMocks();
});

const invoke = () =>
  executeActivity(
    "showHelp",
    {},
    { serviceUrl, conversationId: "19:access@thread.v2", tenantId: testTenantId },
  );
const postWith = (target: AppUnderTest, token?: string, activity: object = invoke()) =>
  target.post("/api/messages", activity, token === undefined ? {} : { authorization: `Bearer ${token}` });

describe("Bot Framework tokens on /api/messages", () => {
  it("a valid token gets the card (the checks below refuse for their reason, not for any token)", async () => {
    const response = await postWith(running.app, await bot.token(botId, serviceUrl));
    expect(response.status).toBe(200);
    expect(cardText(response.body.value)).toContain("pejlemærker");
  });

  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ["no token at all", async () => undefined],
    [
      "an unsigned token (alg: none)",
      async () =>
        unsignedBotToken({ iss: botFrameworkIssuer, aud: botId, serviceurl: serviceUrl, exp: now() + 600 }),
    ],
    [
      "a token forged with another RSA key (botbuilder alone: 500)",
      () => bot.token(botId, serviceUrl, { key: "forged" }),
    ],
    [
      "an expired token (beyond the 5 minutes' slack)",
      () => bot.token(botId, serviceUrl, { claims: { exp: now() - 3600, nbf: now() - 7200 } }),
    ],
    [
      "a token for another bot (wrong audience)",
      () => bot.token(botId, serviceUrl, { claims: { aud: randomUUID() } }),
    ],
    [
      "a token from another issuer",
      () => bot.token(botId, serviceUrl, { claims: { iss: "https://evil.example" } }),
    ],
    [
      "a token for another service URL",
      () => bot.token(botId, serviceUrl, { claims: { serviceurl: "https://evil.example/" } }),
    ],
    [
      "a token not yet valid (botbuilder alone: 500)",
      () => bot.token(botId, serviceUrl, { claims: { nbf: now() + 3600 } }),
    ],
  ])("%s is a 401", async (_name, makeToken) => {
    expect((await postWith(running.app, await makeToken())).status).toBe(401);
  });

  it("refuses with 401 when the key set cannot be fetched (botbuilder alone answered 500)", async () => {
    const offline = await startApp(botEnv);
    try {
      const forged = await bot.token(botId, serviceUrl, { key: "forged" });
      expect((await postWith(offline, forged)).status).toBe(401);
      expect((await postWith(offline, forged, messageActivity("hej", { serviceUrl }))).status).toBe(401);
    } finally {
      await offline.close();
    }
  });

  it("refuses with 401 after the time limit when the key service hangs (botbuilder alone waited forever)", async () => {
    const hanging = await startHangingServer();
    const stuck = await startApp(botEnv, {
      botAuthentication: { openIdMetadataUrl: hanging.url, authTimeoutMs: 300 },
    });
    try {
      // Only the time limit can end this request: the key service never answers.
      expect((await postWith(stuck, await bot.token(botId, serviceUrl))).status).toBe(401);
    } finally {
      await stuck.close();
      await hanging.close();
    }
  });
});

describe("Teams SSO tokens on the tab's results", () => {
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ["an unsigned token", async () => unsignedToken({ ...leader, tid: "x" })],
    ["a forged token (the leader's role, another key)", () => idp.token({ key: "forged", claims: leader })],
    ["an expired token", () => idp.token({ claims: { ...leader, exp: now() - 3600, nbf: now() - 7200 } })],
    [
      "a token for another app (wrong audience)",
      () => idp.token({ claims: { ...leader, aud: "api://elsewhere/x" } }),
    ],
  ])("%s is a 401, even with a leader's role", async (_name, makeToken) => {
    const token = await makeToken();
    for (const path of ["/api/tab/results?unit=specialenheden", "/api/tab/results.csv?unit=specialenheden"])
      expect((await callTab(running.app.url, "GET", path, { token })).status, path).toBe(401);
  });
});

describe("a non-leader never reads results", () => {
  const units = [...loadStrategy("content/strategi-2025").units.map((unit) => unit.id), "all"];

  it("gets 403 on results and results.csv for every unit and for all, whatever groups and other roles they have", async () => {
    const token = await idp.token({ claims: { groups: [randomUUID()], roles: ["Admin"] } });
    expect((await callTab(running.app.url, "GET", "/api/tab/me", { token })).body.resultsFor).toEqual([]);
    for (const unit of units)
      for (const route of ["results", "results.csv"]) {
        const response = await callTab(running.app.url, "GET", `/api/tab/${route}?unit=${unit}&lang=en`, {
          token,
        });
        expect(response.status, `${route} ${unit}`).toBe(403);
        expect(response.text).not.toMatch(/Fanen|gennemsnit|mean/i);
      }
  });

  it("while the unit's leader reads their unit, and nothing else", async () => {
    const token = await idp.token({ claims: leader });
    for (const unit of units) {
      const expected = unit === "specialenheden" || unit === "all" ? 200 : 403;
      expect(
        (await callTab(running.app.url, "GET", `/api/tab/results?unit=${unit}`, { token })).status,
        unit,
      ).toBe(expected);
    }
  });
});
