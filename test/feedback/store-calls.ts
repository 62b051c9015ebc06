import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import { minutesAfterStart, newAnswer, newPrompt } from "./contract-fixtures.ts";

const meetingEnd = { conversationId: "c1", meetingId: "m1", endTime: "2025-03-10T11:00:00.000Z" };

/** One call of every data method of `store` (not `ping` and `close`), by name, with plausible input. */
export function everyStoreCall(store: FeedbackStore): [string, () => Promise<unknown>][] {
  return [
    ["migrate", () => store.migrate()],
    ["createPrompt", () => store.createPrompt(newPrompt())],
    ["getPrompt", () => store.getPrompt("p1")],
    ["tabPrompt", () => store.tabPrompt("t1", "u1", "unit", "Enheden", minutesAfterStart(60))],
    ["setPromptActivity", () => store.setPromptActivity("p1", "a1")],
    ["setPromptUnit", () => store.setPromptUnit("p1", "u1")],
    ["listPrompts", () => store.listPrompts({ tenantId: "t1" })],
    ["saveAnswer", () => store.saveAnswer(newAnswer("p1"))],
    ["getAnswer", () => store.getAnswer("p1", "r1")],
    ["countAnswers", () => store.countAnswers("p1")],
    ["answersFor", () => store.answersFor({})],
    ["deleteCommentsBefore", () => store.deleteCommentsBefore(minutesAfterStart(0))],
    ["forgetMeetingEndsBefore", () => store.forgetMeetingEndsBefore(minutesAfterStart(0))],
    [
      "saveRating",
      () =>
        store.saveRating({
          respondentKey: "r1",
          itemId: "i1",
          paragraphIndexes: [0],
          rating: "up",
          ratedAt: minutesAfterStart(0),
        }),
    ],
    ["ratingTotals", () => store.ratingTotals()],
    ["saveConversationReference", () => store.saveConversationReference("c1", { id: "c1" })],
    ["getConversationReference", () => store.getConversationReference("c1")],
    ["setConversationUnit", () => store.setConversationUnit("c1", "u1")],
    ["getConversationUnit", () => store.getConversationUnit("c1")],
    ["claimMeetingEnd", () => store.claimMeetingEnd(meetingEnd, minutesAfterStart(0))],
    ["releaseMeetingEnd", () => store.releaseMeetingEnd(meetingEnd)],
  ];
}
