import type { PromptKind } from "./feedback-store.ts";
import type { QuestionId, QuestionInfo } from "./results-model.ts";

/**
 * The two questions staff answer, in the order results show them, worded as the meeting card
 * (`bot/i18n/*-strings.ts`) and the tab's rating row (`tab/web/*-strings.ts`) ask them.
 */
export const questions: readonly QuestionInfo[] = [
  {
    id: "meetingUsefulness",
    text: { da: "Hvor nyttigt var mødet?", en: "How useful was the meeting?" },
    scale: {
      da: ["Slet ikke nyttigt", "Lidt nyttigt", "Nogenlunde nyttigt", "Nyttigt", "Meget nyttigt"],
      en: ["Not at all useful", "Slightly useful", "Fairly useful", "Useful", "Very useful"],
    },
  },
  {
    id: "initiativeQuality",
    text: { da: "Hvor godt er initiativet?", en: "How good is the initiative?" },
    scale: {
      da: ["Meget dårligt", "Dårligt", "Hverken godt eller dårligt", "Godt", "Meget godt"],
      en: ["Very poor", "Poor", "Neither good nor poor", "Good", "Very good"],
    },
  },
];

/** The question a prompt asks: the tab rates initiatives; meetings and chat prompts rate a meeting. */
export function questionOf(kind: PromptKind): QuestionId {
  return kind === "tab" ? "initiativeQuality" : "meetingUsefulness";
}

/** Where a question comes in `questions`, for sorting. */
export function questionOrder(id: QuestionId): number {
  return questions.findIndex((question) => question.id === id);
}
