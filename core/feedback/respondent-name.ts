/** Longest name kept with an answer: what the database holds. Entra allows display names of 256. */
export const maxRespondentNameLength = 200;

/**
 * A display name as it is stored with an answer whose author unticked "anonymous": control characters
 * become spaces (PostgreSQL refuses NUL), and a name longer than the database holds is cut rather than
 * making the answer impossible to save. Undefined when no name is left.
 */
export function storedRespondentName(name: string | undefined): string | undefined {
  const cleaned = [...(name ?? "").replace(/\p{Cc}/gu, " ").trim()]
    .slice(0, maxRespondentNameLength)
    .join("")
    .trim();
  return cleaned || undefined;
}

/** `{ respondentName }` for an answer, or nothing when no name is left: spread into a `FeedbackAnswer`. */
export function respondentNameField(name: string | undefined): { respondentName?: string } {
  const respondentName = storedRespondentName(name);
  return respondentName ? { respondentName } : {};
}
