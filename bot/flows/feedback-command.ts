/** A chat message that asks for feedback rather than asking a question. */
export type FeedbackCommand = { kind: "open"; title?: string } | { kind: "results" };

/** Longest prompt title kept; the card and the database use the same limit. */
export const maxPromptTitleLength = 200;

/**
 * Recognises `feedback <titel>` (open a prompt in this chat, e.g. `feedback Dialogmøde: Det trygge
 * kollegaskab`), `feedback` alone (a prompt with the default title) and `feedback resultater` /
 * `feedback results` (the results, for leaders). A `feedback …` that reads as a question ("feedback hos
 * anklagerne?", "feedback – hvad siger strategien") is a question about feedback, answered by the search:
 * no prompt is opened in the chat on its behalf.
 */
export function recognizeFeedbackCommand(text: string): FeedbackCommand | undefined {
  const match = /^\s*\/?feedback\b[\s:–-]*(.*)$/is.exec(text);
  if (!match) return undefined;
  const rest = (match[1] ?? "").replace(/\s+/g, " ").trim();
  if (/^(resultater|results|resultat)$/i.test(rest)) return { kind: "results" };
  if (readsAsQuestion(rest)) return undefined;
  return rest ? { kind: "open", title: [...rest].slice(0, maxPromptTitleLength).join("") } : { kind: "open" };
}

/** A question mark at the end, or a question word anywhere: prompt titles are names of meetings and topics. */
function readsAsQuestion(text: string): boolean {
  return (
    /\?\s*$/.test(text) ||
    /(^|[\s,–-])(hvad|hvordan|hvorfor|hvem|hvilke|hvilken|hvilket|hvornår|hvornaar|hvor|what|how|why|who|which|when|where)(\s|$)/i.test(
      text,
    )
  );
}
