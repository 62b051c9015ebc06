/**
 * What kind of answer a question wants, when it wants a specific kind: a count, a time (a date, or a time of day), a duration, a
 * person, a place, a penalty, an amount of money, what an abbreviation stands for, a procedure for oneself, or which ones
 * exactly.
 * A paragraph on the right topic that does not hold that kind of answer does not answer the question;
 * the honest reply is that the strategy does not say, with the paragraph offered as related reading.
 */
export type ExpectedAnswer =
  | "number"
  | "time"
  | "condition"
  | "clock"
  | "place"
  | "duration"
  | "person"
  | "penalty"
  | "amount"
  | "expansion"
  | "procedure"
  | "specifics";

/** Each kind and how a question (lower-case, æøå folded) asks for it, the most specific first. */
const askedKinds: [ExpectedAnswer, RegExp][] = [
  ["duration", /\b(hvor (laenge|lange|lang tid)|how long|varighed\w*|duration)\b/],
  [
    "amount",
    /\b(hvad koster|koster det|prisen|budget\w*|hvor mange penge|kroner|how much does|costs?|price|budget)\b/,
  ],
  ["number", /\b(hvor (mange|meget)|how (many|much))\b/],
  [
    "penalty",
    /\b(straf|straffen|strafferamme\w*|boede|boeder|boden|bode|boder|faengsel\w*|sanktion\w*|disciplinaer\w*|penalty|penalties|punishment|fines?|sanctions?|disciplinary)\b/,
  ],
  /**
   * What an abbreviation stands for: "hvad står RSIOC for". "Hvilke forbrydelser står enheden for" asks
   * what the unit is responsible for, so `står … for` counts only after `hvad`/`hvilket`.
   */
  [
    "expansion",
    /\b((hvad|hvilket) st(aa|a)r (\w+ ){1,2}for|stand for|stands for|forkortelse\w*|abbreviation)\b/,
  ],
  [
    "person",
    /^(hvem|who)\b.*\b(leder(?! efter)|lederen|chef|chefen|direktoer\w*|koordinator\w*|ansat|ansatte|hedder|navn\w*|name|leads?|heads?|in charge|manager|boss|commissioner|director|chief)\b/,
  ],
  /**
   * The name of someone holding a role: "hvad hedder den nye antisemitismekoordinator", "what is the
   * name of the director". The role may end a compound (`…koordinator`, `politidirektøren`).
   */
  [
    "person",
    /\b(hvad hedder|hvad er navnet paa|what is the name of|what's the name of|whats the name of|what is .* called)\b.*(koordinator|leder|chef|direktoer|formand|koordinator|coordinator|leader|head|manager|director|chief|chair)(en|ens|s)?\b/,
  ],
  [
    "procedure",
    /\b(hvordan\b.*\bjeg|hvordan (bliver|soeger|soger|tilmelder|melder|ansoeger|ansoger) man|maa jeg|ma jeg|how (do|can|should) i|can i|may i|am i allowed)\b/,
  ],
  /**
   * "When" asks for a time only as the question's first word: in the middle of a sentence it is a
   * conjunction ("who answers when people call"). At the start, `hvornår` can still mean "under what
   * circumstances"; such a question is then answered "not found" — the honest side to err on.
   */
  /**
   * "Hvornår trives man bedst", "when are people happiest at work": `hvornår` with a superlative or a
   * comparative asks under what circumstances, which a paragraph says with a `når`/`hvis` clause.
   */
  [
    "condition",
    /^(hvornaar|hvornar|when)\b.*\b(bedst|bedste|bedre|mest|gladest\w*|gladere|lykkeligst\w*|best|better|most|happiest|happier)\b/,
  ],
  /** A time of day: "at what times does it patrol", "hvad tid", "klokken hvad". */
  [
    "clock",
    /\b(what times?|at what times?|hvilke tidspunkter|hvad tid|klokken hvad|hvilken tid paa dagen)\b/,
  ],
  ["time", /^(hvornaar|hvornar|when|hvilket tidspunkt|hvilken dato|hvilke datoer|which dates?)\b/],
  /** A time asked in a second clause: "hvor skal centret ligge, og hvornår står det færdigt". */
  ["time", /\b(og|and) (hvornaar|hvornar|when)\b/],
  /** "On which dates …", "i hvilket år …": a date or year asked for by a preposition and `which`. */
  [
    "time",
    /\b(on|in|at|for|paa|pa|i|fra|from|until|indtil) (which|what|hvilke|hvilken|hvilket) (dates?|days?|years?|months?|weeks?|datoer?|dage|dag|aar|ar|maaned|maned|uge)\b/,
  ],
  /**
   * Where something is or will be: "hvor ligger ekspeditionen", "hvor skal centret ligge", "where will it
   * be located". Not "hvor i strategien står …" or "where does digitalisation fit", which ask where in
   * the strategy, and not "hvor mange".
   */
  [
    "place",
    /(^|\b(og|and) )(hvor (ligger|skal .{1,60} (ligge|placeres|bygges)|er .{1,60} (placeret|beliggende)|bliver .{1,60} placeret|holder .{1,60} til)|where (exactly )?(is|are|will|would|should|shall)\b.{1,60}\b(located|situated|based|placed|built)|where will .{1,60} be\b)/,
  ],
  /** "Hvilke skoler …", also after a preposition: "ved hvilke skoler …", "in which districts …". */
  [
    "specifics",
    /^((i|ved|paa|pa|til|fra|for|med|under|om|af|hos|blandt|mellem|in|at|on|from|to|with|by|of|near|among|between) )?(hvilke|hvilken|hvilket|which)\b/,
  ],
];

/** The kind of answer a question (lower-case, æøå folded) asks for, if it asks for a specific kind. */
export function expectedAnswer(foldedQuestion: string): ExpectedAnswer | undefined {
  const question = foldedQuestion.trimStart();
  const clause = leadingWhenClause.exec(question);
  const asked = clause ? question.slice(clause[0].length).search(laterQuestionWord) : -1;
  // "When someone calls for help, what do we send?" asks what the later question word asks.
  if (clause && asked >= 0) return expectedAnswer(question.slice(clause[0].length + asked));
  return askedKinds.find(([, asks]) => asks.test(question))?.[0];
}

/**
 * An English question opening with a "when" clause: a question asking when is followed at once by an
 * auxiliary (`when will`, `when exactly does`); "when someone calls …, what …" is a condition, and the
 * question proper comes after it.
 */
const leadingWhenClause =
  /^when (?!((exactly|precisely|roughly|approximately|actually|really|then) )?(do|does|did|is|are|was|were|will|would|can|could|should|shall|has|have|had|must|may|might)\b)/;
const laterQuestionWord = /\b(what|who|how|which|where|why)\b/;

const countWords =
  "(?:(?!(?:19|20)\\d\\d\\b)\\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|tredive|fyrre|halvtreds|hundrede|tusind|millioner?)";
/** A count and the word it counts: `fire kommuner`, `to pejlemærker`, `114` is no count (no word after). */
const countedThing = new RegExp(`\\b${countWords}\\s+(\\p{L}+)`, "giu");
/** Years, seasons, months, and the words that place something in time. */
const time =
  /\b((19|20)\d\d|siden|dagligt?|ugentlig|hver (dag|uge|måned|år)|sommer\w*|vinter\w*|forår\w*|efterår\w*|\w*halvår\w*|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/gi;
/** A time of day: `kl. 22`, `klokken 8`, `22.30`, `at 10 pm`. */
const clock = /\b(kl\.?|klokken)\s*\d|\b\d{1,2}[.:]\d\d\b|\b\d{1,2}\s*(am|pm)\b/iu;
/** A length of time: `tre måneder`, `2 år`, `six weeks`. */
const duration = new RegExp(
  `\\b${countWords}\\s+(år|måneder|måned|uger|uge|dage|døgn|timer|years?|months?|weeks?|days?)\\b`,
  "iu",
);
/** A person named with a title: `Politidirektør Anne Tønnes`. */
const namedPerson = /\b(direktør|chef|leder|koordinator)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/**
 * A place named after a preposition: `på Hovedbanegården`, `i Tårnby`, `fra Sverige`. The strategy's own
 * names (`i Københavns Politi`, `i Specialenheden`) place nothing.
 */
const namedPlace =
  /(?<!\p{L})(på|ved|i|fra|til)\s+(?!Københavns(?!\p{L})|\p{Lu}\p{Ll}*(enheden|enhed|søjlen|myndigheden)(?!\p{L}))\p{Lu}\p{Ll}+(?!\p{L})/u;
/** A sum of money: `2 mio. kr.`, `500 kroner`. */
const amount = /\b\d[\d.,]*\s*(kr|kroner|mio|millioner|mia|milliarder)\b/iu;
const penalty =
  /\b(straf|straffen|bøde\w*|fængsel\w*|frakendelse\w*|sanktion\w*|advarsel\w*|afskedigelse\w*)\b/iu;
/** An abbreviation spelt out: `regionale situations- og operationscentre (RSIOC Ø)`. */
const spelledOutAbbreviation = /\p{Ll}+\s+\(\p{Lu}{2,}/u;

/** What a paragraph offers beyond its text, for the kinds that need it. */
export interface ParagraphContext {
  /** The paragraph introduces a list of bullets (ending in ":" or ";"): a count of them answers "how many". */
  introducesList?: boolean;
  /** The strategy's own year: "i 2025" is the frame of every plan, not an answer to "when". */
  year?: number;
}

/**
 * Whether a paragraph gives the kind of answer asked for. For a count, the counted word must be one the
 * question asks about (`isAskedAbout`), so "hvor mange betjente" is not answered by "to indsatsområder".
 * "Which ones" is checked by the ranking, which knows the asked word (see `vague-mention.ts`).
 */
export function givesAnswer(
  paragraph: string,
  expected: ExpectedAnswer | undefined,
  isAskedAbout: (word: string) => boolean = () => true,
  context: ParagraphContext = {},
): boolean {
  switch (expected) {
    case "number":
      return (
        [...paragraph.matchAll(countedThing)].some((match) => isAskedAbout(match[1] ?? "")) ||
        (context.introducesList === true && paragraph.split(/\s+/).some(isAskedAbout))
      );
    case "time":
      return [...paragraph.matchAll(time)].some((match) => match[0] !== String(context.year));
    case "condition":
      return /\b(når|naar|hvis|when|if)\b/i.test(paragraph);
    case "clock":
      return clock.test(paragraph);
    case "duration":
      return duration.test(paragraph);
    case "place":
      return namedPlace.test(paragraph);
    case "person":
      return namedPerson.test(paragraph);
    case "penalty":
      return penalty.test(paragraph);
    case "amount":
      return amount.test(paragraph);
    case "expansion":
      return spelledOutAbbreviation.test(paragraph);
    case "procedure":
      // The strategy says what the organisation will do, never how one person applies for something.
      return false;
    default:
      return true;
  }
}
