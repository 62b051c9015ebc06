import { describe, expect, it } from "vitest";
import { uncertainCandidates } from "../../core/search/choose-or-answer.ts";
import type { ScoredPassage } from "../../core/search/rank-passages.ts";
import { fixtureItem } from "../cards/strategy-fixture.ts";

function scored(itemId: string, score: number, coverage: number, answers = true): ScoredPassage {
  const passage = { id: 0, item: fixtureItem(itemId), paragraphIndex: 0 };
  return { passage, score, coverage, answers, related: true };
}

describe("when the search offers choices instead of an answer", () => {
  it("offers up to three sections when a weak best answer has a close rival from another section", () => {
    const ranked = [
      scored("trivsel", 10, 0.4),
      scored("trivsel", 9.5, 0.4),
      scored("specialenheden-sund-drift", 9, 0.4),
      scored("en-moderne-arbejdsplads", 8.5, 0.38),
      scored("forord", 8, 0.37),
    ];
    expect(uncertainCandidates(ranked)?.map((item) => item.id)).toEqual([
      "trivsel",
      "specialenheden-sund-drift",
      "en-moderne-arbejdsplads",
    ]);
  });

  it("answers when the best passage covers the question well, or no other section comes close", () => {
    expect(uncertainCandidates([scored("trivsel", 10, 0.8), scored("forord", 9.9, 0.8)])).toBeUndefined();
    expect(uncertainCandidates([scored("trivsel", 10, 0.4), scored("forord", 5, 0.4)])).toBeUndefined();
  });

  it("never turns a clear 'not found' into choices", () => {
    expect(
      uncertainCandidates([scored("trivsel", 10, 0.2, false), scored("forord", 9, 0.2, false)]),
    ).toBeUndefined();
  });
});
