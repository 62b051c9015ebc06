import type { Strategy } from "../../core/content/strategy.ts";
import type { FeedbackAnswer, FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import { fixtureStrategy } from "./strategy-fixture.ts";

/** The card-test strategy with the yearly themes of `content/strategi-2025/strategy.yaml`. */
export const feedbackStrategy: Strategy = {
  ...fixtureStrategy,
  themes: ["Samarbejde", "Det trygge kollegaskab", "Moralsk stress"],
};

/** A meeting prompt that closes on 4 December 2025 in the afternoon, Copenhagen time. */
export function fixturePrompt(overrides: Partial<FeedbackPrompt> = {}): FeedbackPrompt {
  return {
    id: "prompt-42",
    tenantId: "tenant-1",
    conversationId: "19:meeting_abc@thread.v2",
    kind: "meeting",
    title: "Teammøde om trafiksikkerhed",
    activityId: "activity-1",
    createdAt: new Date("2025-11-27T14:00:00Z"),
    closesAt: new Date("2025-12-04T14:00:00Z"),
    ...overrides,
  };
}

/** A non-anonymous answer with a name and a key that must never show on a shared card. */
export function fixtureAnswer(overrides: Partial<FeedbackAnswer> = {}): FeedbackAnswer {
  return {
    promptId: "prompt-42",
    respondentKey: "hmac-7f3a9c",
    rating: 4,
    topic: "trivsel",
    comment: "Godt møde, men for lang dagsorden.",
    anonymous: false,
    respondentName: "Mette Hansen",
    answeredAt: new Date("2025-11-28T09:00:00Z"),
    ...overrides,
  };
}
