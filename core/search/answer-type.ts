/**
 * What kind of answer a question wants. "How many" is answered only by a count of the thing asked
 * about and "when" only by a time; a paragraph on the right topic without one does not answer it, and
 * the honest reply is that the strategy does not say.
 */
export type ExpectedAnswer = "number" | "time";

const asksForNumber = /\b(hvor (mange|meget)|how (many|much))\b/;
/**
 * "When" asks for a time only as the question's first word: in the middle of a sentence it is a
 * conjunction ("who answers when people call"). (At the start, `hvornår` can still mean "under what
 * circumstances"; such a question is then answered "not found" — the honest side to err on.)
 */
const asksForTime =
  /^(hvornaar|hvornar|hvornår|when|what time|at what time|hvilket tidspunkt|hvilken dato|which date)\b/;

/** The kind of answer a question (lower-case, æøå folded) asks for, if it asks for a specific kind. */
export function expectedAnswer(foldedQuestion: string): ExpectedAnswer | undefined {
  if (asksForNumber.test(foldedQuestion)) return "number";
  if (asksForTime.test(foldedQuestion.trimStart())) return "time";
  return undefined;
}

const countWords =
  "(?:(?!(?:19|20)\\d\\d\\b)\\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|tredive|fyrre|halvtreds|hundrede|tusind|millioner?)";
/** A count and the word it counts: `fire kommuner`, `to pejlemærker`, `114` is no count (no word after). */
const countedThing = new RegExp(`\\b${countWords}\\s+(\\p{L}+)`, "giu");
/** Years, seasons, months, and the words that place something in time. */
const time =
  /\b((19|20)\d\d|siden|dagligt?|ugentlig|hver (dag|uge|måned|år)|sommer\w*|vinter\w*|forår\w*|efterår\w*|\w*halvår\w*|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/i;

/**
 * Whether a paragraph gives the kind of answer asked for. For a count, the counted word must be one the
 * question asks about (`isAskedAbout`), so "hvor mange betjente" is not answered by "to indsatsområder".
 */
export function givesAnswer(
  paragraph: string,
  expected: ExpectedAnswer | undefined,
  isAskedAbout: (word: string) => boolean = () => true,
): boolean {
  if (expected === "number")
    return [...paragraph.matchAll(countedThing)].some((match) => isAskedAbout(match[1] ?? ""));
  if (expected === "time") return time.test(paragraph);
  return true;
}
