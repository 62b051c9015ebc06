import type { Language } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";
import { type AdaptiveCard, adaptiveCard } from "./adaptive-card.ts";
import { textBlock } from "./card-elements.ts";
import { helpButton } from "./navigation-buttons.ts";

/** The short system replies; `tooLong` also says how long a question may be. */
export type NoticeCardInput =
  | { locale: Language; kind: "unknownAction" | "emptyQuestion" | "error" | "slowDown" }
  | { locale: Language; kind: "tooLong"; maxLength: number };

/**
 * A one-line reply for a button that no longer works, an empty or too long question, an error or a flood.
 */
export function noticeCard(input: NoticeCardInput): AdaptiveCard {
  const t = textFor(input.locale);
  const text = input.kind === "tooLong" ? t.bot.tooLong(input.maxLength) : t.bot[input.kind];
  return adaptiveCard([textBlock(text)], [helpButton(t)]);
}
