import { describe } from "vitest";
import { answerContract } from "./contract-answers.ts";
import type { MakeStore } from "./contract-fixtures.ts";
import { integrityContract } from "./contract-integrity.ts";
import { meetingEndContract } from "./contract-meeting-ends.ts";
import { promptContract } from "./contract-prompts.ts";
import { ratingAndConversationContract } from "./contract-ratings-conversations.ts";

/**
 * The behaviour every `FeedbackStore` engine must have, as one suite each engine's test file runs
 * (like Hono's shared router tests). `makeStore` returns a fresh, empty store that is not yet migrated;
 * every test gets its own and closes it afterwards.
 */
export function runStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name}: FeedbackStore contract`, () => {
    promptContract(makeStore);
    answerContract(makeStore);
    ratingAndConversationContract(makeStore);
    integrityContract(makeStore);
    meetingEndContract(makeStore);
  });
}
