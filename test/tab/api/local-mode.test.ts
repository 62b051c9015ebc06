import { describe, expect, it } from "vitest";
import { useRunningApp } from "../../support/running-app.ts";
import { tabClient } from "./tab-client.ts";

describe("the tab API in local mode (no SSO, no BOT_ID)", () => {
  const running = useRunningApp();

  it("acts as one local user, says so, and lets them see every unit's results", async () => {
    const client = tabClient(running.app.url);
    expect((await client.get("/api/tab/me")).body).toEqual({
      localMode: true,
      displayName: "Lokal bruger",
      resultsFor: "all",
    });
    expect((await client.get("/api/tab/results?unit=specialenheden")).status).toBe(200);
    expect((await client.get("/api/tab/results?unit=all")).status).toBe(200);
    expect((await client.get("/api/tab/results.csv?unit=beredskabsenheden")).status).toBe(200);
  });

  it("ignores any Authorization header", async () => {
    expect((await tabClient(running.app.url, "whatever").get("/api/tab/me")).status).toBe(200);
  });
});

describe("the tab API of a deployment whose SSO is not configured (BOT_ID without AAD_APP_CLIENT_ID)", () => {
  const running = useRunningApp(() => ({
    env: {
      BOT_ID: "11111111-2222-3333-4444-555555555555",
      BOT_PASSWORD: "not-a-real-secret",
      BOT_TENANT_ID: "7e1f0a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
      FEEDBACK_SECRET: "s",
    },
  }));

  it("refuses every request rather than open results to anyone as the local user", async () => {
    const client = tabClient(running.app.url);
    const me = await client.get("/api/tab/me");
    expect(me.status).toBe(401);
    expect(me.body.error).toContain("AAD_APP_CLIENT_ID");
    expect((await client.get("/api/tab/results?unit=all")).status).toBe(401);
    expect(
      (await client.put("/api/tab/feedback", { unitId: "specialenheden", subjectId: "unit", rating: 3 }))
        .status,
    ).toBe(401);
  });
});
