import { describe, expect, it } from "vitest";
import { messageActivity } from "../../harness/teams-activities.ts";
import { useRunningApp } from "../support/running-app.ts";

const running = useRunningApp(() => ({
  env: {
    BOT_ID: "11111111-2222-3333-4444-555555555555",
    BOT_PASSWORD: "not-a-real-secret",
    BOT_TENANT_ID: "7e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
    FEEDBACK_SECRET: "test-secret",
  },
}));

/** A JWT-shaped token signed with nobody's key. */
function forgedToken(claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "RS256", typ: "JWT", kid: "forged" })}.${encode(claims)}.${Buffer.from("signature").toString("base64url")}`;
}

describe("with a bot id configured, Bot Framework authentication is on", () => {
  it("an activity without a token gets 401 and no reply", async () => {
    const conversationId = "auth-1";
    const response = await running.app.post(
      "/api/messages",
      messageActivity("hej", { serviceUrl: running.connector.serviceUrl, conversationId }),
    );
    expect(response.status).toBe(401);
    expect(running.connector.sent.filter((sent) => sent.conversationId === conversationId)).toHaveLength(0);
  });

  it("a forged token from an unknown issuer gets 401", async () => {
    const token = forgedToken({
      iss: "https://evil.example",
      aud: "11111111-2222-3333-4444-555555555555",
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    const response = await running.app.post(
      "/api/messages",
      messageActivity("hej", { serviceUrl: running.connector.serviceUrl, conversationId: "auth-2" }),
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(response.status).toBe(401);
  });

  it("a token that is not a JWT at all gets 401", async () => {
    const response = await running.app.post(
      "/api/messages",
      messageActivity("hej", { serviceUrl: running.connector.serviceUrl, conversationId: "auth-3" }),
      {
        authorization: "Bearer not-a-jwt",
      },
    );
    expect(response.status).toBe(401);
  });
});
