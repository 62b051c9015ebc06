import { describe, expect, it } from "vitest";
import type { FeedbackAnswer } from "../../core/feedback/feedback-store.ts";
import {
  expectStoreError,
  type MakeStore,
  newAnswer,
  newPrompt,
  useFreshStore,
} from "./contract-fixtures.ts";

/** Migrations run twice, rows the database must refuse, and many writes at once. */
export function integrityContract(makeStore: MakeStore): void {
  describe("integrity", () => {
    const store = useFreshStore(makeStore);

    it("migrates a second time without harm", async () => {
      const prompt = await store().createPrompt(newPrompt());
      await store().saveAnswer(newAnswer(prompt.id));
      await store().migrate();
      await store().migrate();
      expect(await store().countAnswers(prompt.id)).toBe(1);
      expect(await store().ping()).toBe(true);
    });

    it("refuses answers the schema does not allow, and stores nothing", async () => {
      const prompt = await store().createPrompt(newPrompt());
      const refused: Partial<FeedbackAnswer>[] = [
        { rating: 6 as FeedbackAnswer["rating"] },
        { rating: 0 as FeedbackAnswer["rating"] },
        { rating: 2.5 as FeedbackAnswer["rating"] },
        { comment: "x".repeat(1001) },
        { topic: "x".repeat(201) },
        { respondentKey: "k".repeat(201) },
        { answeredAt: new Date(Number.NaN) },
      ];
      for (const overrides of refused) {
        await expectStoreError(store().saveAnswer(newAnswer(prompt.id, overrides)), 400);
      }
      expect(await store().countAnswers(prompt.id)).toBe(0);

      // The limits themselves are allowed; length is counted in characters, not bytes.
      await store().saveAnswer(newAnswer(prompt.id, { comment: "æ".repeat(1000), topic: "ø".repeat(200) }));
      expect((await store().getAnswer(prompt.id, "r1"))?.comment).toHaveLength(1000);
    });

    it("refuses prompts the schema does not allow, and stores nothing", async () => {
      await expectStoreError(store().createPrompt(newPrompt({ title: "x".repeat(201) })), 400);
      await expectStoreError(store().createPrompt(newPrompt({ tenantId: "t".repeat(201) })), 400);
      await expectStoreError(store().createPrompt(newPrompt({ unitId: "" })), 400);
      await expectStoreError(store().createPrompt(newPrompt({ kind: "survey" as "chat" })), 400);
      await expectStoreError(store().createPrompt(newPrompt({ kind: "tab" })), 400);
      expect(await store().listPrompts({})).toEqual([]);
      await store().createPrompt(newPrompt({ title: "x".repeat(200) }));
      expect(await store().listPrompts({})).toHaveLength(1);
    });

    it("stores all of 500 answers saved at once to 50 prompts", async () => {
      const prompts = await Promise.all(Array.from({ length: 50 }, () => store().createPrompt(newPrompt())));
      const saves = Array.from({ length: 500 }, (_, i) =>
        store().saveAnswer(
          newAnswer(prompts[i % 50]?.id ?? "", {
            respondentKey: `respondent-${i}`,
            rating: ((i % 5) + 1) as FeedbackAnswer["rating"],
          }),
        ),
      );
      const results = await Promise.all(saves);
      expect(results.every((result) => !result.replaced)).toBe(true);
      const counts = await Promise.all(prompts.map((prompt) => store().countAnswers(prompt.id)));
      expect(counts).toEqual(Array(50).fill(10));
      expect(await store().answersFor({ promptIds: prompts.map((prompt) => prompt.id) })).toHaveLength(500);
    });
  });
}
