import { danish } from "./danish.ts";
import { english } from "./english.ts";
import type { Language } from "./language.ts";
import type { UiText } from "./ui-text.ts";

const textByLanguage: Record<Language, UiText> = { da: danish, en: english };

/** Everything the app says in a language (`languageOf` picks the language from a locale). */
export function textFor(language: Language): UiText {
  return textByLanguage[language];
}
