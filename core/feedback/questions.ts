import { danish } from "../i18n/danish.ts";
import { english } from "../i18n/english.ts";
import type { PromptKind } from "./feedback-store.ts";
import type { QuestionId, QuestionInfo } from "./results-model.ts";

const questionIds: readonly QuestionId[] = ["meetingUsefulness", "initiativeQuality"];

/**
 * The two questions staff answer, in the order results show them, in both languages: their words are
 * the ones the meeting card and the tab's rating row ask them with (`SharedText.questions`).
 */
export const questions: readonly QuestionInfo[] = questionIds.map((id) => ({
  id,
  text: { da: danish.shared.questions[id].text, en: english.shared.questions[id].text },
  scale: { da: danish.shared.questions[id].scale, en: english.shared.questions[id].scale },
}));

/** The question a prompt asks: the tab rates initiatives; meetings and chat prompts rate a meeting. */
export function questionOf(kind: PromptKind): QuestionId {
  return kind === "tab" ? "initiativeQuality" : "meetingUsefulness";
}

/** Where a question comes in `questions`, for sorting. */
export function questionOrder(id: QuestionId): number {
  return questions.findIndex((question) => question.id === id);
}
