/**
 * What a reply to a question is, as a machine-readable marker: the `id` of the reply card's first body
 * element. The evaluation (`bench/eval.ts`) and tests read it instead of matching the card's wording,
 * which changes with the locale and with every edit to the UI strings.
 * - `answer`: a quoted passage; the first element is the Container holding the quote.
 * - `structure`: titles and slogans of the strategy's shape; the first element is a Container with them.
 * - `choices`: "Mente du …?" with candidate sections as buttons.
 * - `not-found`: the strategy does not answer the question.
 */
export type ReplyKind = "answer" | "structure" | "choices" | "not-found";

/** Every reply kind, for code that reads the marker back. */
export const replyKinds: readonly ReplyKind[] = ["answer", "structure", "choices", "not-found"];
