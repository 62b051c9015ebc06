/** The languages the bot's own texts come in. The strategy quotes are always Danish. */
export type Locale = "da" | "en";

/**
 * Picks the bot's language from the `locale` Teams sends with an activity (`da-DK`, `en-US`, …).
 * Danish is the default because it is the staff's working language: a missing or empty locale gives
 * Danish, and any other language gives English, the one other language the bot speaks.
 */
export function localeFromTeams(locale?: string): Locale {
  const language = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return !language || language === "da" ? "da" : "en";
}
