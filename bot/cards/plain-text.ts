/** Longest text `plainText` returns unless told otherwise; longer than any paragraph of the strategy. */
export const defaultMaxTextLength = 2000;

/**
 * Characters Teams' card markdown can act on anywhere in a line: escape, emphasis, strikethrough, link
 * brackets, code and HTML. `(`, `)` and `!` only matter after a `]` or before a `[`, which are escaped,
 * so they stay as they are: Teams' mobile clients show escaping backslashes literally, so every escape
 * that is not needed would be a stray `\` in a quote on a phone.
 */
const inlineMarkdown = /[\\*_~[\]`<>]/g;

/** Block markers that start a list, heading or quote when they open the text. */
const leadingMarker = /^(?:[-+#]|\d+[.)])/;

/**
 * Makes any text safe to show in a TextBlock or Fact as exactly what it says: markdown and HTML
 * characters are escaped, a leading list marker (`- `, `1.`) too, control characters and line breaks
 * become single spaces, bidi overrides are dropped, and text longer than `maxLength` (counted after
 * escaping) is cut at a character boundary and ends with "…". Used for everything a user typed and for
 * every quote from the strategy, so it runs for every paragraph of every reply: whole-string
 * replacements, no array per character.
 */
export function plainText(text: string, maxLength = defaultMaxTextLength): string {
  const normalised = normalise(text);
  const marker = leadingMarker.exec(normalised);
  // A marker's characters are never inline markdown, so its last one is escaped on its own.
  const cut = marker ? marker[0].length - 1 : 0;
  const escaped = `${normalised.slice(0, cut)}${marker ? "\\" : ""}${normalised.slice(cut).replace(inlineMarkdown, "\\$&")}`;
  return escaped.length <= maxLength ? escaped : truncate(escaped, maxLength);
}

/**
 * Anything `normalise` would change: a control or space character other than one plain space, two
 * spaces, a space at either end, a bidi override, a surrogate (paired ones too, to be safe) or `{{`.
 * Most quotes have none, and the check is much cheaper than the Unicode-aware replacements.
 */
const needsNormalising =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202a-\u202f\u205f\u2066-\u2069\u3000\ufeff\ud800-\udfff]| {2}|\{\{|^ | $/;

function normalise(text: string): string {
  if (!needsNormalising.test(text)) return text;
  return (
    text
      .replace(/[\p{Cc}\s]+/gu, " ")
      .replace(/[\p{Cs}\u202A-\u202E\u2066-\u2069]/gu, "")
      // Teams expands `{{DATE(…)}}` and `{{TIME(…)}}` in TextBlocks; an invisible space stops that.
      .replace(/\{(?=\{)/g, "{\u200B")
      .trim()
  );
}

/** Cuts escaped text to `maxLength` with "…", never inside an escape (`\*`) or a two-unit character. */
function truncate(escaped: string, maxLength: number): string {
  let result = "";
  for (const piece of escaped.match(/\\.|./gsu) ?? []) {
    if (result.length + piece.length > maxLength - 1) break;
    result += piece;
  }
  return `${result.trimEnd()}…`;
}
