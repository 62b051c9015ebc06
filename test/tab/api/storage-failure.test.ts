import { describe, expect, it } from "vitest";
import { AppError } from "../../../core/errors.ts";
import type { FeedbackStore } from "../../../core/feedback/feedback-store.ts";
import { useRunningApp } from "../../support/running-app.ts";
import { callTab } from "./tab-client.ts";

/** A store whose database is gone: every call fails the way the real stores fail then. */
const deadStore = new Proxy({} as FeedbackStore, {
  get: (_target, method) => {
    if (method === "then") return undefined; // not a promise itself
    if (method === "close") return () => Promise.resolve();
    return () =>
      Promise.reject(new AppError(503, `store: ${String(method)}: database unavailable (ECONNREFUSED)`));
  },
});

const running = useRunningApp(() => ({ services: { store: deadStore, readyTimeoutMs: 200 } }));

describe("the tab API when the database is down", () => {
  it("answers 503 with a safe message wherever feedback is stored or read", async () => {
    const calls = [
      callTab(running.app.url, "GET", "/api/tab/feedback?unit=specialenheden"),
      callTab(running.app.url, "PUT", "/api/tab/feedback", {
        body: { unitId: "specialenheden", subjectId: "unit", rating: 4 },
      }),
      callTab(running.app.url, "GET", "/api/tab/results?unit=specialenheden"),
      callTab(running.app.url, "GET", "/api/tab/results.csv?unit=all"),
      callTab(running.app.url, "PUT", "/api/tab/channel-unit", {
        body: { conversationId: "19:x@thread.tacv2", unitId: "specialenheden" },
      }),
    ];
    for (const response of await Promise.all(calls)) {
      expect(response.status).toBe(503);
      expect(response.body).toEqual({ error: "tab: feedback is unavailable right now; try again later" });
    }
  });

  it("still checks input first: a bad rating is a 400, not a 503", async () => {
    const body = { unitId: "specialenheden", subjectId: "unit", rating: 9 };
    expect((await callTab(running.app.url, "PUT", "/api/tab/feedback", { body })).status).toBe(400);
  });

  it("still serves the strategy: me, units, view and search answer 200", async () => {
    for (const path of [
      "/api/tab/me",
      "/api/tab/units",
      "/api/tab/view?unit=specialenheden",
      "/api/tab/view?unit=all",
      "/api/tab/search?q=hvad%20er%20trivsel",
    ]) {
      expect((await callTab(running.app.url, "GET", path)).status, path).toBe(200);
    }
  });
});
