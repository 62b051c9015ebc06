import { describe, expect, it } from "vitest";
import {
  expectStoreError,
  type MakeStore,
  minutesAfterStart,
  newAnswer,
  newPrompt,
  useFreshStore,
} from "./contract-fixtures.ts";

/** Answers: save, replace, latest wins, count, results without keys, comment clean-up. */
export function answerContract(makeStore: MakeStore): void {
  describe("answers", () => {
    const store = useFreshStore(makeStore);

    it("saves an answer, and a second one by the same respondent replaces it", async () => {
      const prompt = await store().createPrompt(newPrompt());
      const first = newAnswer(prompt.id, {
        topic: "tryghed",
        comment: "Godt møde",
        answeredAt: minutesAfterStart(5),
      });
      expect(await store().saveAnswer(first)).toEqual({ replaced: false });
      expect(await store().getAnswer(prompt.id, "r1")).toEqual(first);

      const second = newAnswer(prompt.id, {
        rating: 2,
        anonymous: false,
        respondentName: "Mette Hansen",
        answeredAt: minutesAfterStart(6),
      });
      expect(await store().saveAnswer(second)).toEqual({ replaced: true });
      expect(await store().getAnswer(prompt.id, "r1")).toEqual(second);
      expect(await store().countAnswers(prompt.id)).toBe(1);
      expect(await store().getAnswer(prompt.id, "r2")).toBeUndefined();
    });

    it("keeps the newer answer when an older one arrives late", async () => {
      const prompt = await store().createPrompt(newPrompt());
      const newer = newAnswer(prompt.id, { rating: 5, answeredAt: minutesAfterStart(20) });
      await store().saveAnswer(newer);
      const older = newAnswer(prompt.id, { rating: 1, comment: "retry", answeredAt: minutesAfterStart(19) });
      expect(await store().saveAnswer(older)).toEqual({ replaced: false });
      expect(await store().getAnswer(prompt.id, "r1")).toEqual(newer);
    });

    it("counts answers per prompt", async () => {
      const [a, b] = await Promise.all([
        store().createPrompt(newPrompt()),
        store().createPrompt(newPrompt()),
      ]);
      if (!a || !b) throw new Error("test: prompts not created");
      for (const key of ["r1", "r2", "r3"]) await store().saveAnswer(newAnswer(a.id, { respondentKey: key }));
      await store().saveAnswer(newAnswer(b.id));
      expect(await store().countAnswers(a.id)).toBe(3);
      expect(await store().countAnswers(b.id)).toBe(1);
      expect(await store().countAnswers("no-such-prompt")).toBe(0);
    });

    it("gives results without respondent keys, and names only of those who gave them", async () => {
      const prompt = await store().createPrompt(newPrompt({ unitId: "u1" }));
      const other = await store().createPrompt(newPrompt({ tenantId: "t2" }));
      await store().saveAnswer(
        newAnswer(prompt.id, { respondentKey: "r1", anonymous: false, respondentName: "Ali" }),
      );
      // A name passed with an anonymous answer is not kept at all.
      await store().saveAnswer(newAnswer(prompt.id, { respondentKey: "r2", respondentName: "Bo" }));
      await store().saveAnswer(newAnswer(other.id, { respondentKey: "r3" }));

      const results = await store().answersFor({ promptIds: [prompt.id] });
      expect(results).toHaveLength(2);
      for (const result of results) expect(Object.keys(result)).not.toContain("respondentKey");
      expect(results.map((result) => result.respondentName).sort()).toEqual(["Ali", undefined]);
      expect(JSON.stringify(await store().answersFor({}))).not.toMatch(/"r[123]"/);
      expect((await store().getAnswer(prompt.id, "r2"))?.respondentName).toBeUndefined();

      expect(await store().answersFor({ tenantId: "t2" })).toEqual([newAnswerForResults(other.id)]);
      expect(await store().answersFor({ unitId: "u1" })).toHaveLength(2);
      expect(await store().answersFor({ kind: "chat" })).toEqual([]);
      expect(await store().answersFor({ since: minutesAfterStart(1) })).toEqual([]);
      expect(await store().answersFor({})).toHaveLength(3);
    });

    it("deletes comments given before a time and keeps their ratings", async () => {
      const prompt = await store().createPrompt(newPrompt());
      const early = { comment: "tidlig", topic: "tryghed", answeredAt: minutesAfterStart(10) };
      await store().saveAnswer(newAnswer(prompt.id, { respondentKey: "r1", rating: 2, ...early }));
      await store().saveAnswer(
        newAnswer(prompt.id, { respondentKey: "r2", answeredAt: minutesAfterStart(10) }),
      );
      await store().saveAnswer(
        newAnswer(prompt.id, { respondentKey: "r3", comment: "sen", answeredAt: minutesAfterStart(30) }),
      );

      expect(await store().deleteCommentsBefore(minutesAfterStart(20))).toBe(1);
      expect(await store().getAnswer(prompt.id, "r1")).toEqual(
        newAnswer(prompt.id, {
          respondentKey: "r1",
          rating: 2,
          topic: "tryghed",
          answeredAt: minutesAfterStart(10),
        }),
      );
      expect((await store().getAnswer(prompt.id, "r3"))?.comment).toBe("sen");
      expect(await store().countAnswers(prompt.id)).toBe(3);
      expect(await store().deleteCommentsBefore(minutesAfterStart(20))).toBe(0);
    });

    it("refuses an answer to a prompt that does not exist", async () => {
      await expectStoreError(store().saveAnswer(newAnswer("no-such-prompt")), 400);
    });
  });
}

function newAnswerForResults(promptId: string) {
  const { respondentKey: _, ...rest } = newAnswer(promptId, { respondentKey: "r3" });
  return rest;
}
