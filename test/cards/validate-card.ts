import { createRequire } from "node:module";
import type * as AdaptiveCardsLibrary from "adaptivecards";
import { cardVerbs } from "../../bot/cards/card-actions.ts";

/**
 * Test utility: checks a card the way Teams will read it. The `adaptivecards` library parses it for
 * Adaptive Cards 1.5 (unknown element or action types, invalid values, properties newer than 1.5, a
 * version above 1.5, missing `url`/`card`, too many actions, inputs without an id or with a duplicate one,
 * a ChoiceSet without choices, a required input without label or error message, a `refresh` whose action
 * is not `Action.Execute`); then the checks the library does not make: `type` and `version` are set,
 * TextBlocks have text, Facts have a title and a value, containers and action sets are not empty, a
 * Toggle has a title, a pre-set input value is one the input can have, no button is an `Action.Submit`,
 * every button (and the refresh action) has a title and `CardAction` data with a known verb, a link has
 * a url, and the JSON is under Teams' 40 KB. The
 * library needs no DOM to parse and validate.
 */
export function validateCard(card: unknown): CardProblem[] {
  return [...libraryProblems(card), ...appProblems(card)];
}

/** One thing wrong with a card: the library's `ValidationEvent` name or our own, and what it says. */
export interface CardProblem {
  event: string;
  message: string;
}

/** Teams refuses a message whose card is larger than this. */
export const maxCardBytes = 40 * 1024;

// The package's `module` entry is not loadable by Node 20; its UMD bundle is.
const library = createRequire(import.meta.url)(
  "adaptivecards/dist/adaptivecards.js",
) as typeof AdaptiveCardsLibrary;

function libraryProblems(card: unknown): CardProblem[] {
  const { AdaptiveCard, SerializationContext, ValidationEvent, Versions } = library;
  const context = new SerializationContext(Versions.v1_5);
  const parsed = new AdaptiveCard();
  // Without this the library accepts any version it knows (1.6); Teams' mobile clients stop at 1.5.
  parsed.maxVersion = Versions.v1_5;
  parsed.parse(card, context);
  const events = Array.from({ length: context.eventCount }, (_, index) => context.getEventAt(index));
  events.push(...parsed.validateProperties().validationEvents);
  return events.map(({ event, message }) => ({ event: ValidationEvent[event] ?? String(event), message }));
}

/** Properties the 1.5 schema requires (or we do) that the library does not check. */
const required: Record<string, string[]> = {
  AdaptiveCard: ["version"],
  TextBlock: ["text"],
  FactSet: ["facts"],
  Container: ["items"],
  ActionSet: ["actions"],
  "Action.Execute": ["title", "verb", "data"],
  "Action.OpenUrl": ["title", "url"],
  "Input.ChoiceSet": ["id", "choices"],
  "Input.Text": ["id"],
  "Input.Toggle": ["id", "title"],
};

function appProblems(card: unknown): CardProblem[] {
  const problems: CardProblem[] = [];
  if (!isObject(card) || card.type !== "AdaptiveCard") {
    problems.push({ event: "MissingCardType", message: 'the card must have type "AdaptiveCard"' });
  }
  const bytes = Buffer.byteLength(JSON.stringify(card));
  if (bytes > maxCardBytes) {
    problems.push({
      event: "TooLarge",
      message: `the card is ${bytes} bytes; Teams takes at most ${maxCardBytes}`,
    });
  }
  visit(card, (node) => problems.push(...nodeProblems(node)));
  return problems;
}

function nodeProblems(node: Record<string, unknown>): CardProblem[] {
  const type = String(node.type);
  const problems = (required[type] ?? [])
    .filter((property) => isMissing(node[property]))
    .map((property) => ({ event: "MissingProperty", message: `${type} must have "${property}"` }));
  if (type === "FactSet" && Array.isArray(node.facts)) {
    for (const fact of node.facts) {
      if (!isObject(fact) || isMissing(fact.title) || isMissing(fact.value)) {
        problems.push({ event: "MissingProperty", message: "every Fact must have a title and a value" });
      }
    }
  }
  problems.push(...presetValueProblems(type, node));
  if (type === "Action.Submit") {
    // Teams sends a Submit on a card the message extension inserted as `composeExtension/onCardButtonClicked`,
    // from a chat the bot may not be in, with no way to answer with a card: only Execute works everywhere.
    problems.push({
      event: "SubmitAction",
      message: "Action.Submit does not work on every card; use Action.Execute",
    });
  }
  if (type === "Action.Submit" || type === "Action.Execute") {
    const verb = isObject(node.data) ? node.data.verb : undefined;
    if (!isCardVerb(verb))
      problems.push({ event: "UnknownVerb", message: `${type} data has verb ${String(verb)}` });
    if (type === "Action.Execute" && node.verb !== verb) {
      problems.push({
        event: "UnknownVerb",
        message: `Action.Execute verb ${String(node.verb)} is not its data's`,
      });
    }
  }
  return problems;
}

/** A value set on an input that it cannot have would show as nothing chosen, or as the wrong state. */
function presetValueProblems(type: string, node: Record<string, unknown>): CardProblem[] {
  if (node.value === undefined) return [];
  let allowed: unknown[] | undefined;
  // A multi-select value is a comma-separated list; we use none, so it is not checked.
  if (type === "Input.ChoiceSet" && Array.isArray(node.choices) && node.isMultiSelect !== true) {
    allowed = node.choices.map((choice) => (isObject(choice) ? choice.value : undefined));
  } else if (type === "Input.Toggle") {
    allowed = [node.valueOn ?? "true", node.valueOff ?? "false"];
  }
  if (!allowed || allowed.includes(node.value)) return [];
  return [
    { event: "InvalidPropertyValue", message: `${type} ${String(node.id)} has value ${String(node.value)}` },
  ];
}

/** Calls `onNode` for every object with a `type` in the card, depth first; skips action data. */
function visit(value: unknown, onNode: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) {
    for (const entry of value) visit(entry, onNode);
  } else if (isObject(value)) {
    if (typeof value.type === "string") onNode(value);
    for (const [key, entry] of Object.entries(value)) if (key !== "data") visit(entry, onNode);
  }
}

function isCardVerb(verb: unknown): boolean {
  return (cardVerbs as readonly unknown[]).includes(verb);
}

function isMissing(value: unknown): boolean {
  return (
    value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
