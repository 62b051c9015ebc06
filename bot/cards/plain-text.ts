/** Longest text `plainText` returns unless told otherwise; longer than any paragraph of the strategy. */
export const defaultMaxTextLength = 2000;

/**
 * Characters Teams' card markdown can act on anywhere in a line: escape, emphasis, strikethrough, link
 * brackets, code and HTML. `(`, `)` and `!` only matter after a `]` or before a `[`, which are escaped,
 * so they stay as they are: Teams' mobile clients show escaping backslashes literally, so every escape
 * that is not needed would be a stray `\` in a quote on a phone.
 */
const inlineMarkdown = new Set(["\\", "*", "_", "~", "[", "]", "`", "<", ">"]);

/** Block markers that start a list, heading or quote when they open the text. */
const leadingMarker = /^(?:[-+#]|\d+[.)])/;

/**
 * Makes any text safe to show in a TextBlock or Fact as exactly what it says: markdown and HTML
 * characters are escaped, a leading list marker (`- `, `1.`) too, control characters and line breaks
 * become single spaces, bidi overrides are dropped, and text longer than `maxLength` (counted after
 * escaping) is cut at a character boundary and ends with "…". Used for everything a user typed and for
 * every quote from the strategy.
 */
export function plainText(text: string, maxLength = defaultMaxTextLength): string {
  const characters = [...normalise(text)];
  const pieces = characters.map((character) =>
    inlineMarkdown.has(character) ? `\\${character}` : character,
  );
  const marker = leadingMarker.exec(characters.join(""));
  if (marker) {
    const last = marker[0].length - 1;
    pieces[last] = `\\${characters[last]}`;
  }
  return truncate(pieces, maxLength);
}

function normalise(text: string): string {
  return (
    text
      .replace(/[\p{Cc}\s]+/gu, " ")
      .replace(/[\p{Cs}\u202A-\u202E\u2066-\u2069]/gu, "")
      // Teams expands `{{DATE(…)}}` and `{{TIME(…)}}` in TextBlocks; an invisible space stops that.
      .replace(/\{(?=\{)/g, "{\u200B")
      .trim()
  );
}

function truncate(pieces: string[], maxLength: number): string {
  const whole = pieces.join("");
  if (whole.length <= maxLength) return whole;
  let result = "";
  for (const piece of pieces) {
    if (result.length + piece.length > maxLength - 1) break;
    result += piece;
  }
  return `${result.trimEnd()}…`;
}
