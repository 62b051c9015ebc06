import { describe, expect, it } from "vitest";
import type { AnswerRatingRecord } from "../../core/feedback/feedback-store.ts";
import { expectStoreError, type MakeStore, minutesAfterStart, useFreshStore } from "./contract-fixtures.ts";

function rating(overrides: Partial<AnswerRatingRecord> = {}): AnswerRatingRecord {
  return {
    respondentKey: "r1",
    itemId: "pejlemaerke-1",
    paragraphIndexes: [0, 2],
    rating: "up",
    ratedAt: minutesAfterStart(1),
    ...overrides,
  };
}

/** 👍/👎 ratings (one per person per answer, totals) and what is remembered about conversations. */
export function ratingAndConversationContract(makeStore: MakeStore): void {
  describe("answer ratings", () => {
    const store = useFreshStore(makeStore);

    it("keeps one rating per person and passage, the latest, and totals them per item", async () => {
      await store().saveRating(rating());
      await store().saveRating(
        rating({ rating: "down", paragraphIndexes: [2, 0, 2], ratedAt: minutesAfterStart(2) }),
      );
      // An older rating that arrives late does not undo the newer one.
      await store().saveRating(rating({ rating: "up", ratedAt: minutesAfterStart(0) }));
      await store().saveRating(rating({ respondentKey: "r2" }));
      await store().saveRating(rating({ respondentKey: "r2", paragraphIndexes: [5] }));
      await store().saveRating(rating({ respondentKey: "r3", itemId: "tema-2025", rating: "down" }));

      const totals = await store().ratingTotals();
      expect(Object.fromEntries(totals)).toEqual({
        "pejlemaerke-1": { up: 2, down: 1 },
        "tema-2025": { up: 0, down: 1 },
      });
    });

    it("has no totals before the first rating, and refuses a negative paragraph index", async () => {
      expect((await store().ratingTotals()).size).toBe(0);
      await expectStoreError(store().saveRating(rating({ paragraphIndexes: [-1] })), 400);
    });
  });

  describe("conversations", () => {
    const store = useFreshStore(makeStore);

    it("keeps a conversation reference as the JSON it was given, and replaces it", async () => {
      const reference = {
        activityId: "1741770000000",
        bot: { id: "28:bot", name: "Strategilotsen" },
        conversation: { id: "19:abc@thread.tacv2", isGroup: true, tenantId: "t1" },
        serviceUrl: "https://smba.trafficmanager.net/emea/",
        locale: "da-DK",
        nested: [1, "to", null, { æøå: "ÆØÅ" }],
      };
      await store().saveConversationReference("19:abc@thread.tacv2", reference);
      expect(await store().getConversationReference("19:abc@thread.tacv2")).toEqual(reference);
      await store().saveConversationReference("19:abc@thread.tacv2", { ...reference, locale: "en-US" });
      expect(await store().getConversationReference("19:abc@thread.tacv2")).toMatchObject({
        locale: "en-US",
      });
      expect(await store().getConversationReference("19:other")).toBeUndefined();
    });

    it("ties a conversation to a unit and replaces the tie", async () => {
      expect(await store().getConversationUnit("19:abc@thread.tacv2")).toBeUndefined();
      await store().setConversationUnit("19:abc@thread.tacv2", "u1");
      expect(await store().getConversationUnit("19:abc@thread.tacv2")).toBe("u1");
      await store().setConversationUnit("19:abc@thread.tacv2", "u2");
      expect(await store().getConversationUnit("19:abc@thread.tacv2")).toBe("u2");
      expect(await store().getConversationUnit("19:other")).toBeUndefined();
    });
  });
}
