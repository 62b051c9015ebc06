import { mentionsIn, type Split, type TermsOf } from "./mentions.ts";
import { tokenize } from "./tokenize.ts";

/**
 * Words that name a thing without saying which: "udvalgte HR-processer", "en række projekter", "en ny
 * våbenplatform". A paragraph that mentions what a "which ones?" question asks about only this way
 * does not answer it.
 */
const vagueQuantifiers = new Set([
  "udvalgte",
  "række",
  "nogle",
  "forskellige",
  "visse",
  "enkelte",
  "flere",
  "ny",
  "nye",
  "nyt",
  "istandsatte",
  "bestemte",
  "særlige",
]);

/** How far before the asked word a quantifier may stand ("udvalgte og nye lokaliteter"). */
const window = 3;

/**
 * Whether `paragraph` mentions the thing asked about (any word with one of `askedTerms`) only vaguely:
 * every mention has a quantifier of the kind above shortly before it. A paragraph that does not
 * mention it at all is not judged here (the coverage rules do that).
 */
export function mentionsOnlyVaguely(
  paragraph: string,
  askedTerms: ReadonlySet<string>,
  termsOf: TermsOf,
): boolean {
  const { tokens: words, positionsOf } = mentionsIn(paragraph, lowerCaseWords, termsOf);
  const mentions = positionsOf(askedTerms);
  return (
    mentions.length > 0 &&
    mentions.every((position) =>
      words.slice(Math.max(0, position - window), position).some((word) => vagueQuantifiers.has(word)),
    )
  );
}

/** Words and the punctuation that matters for how a noun is specified, case kept. */
const wordsAndMarks = /[\p{L}\p{N}]+|[:;(,.!?–—]/gu;
const wordsAndMarksKept: Split = {
  name: "words and marks",
  tokens: (paragraph) => paragraph.match(wordsAndMarks) ?? [],
};
/** The search's own words: lower case, no punctuation. */
const lowerCaseWords: Split = { name: "words", tokens: tokenize };
/** Words that introduce examples or a list of the thing before them ("kriminalitet såsom vold, …"). */
const introducesExamples = new Set([
  "såsom",
  "fx",
  "eksempelvis",
  "herunder",
  "nemlig",
  "bl",
  "blandt",
  "including",
  "namely",
  "such",
]);
/** Marks that open a list or an aside naming the things (`patruljering – gående, cyklende …`). */
const opensList = new Set([":", "(", "–", "—"]);
/** How many words after a mention may still name it. */
const reach = 4;

/**
 * Whether `paragraph` says which of the thing a plural "which ones?" question asks about it means: some
 * mention of it is followed by a list or examples (`:`, `–`, `såsom`, `fx`, `herunder`, `som tyveri,
 * røveri og vold`) or stands beside a name (`Københavns Byret og Frederiksberg ret`). A bare plural
 * ("hastighedskontroller ved skoler"), a count ("kredsens fire kommuner, som alle bidrager") or a
 * relative clause ("områder, som er udpeget af borgere") names no single one of them. Undefined when the
 * paragraph does not mention the thing at all (the coverage rules judge that).
 */
export function namesWhichOnes(
  paragraph: string,
  askedTerms: ReadonlySet<string>,
  termsOf: TermsOf,
): boolean | undefined {
  const { tokens, positionsOf } = mentionsIn(paragraph, wordsAndMarksKept, termsOf);
  const mentions = positionsOf(askedTerms);
  if (mentions.length === 0) return undefined;
  return mentions.some((position) => specifiedAt(tokens, position));
}

function specifiedAt(tokens: readonly string[], position: number): boolean {
  const isName = (at: number) => {
    const token = tokens[at] ?? "";
    const before = tokens[at - 1] ?? ".";
    return /^\p{Lu}/u.test(token) && !/^[.!?:]$/.test(before);
  };
  if (isName(position - 1)) return true;
  for (let at = position + 1; at <= position + reach && at < tokens.length; at++) {
    const token = (tokens[at] ?? "").toLowerCase();
    if (/^[.;!?]$/.test(token)) return false;
    if (opensList.has(token) || introducesExamples.has(token) || isName(at)) return true;
    // "som" straight after the noun gives examples when a list follows ("kriminalitet som tyveri,
    // røveri og vold"); after a comma it starts a relative clause ("områder, som er udpeget").
    if (token === "som" && tokens[at - 1] !== "," && listFollows(tokens, at + 1)) return true;
    // Straight after the noun a comma makes it one item of a list or opens a relative clause
    // ("skoler, borgeroplysning og …"); a few words on it starts a list of what the noun covers
    // ("sager omhandlende personfarlig kriminalitet, sædelighed og tyveri").
    if (token === ",")
      return at === position + 1
        ? introducesExamples.has((tokens[at + 1] ?? "").toLowerCase())
        : listEndsAhead(tokens, at + 1);
  }
  return false;
}

const listJoiners = new Set(["og", "samt", "eller", "and", "or"]);

/** Whether a list of at least two things starts at `start`: a comma or `og`/`samt`/`eller` within three words. */
function listFollows(tokens: readonly string[], start: number): boolean {
  return tokens
    .slice(start + 1, start + 4)
    .some((token) => token === "," || listJoiners.has(token.toLowerCase()));
}

/** Whether the list going on at `start` ends with `og`/`samt`/`eller` before its sentence does. */
function listEndsAhead(tokens: readonly string[], start: number): boolean {
  for (const token of tokens.slice(start, start + 12)) {
    if (/^[.;!?]$/.test(token)) return false;
    if (listJoiners.has(token.toLowerCase())) return true;
  }
  return false;
}
