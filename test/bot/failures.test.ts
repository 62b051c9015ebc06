import { describe, expect, it } from "vitest";
import { AppError } from "../../core/errors.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import {
  executeActivity,
  meetingEndActivity,
  messageActivity,
  submitActivity,
} from "../../harness/teams-activities.ts";
import { cardText, firstCard } from "../support/card-reading.ts";
import { useRunningApp } from "../support/running-app.ts";

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

describe("when storage fails", () => {
  const answer = { itemId: "trivsel", paragraphIndexes: [0], relatedIds: [] };

  it("a 👍 that cannot be saved gets a card saying something went wrong, and the server keeps running", async () => {
    const response = await running.app.post(
      "/api/messages",
      executeActivity(
        "rateAnswer",
        { rating: "up", answer },
        { serviceUrl: running.connector.serviceUrl, conversationId: "dead-1" },
      ),
    );
    expect(response.status).toBe(200);
    const shown = cardText(response.body.value);
    expect(shown).toContain("Der gik noget galt");
    // Not the answer card marked as rated: the person must not think the 👍 was counted.
    expect(shown).not.toContain("Tak for din vurdering");
    expect((await running.app.get("/healthz")).status).toBe(200);
  });

  it("questions are still answered", async () => {
    await running.app.post(
      "/api/messages",
      messageActivity("hvad er trivsel", {
        serviceUrl: running.connector.serviceUrl,
        conversationId: "dead-2",
      }),
    );
    expect(cardText(firstCard((await running.connector.waitFor("dead-2"))[0]))).toContain("trivsel");
  });

  it("a feedback answer gets a card asking to try again, and nothing crashes", async () => {
    const response = await running.app.post(
      "/api/messages",
      executeActivity(
        "submitFeedback",
        { verb: "submitFeedback", promptId: "p-1", rating: "4" },
        { serviceUrl: running.connector.serviceUrl, conversationId: "dead-4" },
      ),
    );
    expect(response.status).toBe(200);
    expect(cardText(response.body.value)).toContain("Dit svar blev ikke gemt");
  });

  it("a meeting that ends while the database is down is answered with 200, and questions still work after", async () => {
    const response = await running.app.post(
      "/api/messages",
      meetingEndActivity("Møde", { serviceUrl: running.connector.serviceUrl, conversationId: "dead-5" }),
    );
    expect(response.status).toBe(200);
    await running.app.post(
      "/api/messages",
      messageActivity("hvad er sund drift", {
        serviceUrl: running.connector.serviceUrl,
        conversationId: "dead-6",
      }),
    );
    expect(cardText(firstCard((await running.connector.waitFor("dead-6"))[0]))).toContain("Pejlemærket");
  });

  it("a submitted rating that fails gets a card saying something went wrong", async () => {
    await running.app.post(
      "/api/messages",
      submitActivity(
        { verb: "rateAnswer", rating: "down", answer },
        { serviceUrl: running.connector.serviceUrl, conversationId: "dead-3" },
      ),
    );
    expect(cardText(firstCard((await running.connector.waitFor("dead-3"))[0]))).toContain(
      "Der gik noget galt",
    );
  });
});
