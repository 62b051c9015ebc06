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
  meetingHint:
    "Want feedback after a meeting? As the organiser, add Strategilotsen to the meeting (+ Apps) and pick the unit – I will ask the participants when the meeting ends.",

  sourceLabel: "Source",
  unitLabel: "Unit",
  showWholeSection: "Show the whole section",
  showUnit: "Show the unit",
  openInTab: "Open in the tab",
  wasHelpful: "Was this helpful?",
  helpfulYes: "Yes, this was helpful",
  helpfulNo: "No, this was not helpful",
  thanksForRating: "Thanks for your feedback",

  notFound: (title) => `I couldn't find an answer to that in ${title}.`,
  suggestionsIntro: "Perhaps one of these sections helps:",
  didYouMean: "Did you mean one of these sections?",
  structureNote: "The titles are the strategy's own (in Danish). Open a section to read all of it:",
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

  searchExtensionNothing: (query) => `I couldn't find anything about "${query}" in the strategy.`,
  searchExtensionTooLong: (max) => `The search is too long – at most ${max} characters.`,
  feedback: {
    meetingHeading: "How was the meeting?",
    chatHeading: "Your feedback",
    openUntil: (day) => `Open until ${day}`,
    answerCount: (count) =>
      count === 0
        ? "No one has answered yet"
        : `${number.format(count)} ${count === 1 ? "has" : "have"} answered`,
    ratingLabel: "How useful was it?",
    ratingMeanings: ["Not at all useful", "Slightly useful", "Fairly useful", "Useful", "Very useful"],
    ratingMissing: "Choose a number from 1 to 5.",
    topicLabel: "What was it mostly about? (optional)",
    topicPlaceholder: "Choose a focus area, initiative or theme",
    unitLabel: "Which unit? (optional)",
    unitPlaceholder: "Choose a unit",
    commentLabel: "Comment (optional)",
    commentPlaceholder: "What worked well, and what could be better?",
    anonymous: "Answer anonymously",
    anonymityNote: (min) =>
      `Anonymous answers are stored without your name, and leaders only see results from ${number.format(min)} or more answers.`,
    send: "Send answer",
    update: "Update answer",
    refresh: "Refresh",

    thanks: (rating) => `Thanks – you answered ${rating}/5`,
    topic: "Topic",
    comment: "Comment",
    answeredAnonymously: "Anonymous",
    answeredWithName: "With your name",
    editableUntil: (day) => `You can change your answer until the end of ${day}.`,
    edit: "Change your answer",

    closedHeading: "This feedback is closed",
    closedOn: (day) => `It closed on ${day}.`,
    closedCount: (count) =>
      count === 0 ? "No one answered." : `${number.format(count)} answered – thank you for your answers.`,

    notSaved: "Your answer was not saved – please try again in a moment.",
    tryAgain: "Try again",
    problems: {
      missingRating: "Your answer was not saved: please choose a number from 1 to 5.",
      unknownTopic: "Your answer was not saved: that topic is not in the strategy. Please choose another.",
      unknownUnit: "Your answer was not saved: that unit is not in the strategy. Please choose another.",
      unknownPrompt: "That feedback no longer exists, so your answer was not saved.",
    },
    commentTooLong: (max) =>
      `Your answer was not saved: the comment can be at most ${number.format(max)} characters.`,
    back: "Back",
    meetingFallbackTitle: "The meeting",
    chatFallbackTitle: "Feedback",
    resultsInTab:
      "The results are shown in the Strategilotsen tab. There your app role (Results.<unit> or Results.All, assigned in Entra ID) decides which units you can see.",
    openResultsInTab: "Open the results in the tab",
    noResultsLink:
      "This card cannot link to the tab because the app's Teams id (TEAMS_APP_ID) is not set up on the server. Open the Strategilotsen tab and choose Results.",
    localModeNotice: "Local mode: everyone can see the results because the app runs without sign-in.",
    resultsHeading: (scope) => `Feedback results – ${scope}`,
    openResults: "Results (leaders)",
    allUnits: "all of Copenhagen Police",
    noPrompts: "There is no feedback to show here yet.",
    figures: (count, mean) => `${count} answers · average ${mean}`,
    distribution: "Distribution 1–5",
    hiddenTooFew: (minGroupSize) => `Too few answers – results are shown from ${minGroupSize} answers.`,
    hiddenDerivable: "Hidden so that no one can work out a small group's answers.",
    comments: "Comments",
    shownPrompts: (shown, total) => `Showing the ${shown} newest of ${total}. All results are in the tab.`,
  },
};
