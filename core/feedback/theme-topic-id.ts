/** The prefix that marks a yearly theme among topic ids; item ids never contain a colon. */
const themeTopicPrefix = "tema:";

/**
 * A theme's topic id, as answers store it: "Det trygge kollegaskab" → "tema:det-trygge-kollegaskab"
 * (æ, ø, å as ae, oe, aa). Here in `core/` because both the meeting card (which offers themes) and the
 * results (which name them again) need the same id.
 */
export function themeTopicId(theme: string): string {
  const kebab = theme
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${themeTopicPrefix}${kebab}`;
}
