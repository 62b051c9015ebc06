import type { AnswerForResults } from "./feedback-store.ts";
import type { CommentResult, Distribution, GroupResult, HiddenReason } from "./results-model.ts";

/** A group's figures when shown (count, mean to one decimal, distribution), or only why it is hidden. */
export function groupResult(
  answers: readonly AnswerForResults[],
  hidden: HiddenReason | undefined,
): GroupResult {
  if (hidden) return { hidden: true, reason: hidden };
  const distribution: Distribution = [0, 0, 0, 0, 0];
  for (const answer of answers) distribution[answer.rating - 1]++;
  const sum = answers.reduce((total, answer) => total + answer.rating, 0);
  const mean = Math.round((sum / answers.length) * 10) / 10;
  return { hidden: false, count: answers.length, mean, distribution };
}

/**
 * A shown prompt's comments, newest first, dated to the day (an exact time could point to the person),
 * with a name only on an answer whose author unticked "anonymous".
 */
export function commentsOf(answers: readonly AnswerForResults[]): CommentResult[] {
  return [...answers]
    .filter((answer) => answer.comment?.trim())
    .sort((a, b) => b.answeredAt.getTime() - a.answeredAt.getTime())
    .map((answer): CommentResult => {
      const comment = { text: answer.comment?.trim() ?? "", on: copenhagenDate.format(answer.answeredAt) };
      const name = answer.anonymous ? undefined : answer.respondentName?.trim();
      return name ? { ...comment, name } : comment;
    });
}

/** The ISO 8601 week (`2025-W07`) an instant falls in, in Copenhagen, where the app's users are. */
export function copenhagenWeek(instant: Date): string {
  const day = Date.parse(copenhagenDate.format(instant));
  // Weeks start on Monday; week 1 holds the year's first Thursday.
  const thursday = new Date(day + (3 - ((new Date(day).getUTCDay() + 6) % 7)) * dayMs);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / dayMs / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

const dayMs = 86_400_000;

/** Formats an instant as its day in Copenhagen, `2025-03-04` (Swedish dates are ISO 8601). */
const copenhagenDate = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });
