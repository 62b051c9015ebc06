import type { PejlemaerkeId } from "../content/content-schema.ts";
import type { StructureTopic } from "./structure-answer.ts";

/**
 * Words that ask about the strategy's shape rather than its content, by what they point at (folded
 * æøå, lower-case, whole words). A question is about the shape only when every word it has beyond
 * fillers and names is one of these: "hvilke indsatsområder hører under sund drift" is, "hvilke enheder
 * arbejder med bander" is not (`arbejder`, `bander` ask about content).
 */
const cues = {
  guidepost: /^(pejlemaerke\w*|pejlemaerk\w*|pejlemark\w*|guideposts?|pillars?|soejle\w*)$/,
  focusArea:
    /^(indsatsomraade\w*|indsatsomrade\w*|indsatsomr\w*|fokusomraade\w*|fokusomrade\w*|omraader|omrader|omraaderne|omraderne|areas?)$/,
  /** "focus areas", but also a unit's "strategic focus", which its responsibilities state. */
  focus: /^focus$/,
  slogan:
    /^(slogan\w*|motto\w*|tagline\w*|undertit\w*|subtitles?|byline|valgsprog\w*|overskrift\w*|catchphrase|mantra)$/,
  initiative: /^(initiativ\w*|initiatives?|indsats|indsatser|indsatserne)$/,
  crossCutting:
    /^(tvaergaaende|tvaergaende|tvargaende|tvaergående|tvaers|tvars|crosscutting|cross|cutting|across|overarching)$/,
  unitWord: /^(enhed|enheder|enhederne|units?|afd|afdeling|afdelinger|afdelingerne|departments?)$/,
  theme: /^(tema|temaer|temaerne|themes?|emner|emnerne)$/,
  yearly: /^(aarlige?|arlige?|aarets|arets|yearly|annual|hvert|hver|aar|ar|year|every|each)$/,
  goal: /^(hovedmaal\w*|hovedpunkt\w*|hovedlinje\w*|points?|hovedmal\w*|maal|maalene|mal|malene|goals?|aims?|objectives?|struktur\w*|structure\w*|structured|bygger|hviler|rests?|based|baseret|opbygget|opbygning\w*|bygget|built|overblik|overview|oversigt|skelet)$/,
  /** What something is made of or holds: "hvad består sund drift af", "what does the strategy consist of". */
  contents:
    /^(bestaar|bestar|consists?|indeholder|contains?|includes?|omfatter|comprises?|rummer|daekker|dakker|covers?|opdelt|inddelt|divided|split|organi[sz]ed|organiseret|sammensat|composed)$/,
  goalModifier:
    /^(overordnede?|overordnet|samlede?|store|big|main|overall|vigtigste|key|op|up|hoved|around|omkring|upon)$/,
  /** The order it is told in: "what comes first and what after", "hvad kommer først og bagefter". */
  order:
    /^(laid|layout|arranged|order|sequence|raekkefoelge\w*|rakkefolge\w*|told|present|presents|presented|fortalt|praesenteret|first|foerst|forst|after|afterwards|then|next|bagefter|dernaest|darnast|kommer|comes?)$/,
  place:
    /^(plads\w*|placer\w*|place|placed|position\w*|fit|fits|passer|hoerer|horer|tilhoerer|tilhorer|ligger|ligge|falder|falde|falls?|sorterer|sidder|sits?|comes?|lies?|goes?|indgaar|indgar|hjemme|home|belongs?|under|ind|in|into|within|part|del|where|sted|role|rolle)$/,
  digital: /^(digitalisering\w*|digitali[sz]ation|digitisation|digital)$/,
  foreword: /^(forord\w*|foreword|preface|indledning\w*|introduction)$/,
  sign: /^(skrevet|skrev|skriver|underskrevet|underskrev|underskriver|signed|signs|wrote|written|authors?|forfatter\w*|afsender\w*|bag|behind|signature|underskrift\w*)$/,
  /** The strategy itself, which a question about nothing else asks to be shown ("hvad handler strategien om"). */
  document: /^(strategi|strategien|strategiens|strategy|strategies|document|dokumentet)$/,
  director: /^(politidirektoer\w*|politidirektor\w*|direktoer\w*|direktor\w*|director|chief|commissioner)$/,
  local: /^(lokale?|local|saerlige?|sarlige?|special|egne?|own)$/,
  /** Counting, naming and listing: they ask for the shape in other words ("nævn de tre …", "what are the two … called"). */
  listing:
    /^(to|tre|fire|two|three|four|2|3|4|begge|both|hedder|kaldes|called|named|titled|titler\w*|titles?|giv|vis|list|liste|naevn|navngiv|opremse|ramse|show|give|me|over)$/,
  /** Verbs of taking up a topic, which add nothing to a question about which themes or initiatives there are. */
  takingUp:
    /^(snakke|snakker|tale|taler|droeft\w*|droft\w*|diskutere|diskuterer|tage|tager|arbejde|arbejder|arbejdes|work|works|working|discuss|discussed|talk|talked|fokusere|fokuserer)$/,
  general:
    /^(strategi\w*|strateg\w*|strategy|2025|politi|police|koebenhavns|kobenhavns|copenhagen|kreds|kredsen|kredsens|politikreds\w*|district|plz|pls|please|list\w*|navn|navnet|navne\w*|names?|alle|all|nogen|some|kp|kbh|gaelder|galder|har|have|has|findes|exist|there|der|er|are|is|de|the|vi|we|vores|our|nu|now|mange|many|number|antal|hvor|how|hvilke|which|what|hvad|who|hvem|og|and|things|ting|tingene)$/,
} as const;

type Cue = keyof typeof cues;

/** Cues that leave a question about the strategy as a whole: "hvad handler strategien om?". */
const wholeStrategyCues: ReadonlySet<Cue> = new Set(["document", "general", "listing", "goalModifier"]);

/** What the recogniser needs to know about a question. */
export interface StructureQuestion {
  /** The question's words, spelling restored, æøå folded, lower-case. */
  words: readonly string[];
  /** Positions taken by names (units, pejlemærker, sections). */
  named: ReadonlySet<number>;
  unitIds: readonly string[];
  pejlemaerkeIds: readonly PejlemaerkeId[];
  /** Positions taken by a yearly theme's name: an example in a question about the themes, else a topic. */
  themeNames: ReadonlySet<number>;
  /** Indsatsområder named by their title (`trivsel`, `borgerinddragelse`). */
  focusAreaIds: readonly string[];
  /** The indsatsområder under a pejlemærke, for "which pejlemærke does trivsel belong to". */
  pejlemaerkeOf: (itemId: string) => PejlemaerkeId | undefined;
  isFiller: (word: string) => boolean;
}

/**
 * The shape a question asks about, if it asks about the shape at all: the pejlemærker, one pejlemærke's
 * indsatsområder, slogans, digitalisering's place, the tværgående initiativer, the units, a unit's local
 * initiatives, the yearly themes, or who signed the forord.
 */
export function recognizeStructure(question: StructureQuestion): StructureTopic | undefined {
  const found = new Set<Cue>();
  for (const [position, word] of question.words.entries()) {
    if (question.named.has(position) || question.themeNames.has(position)) continue;
    const cue = (Object.keys(cues) as Cue[]).find((name) => cues[name].test(word));
    if (cue) found.add(cue);
    else if (!question.isFiller(word)) return undefined;
  }
  const has = (...names: Cue[]) => names.some((name) => found.has(name));
  if (question.themeNames.size > 0 && !has("theme")) return undefined;
  const [unitId] = question.unitIds;
  const [pejlemaerkeId] = question.pejlemaerkeIds;

  if (has("sign") || (has("director") && !unitId)) return { kind: "signature" };
  if (has("theme")) return { kind: "themes" };
  if (has("slogan")) {
    if (question.focusAreaIds.length > 0) return { kind: "slogans", itemIds: [...question.focusAreaIds] };
    return pejlemaerkeId ? { kind: "focus-areas", pejlemaerkeId } : { kind: "guideposts" };
  }
  if (has("digital")) {
    if (has("goal")) return undefined;
    // "hvad vil vi opnå med digitaliseringen" asks about its content; only its place is the shape.
    return has("place", "crossCutting", "guidepost", "focusArea", "focus")
      ? { kind: "digitalisation" }
      : undefined;
  }
  if (has("crossCutting"))
    return has("focusArea", "focus") ? { kind: "digitalisation" } : { kind: "cross-cutting" };
  if (unitId)
    return unitInitiatives(unitId, question.pejlemaerkeIds, has("initiative", "guidepost", "focusArea"));
  if (has("unitWord")) return { kind: "units" };
  const [namedFocusArea] = question.focusAreaIds;
  if (namedFocusArea) {
    const parent = question.pejlemaerkeOf(namedFocusArea);
    return parent && has("guidepost", "place") ? { kind: "focus-areas", pejlemaerkeId: parent } : undefined;
  }
  // "hvad hører under sund drift", "what does healthy operations consist of": what the pejlemærke holds.
  if (pejlemaerkeId && question.pejlemaerkeIds.length === 1)
    return has("focusArea", "focus", "contents", "place")
      ? { kind: "focus-areas", pejlemaerkeId }
      : undefined;
  if (has("guidepost", "focusArea", "focus", "goal", "contents")) return { kind: "guideposts" };
  if (has("order") && has("document")) return { kind: "guideposts" };
  const onlyAboutTheWhole = [...found].every((cue) => wholeStrategyCues.has(cue));
  return has("document") && onlyAboutTheWhole ? { kind: "guideposts" } : undefined;
}

/**
 * A unit's local initiatives, when the question asks for them (`initiativer`, `pejlemærker`,
 * `indsatsområder`): under the one pejlemærke it names, or under all when it names none or both.
 */
function unitInitiatives(
  unitId: string,
  pejlemaerkeIds: readonly PejlemaerkeId[],
  asksForInitiatives: boolean,
): StructureTopic | undefined {
  if (!asksForInitiatives) return undefined;
  const [only, ...others] = pejlemaerkeIds;
  return only && others.length === 0
    ? { kind: "unit-initiatives", unitId, pejlemaerkeId: only }
    : { kind: "unit-initiatives", unitId };
}
