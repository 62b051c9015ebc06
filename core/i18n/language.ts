/** The languages the app's own words come in. The strategy's text is always Danish, whatever the language. */
export type Language = "da" | "en";

/** Every language, Danish first: the staff's working language and the default. */
const languages: readonly Language[] = ["da", "en"];

/**
 * The one locale rule, for the bot (the `locale` Teams sends with an activity), the tab (the Teams
 * context's locale, or `navigator.language` outside Teams) and the CSV: a Danish locale (`da`, `da-DK`,
 * `da_DK`) gives Danish, and so does a missing or empty one, because Danish is the staff's working
 * language; any other language gives English, the one other language the app speaks.
 */
export function languageOf(locale: string | undefined): Language {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return !primary || primary === "da" ? "da" : "en";
}

/** Whether a value names one of the app's languages exactly (`da` or `en`), e.g. a `lang` query parameter. */
export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}
