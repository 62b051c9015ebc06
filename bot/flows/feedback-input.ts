import type { FeedbackAnswer } from "../../core/feedback/feedback-store.ts";

import { maxCommentLength } from "../cards/feedback-card-parts.ts";

/** What can be wrong with a submitted feedback card, each answered with its own clear card. */
export type FeedbackInputProblem = "missingRating" | "commentTooLong" | "unknownTopic" | "unknownUnit";

/** A feedback card's inputs, checked. */
export interface FeedbackInput {
  rating: FeedbackAnswer["rating"];
  topic?: string;
  comment?: string;
  anonymous: boolean;
  unitId?: string;
}

/**
 * Reads the inputs Teams merges into an `Action.Execute`'s data (`rating`, `topic`, `comment`,
 * `anonymous`, `unitId`, all strings) and checks them against what the card offered. Anything else
 * in the data is ignored; nothing the card could not have sent is accepted.
 */
export function parseFeedbackInput(
  data: Record<string, unknown>,
  allowed: { topicIds: ReadonlySet<string>; unitIds: ReadonlySet<string> },
): { input: FeedbackInput } | { problem: FeedbackInputProblem } {
  const rating = Number(text(data.rating));
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return { problem: "missingRating" };
  const comment = text(data.comment)
    ?.replace(/\p{Cc}/gu, " ")
    .trim();
  if (comment && [...comment].length > maxCommentLength) return { problem: "commentTooLong" };
  const topic = text(data.topic)?.trim();
  if (topic && !allowed.topicIds.has(topic)) return { problem: "unknownTopic" };
  const unitId = text(data.unitId)?.trim();
  if (unitId && !allowed.unitIds.has(unitId)) return { problem: "unknownUnit" };
  const anonymous = text(data.anonymous) !== "false";
  return {
    input: {
      rating: rating as FeedbackInput["rating"],
      anonymous,
      ...(topic ? { topic } : {}),
      ...(comment ? { comment } : {}),
      ...(unitId ? { unitId } : {}),
    },
  };
}

function text(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}
