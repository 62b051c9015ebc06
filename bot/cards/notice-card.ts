import type { Locale } from "../i18n/locale.ts";
import { uiStrings } from "../i18n/ui-strings.ts";
import { type AdaptiveCard, adaptiveCard, textBlock } from "./adaptive-card.ts";
import { helpButton } from "./navigation-buttons.ts";

/** The short system replies; `tooLong` also says how long a question may be. */
export type NoticeCardInput =
  | { locale: Locale; kind: "unknownAction" | "emptyQuestion" | "error" | "slowDown" }
  | { locale: Locale; kind: "tooLong"; maxLength: number };

/**
 * A one-line reply for a button that no longer works, an empty or too long question, an error or a flood.
 */
export function noticeCard(input: NoticeCardInput): AdaptiveCard {
  const t = uiStrings(input.locale);
  const text = input.kind === "tooLong" ? t.tooLong(input.maxLength) : t[input.kind];
  return adaptiveCard([textBlock(text)], [helpButton(t)]);
}
