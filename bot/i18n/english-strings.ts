import type { UiStrings } from "./ui-strings.ts";

const number = new Intl.NumberFormat("en-GB");

/** The bot's own texts in English, for colleagues whose Teams is set to another language. */
export const englishStrings: UiStrings = {
  help: "Help",
  units: "Units",
  allUnits: "All units",
  pejlemaerker: "Guideposts",
  readAlso: "Related",
  youAsked: "You asked:",
  examplesIntro: "For example, try:",
  channelHint: "In a channel, start your message with @Strategilotsen.",

  sourceLabel: "Source",
  unitLabel: "Unit",
  showWholeSection: "Show the whole section",
  showUnit: "Show the unit",
  wasHelpful: "Was this helpful?",
  helpfulYes: "Yes, this was helpful",
  helpfulNo: "No, this was not helpful",
  thanksForRating: "Thanks for your feedback",

  notFound: (title) => `I couldn't find an answer to that in ${title}.`,
  suggestionsIntro: "Perhaps one of these sections helps:",
  unitRecognised: (unit) => `I can show you what the strategy says about ${unit}.`,
  tryInstead: "You can also browse the units and guideposts – or ask in another way.",

  unitSections: "The unit's sections of the strategy:",
  unitsHeading: (title) => `The units in ${title}`,
  unitsIntro: "Choose a unit to see its responsibilities and local initiatives.",
  pejlemaerkerHeading: (title) => `Guideposts (pejlemærker) and focus areas in ${title}`,
  crossCutting: "Across both guideposts",
  crossCuttingInitiatives: "Cross-cutting initiatives",

  welcomeHeading: "Welcome to Strategilotsen",
  welcomeLines: (title) => [
    `I answer questions about Copenhagen Police's ${title} by quoting the strategy itself (in Danish).`,
    "Ask about the guideposts, the focus areas or a unit's local initiatives.",
  ],
  exampleQuestions: ["What does Specialenheden do for road safety?", "What is Sund drift?"],
  helpHeading: "How to use Strategilotsen",
  helpCommands: ({ unitName, unitCount }) => [
    { command: "help", meaning: "shows this guide" },
    { command: "pejlemærker", meaning: "shows the guideposts and their focus areas" },
    { command: "units", meaning: `shows the strategy's ${number.format(unitCount)} units` },
    { command: `a unit's name, e.g. ${unitName}`, meaning: "shows its responsibilities and initiatives" },
    { command: "any question", meaning: "finds the section of the strategy that answers it" },
  ],
  quotesNote: (title) =>
    `Answers quote ${title} word for word, in Danish, and always say where in the strategy they come from.`,

  unknownAction: "That button no longer works. Please type your question instead.",
  emptyQuestion: "Type a question about the strategy and I'll find the answer.",
  tooLong: (max) =>
    `Your question is too long. Please keep it short – at most ${number.format(max)} characters.`,
  error: "Something went wrong on my side. Please try again in a moment.",
  slowDown: "You've sent a lot of messages in a short time. Please wait a moment and try again.",
};
