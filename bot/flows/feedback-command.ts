/** A chat message that asks for feedback rather than asking a question. */
export type FeedbackCommand = { kind: "open"; title?: string } | { kind: "results" };

/** Longest prompt title kept; the card and the database use the same limit. */
export const maxPromptTitleLength = 200;

/**
 * Recognises `feedback <titel>` (open a prompt in this chat, e.g. `feedback Dialogmøde: Det trygge
 * kollegaskab`), `feedback` alone (a prompt with the default title) and `feedback resultater` /
 * `feedback results` (the results, for leaders).
 */
export function recognizeFeedbackCommand(text: string): FeedbackCommand | undefined {
  const match = /^\s*\/?feedback\b[\s:–-]*(.*)$/is.exec(text);
  if (!match) return undefined;
  const rest = (match[1] ?? "").replace(/\s+/g, " ").trim();
  if (/^(resultater|results|resultat)$/i.test(rest)) return { kind: "results" };
  return rest ? { kind: "open", title: [...rest].slice(0, maxPromptTitleLength).join("") } : { kind: "open" };
}
