/**
 * Data protection: free-text comments are deleted `COMMENT_RETENTION_MONTHS` after they were given,
 * the numbers stay. The schedule runs on a fake clock; the app's own start-up sweep on a real SQLite file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { monthsBefore, scheduleRetention } from "../../core/feedback/retention.ts";
import { createSqliteStore } from "../../core/feedback/sqlite-store.ts";
import { startConnectorStandIn } from "../../harness/connector-stand-in.ts";
import { executeActivity, meetingEndActivity } from "../../harness/teams-activities.ts";
import { postJson, startAppWithLogs } from "./ops-app.ts";

afterEach(() => {
  vi.useRealTimers();
});

const quiet = pino({ level: "silent" });
const at = (iso: string) => new Date(iso);

describe("monthsBefore", () => {
  it("goes back whole calendar months, to the month's last day when it is shorter", () => {
    expect(monthsBefore(at("2025-06-15T08:00:00Z"), 12)).toEqual(at("2024-06-15T08:00:00Z"));
    expect(monthsBefore(at("2025-03-31T12:00:00Z"), 1)).toEqual(at("2025-02-28T12:00:00Z"));
    expect(monthsBefore(at("2024-03-31T12:00:00Z"), 1)).toEqual(at("2024-02-29T12:00:00Z"));
    expect(monthsBefore(at("2025-01-10T00:00:00Z"), 13)).toEqual(at("2023-12-10T00:00:00Z"));
  });
});

describe("scheduleRetention", () => {
  it("sweeps once the schema is ready, then every day, each time up to `months` before now; stop ends it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.setSystemTime(at("2025-06-01T03:00:00Z"));
    const cutOffs: string[] = [];
    const meetingEndCutOffs: string[] = [];
    const store = {
      deleteCommentsBefore: async (before: Date) => {
        cutOffs.push(before.toISOString());
        return 2;
      },
      forgetMeetingEndsBefore: async (before: Date) => {
        meetingEndCutOffs.push(before.toISOString());
        return 0;
      },
    };
    let migrated: () => void = () => undefined;
    const after = new Promise<void>((resolve) => {
      migrated = resolve;
    });
    const retention = scheduleRetention({ store, months: 12, logger: quiet, after });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(cutOffs).toEqual([]);
    migrated();
    await vi.advanceTimersByTimeAsync(0);
    expect(cutOffs).toEqual(["2024-06-01T03:01:00.000Z"]);
    expect(meetingEndCutOffs).toEqual(["2025-05-02T03:01:00.000Z"]);
    await vi.advanceTimersByTimeAsync(24 * 60 * 60 * 1000);
    expect(cutOffs).toEqual(["2024-06-01T03:01:00.000Z", "2024-06-02T03:01:00.000Z"]);
    await retention.stop();
    await vi.advanceTimersByTimeAsync(3 * 24 * 60 * 60 * 1000);
    expect(cutOffs).toHaveLength(2);
  });

  it("retries an hour after a failed sweep, and with 0 months never deletes a comment", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    let calls = 0;
    const flaky = {
      deleteCommentsBefore: async () => {
        calls++;
        if (calls === 1) throw new Error("store: deleteCommentsBefore: connection lost");
        return 0;
      },
      forgetMeetingEndsBefore: async () => 0,
    };
    const retention = scheduleRetention({ store: flaky, months: 6, logger: quiet });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(calls).toBe(2);
    await retention.stop();

    const never = {
      deleteCommentsBefore: vi.fn(async () => 0),
      forgetMeetingEndsBefore: vi.fn(async () => 0),
    };
    const off = scheduleRetention({ store: never, months: 0, logger: quiet });
    await vi.advanceTimersByTimeAsync(2 * 24 * 60 * 60 * 1000);
    expect(await off.sweep()).toBe(0);
    expect(never.deleteCommentsBefore).not.toHaveBeenCalled();
    // Meeting ends are forgotten whatever the comment retention.
    expect(never.forgetMeetingEndsBefore).toHaveBeenCalled();
    await off.stop();
  });

  it("deletes old comments and keeps their ratings, topics and names, and every newer comment", async () => {
    const store = createSqliteStore({ file: ":memory:", logger: quiet });
    await store.migrate();
    const prompt = await store.createPrompt({
      tenantId: "t",
      conversationId: "19:m@thread.v2",
      kind: "meeting",
      title: "Ledermøde",
      createdAt: at("2024-01-01T00:00:00Z"),
      closesAt: at("2026-01-01T00:00:00Z"),
    });
    const answer = (key: string, answeredAt: string, comment?: string) =>
      store.saveAnswer({
        promptId: prompt.id,
        respondentKey: key,
        rating: 4,
        topic: "trivsel",
        anonymous: key !== "old",
        ...(key === "old" ? { respondentName: "Kollega Gammel" } : {}),
        ...(comment ? { comment } : {}),
        answeredAt: at(answeredAt),
      });
    await answer("old", "2024-02-01T00:00:00Z", "for gammel");
    await answer("recent", "2024-12-01T00:00:00Z", "stadig her");
    await store.saveRating({
      respondentKey: "old",
      itemId: "forord",
      paragraphIndexes: [0],
      rating: "up",
      ratedAt: at("2023-01-01T00:00:00Z"),
    });
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const retention = scheduleRetention({ store, months: 12, logger, now: () => at("2025-06-01T00:00:00Z") });
    expect(await retention.sweep()).toBe(1);
    await retention.stop();

    const answers = await store.answersFor({});
    expect(
      answers.map(({ comment, rating, topic, respondentName }) => ({
        comment,
        rating,
        topic,
        respondentName,
      })),
    ).toEqual([
      { comment: undefined, rating: 4, topic: "trivsel", respondentName: "Kollega Gammel" },
      { comment: "stadig her", rating: 4, topic: "trivsel", respondentName: undefined },
    ]);
    expect((await store.ratingTotals()).get("forord")).toEqual({ up: 1, down: 0 });
    expect(lines.at(-1)).toMatchObject({
      deleted: 1,
      months: 12,
      msg: "feedback: comments past retention deleted",
    });
    expect(JSON.stringify(lines)).not.toContain("for gammel");
    await store.close();
  });
});

describe("the app", () => {
  it("sweeps at start-up with COMMENT_RETENTION_MONTHS, after the schema is migrated", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "retention-")), "feedback.sqlite");
    const connector = await startConnectorStandIn();
    let now = at("2024-01-10T09:00:00Z");
    const first = await startAppWithLogs({ SQLITE_FILE: file }, { now: () => now });
    const answerMeeting = async (conversationId: string, comment: string) => {
      const serviceUrl = connector.serviceUrl;
      await first.request(
        "/api/messages",
        postJson(meetingEndActivity("Møde", { serviceUrl, conversationId })),
      );
      const card = JSON.stringify((await connector.waitFor(conversationId))[0]?.activity);
      const promptId = /"promptId":"([^"]+)"/.exec(card)?.[1] ?? "";
      const data = { verb: "submitFeedback", promptId, rating: "3", comment };
      const reply = await first.request(
        "/api/messages",
        postJson(executeActivity("submitFeedback", data, { serviceUrl, conversationId })),
      );
      expect(reply.status).toBe(200);
    };
    await answerMeeting("19:meeting_old@thread.v2", "en gammel kommentar");
    now = at("2025-05-20T09:00:00Z");
    await answerMeeting("19:meeting_new@thread.v2", "en ny kommentar");
    await first.close();

    const second = await startAppWithLogs(
      { SQLITE_FILE: file, COMMENT_RETENTION_MONTHS: "12" },
      { now: () => at("2025-06-01T00:00:00Z") },
    );
    expect(await second.logged(/comments past retention deleted/)).toMatchObject({ deleted: 1, months: 12 });
    await second.close();
    await connector.close();

    const store: FeedbackStore = createSqliteStore({ file, logger: quiet });
    const answers = (await store.answersFor({})).sort(
      (a, b) => a.answeredAt.getTime() - b.answeredAt.getTime(),
    );
    expect(answers.map((a) => [a.rating, a.comment])).toEqual([
      [3, undefined],
      [3, "en ny kommentar"],
    ]);
    await store.close();
  });
});
