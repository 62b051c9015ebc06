/**
 * What kind of answer a question wants. "How many" is answered only by a number and "when" only by a
 * time; a paragraph on the right topic without one does not answer it, and the honest reply is that
 * the strategy does not say.
 */
export type ExpectedAnswer = "number" | "time";

const asksForNumber = /\b(hvor (mange|meget)|how (many|much))\b/;
const asksForTime = /\b(hvornaar|hvornar|when|what times?|hvilket tidspunkt|hvilken dato|which date)\b/;

/** The kind of answer a question (lower-case, æøå folded) asks for, if it asks for a specific kind. */
export function expectedAnswer(foldedQuestion: string): ExpectedAnswer | undefined {
  if (asksForNumber.test(foldedQuestion)) return "number";
  if (asksForTime.test(foldedQuestion)) return "time";
  return undefined;
}

/** Counts in digits or words; a year is not a count. */
const number =
  /\b((?!(19|20)\d\d\b)\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|tredive|fyrre|halvtreds|hundrede|tusind|millioner?)\b/i;
/** Years, seasons, months, and the words that place something in time. */
const time =
  /\b((19|20)\d\d|siden|dagligt?|ugentlig|hver (dag|uge|måned|år)|sommer\w*|vinter\w*|forår\w*|efterår\w*|\w*halvår\w*|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/i;

/** Whether a paragraph gives the kind of answer asked for. */
export function givesAnswer(paragraph: string, expected: ExpectedAnswer | undefined): boolean {
  if (expected === "number") return number.test(paragraph);
  if (expected === "time") return time.test(paragraph);
  return true;
}
