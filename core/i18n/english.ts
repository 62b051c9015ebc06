/*
 * Everything the app says in English, for colleagues whose Teams is set to another language than Danish;
 * the strategy itself stays Danish. One file per language, longer than ~200 lines on purpose, so a
 * translator sees every text of a language in one place; `ui-text.ts` and its parts describe each text.
 * Plain data and small formatting functions, no Node imports: the tab's browser bundle includes it.
 */
import type { UiText } from "./ui-text.ts";

const numberLocale = "en-GB";
const number = new Intl.NumberFormat(numberLocale);
const notFound = (title: string) => `I couldn't find an answer to that in ${title}.`;
const tooFewInText = "too few answers";

/** Everything the app says in English. */
export const english: UiText = {
  shared: {
    numberLocale,
    notFound,
    source: "Source",
    readAlso: "Related",
    unit: "Unit",
    pejlemaerker: "Guideposts",
    wholeOrganisation: "Hele Københavns Politi (all units)",
    questions: {
      meetingUsefulness: {
        text: "How useful was the meeting?",
        scale: ["Not at all useful", "Slightly useful", "Fairly useful", "Useful", "Very useful"],
      },
      initiativeQuality: {
        text: "How good is the initiative?",
        scale: ["Very poor", "Poor", "Neither good nor poor", "Good", "Very good"],
      },
    },
    ratingMissing: "Choose a number from 1 to 5.",
    commentOptional: "Comment (optional)",
    answerAnonymously: "Answer anonymously",
    results: {
      notLeader:
        "The results can only be seen with the app's role for the unit (Results.<unit>) or for all units (Results.All). Your administrator assigns it in Entra ID.",
      figures: (count, mean) => `${count} answers · mean ${mean}`,
      distribution: "Distribution 1–5",
      comments: "Comments",
      tooFew: "Too few answers",
      tooFewInText,
      derivable: "Hidden, so nobody can work out a small group's answers.",
    },
  },
  bot: {
    help: "Help",
    units: "Units",
    allUnits: "All units",
    youAsked: "You asked:",
    examplesIntro: "For example, try:",
    channelHint: "In a channel, start your message with @Strategilotsen.",
    meetingHint:
      "Want feedback after a meeting? As the organiser, add Strategilotsen to the meeting (+ Apps) and pick the unit – I will ask the participants when the meeting ends.",

    showWholeSection: "Show the whole section",
    showUnit: "Show the unit",
    openInTab: "Open in the tab",
    wasHelpful: "Was this helpful?",
    helpfulYes: "Yes, this was helpful",
    helpfulNo: "No, this was not helpful",
    thanksForRating: "Thanks for your feedback",

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
      topicLabel: "What was it mostly about? (optional)",
      topicPlaceholder: "Choose a focus area, initiative or theme",
      unitLabel: "Which unit? (optional)",
      unitPlaceholder: "Choose a unit",
      commentPlaceholder: "What worked well, and what could be better?",
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
      noPrompts: "There is no feedback to show here yet.",
      hiddenTooFew: (minGroupSize) => `Too few answers – results are shown from ${minGroupSize} answers.`,
      shownPrompts: (shown, total) => `Showing the ${shown} newest of ${total}. All results are in the tab.`,
    },
  },
  tab: {
    skipToContent: "Skip to content",
    loading: "Loading …",
    localModeBanner:
      "Local mode: Teams sign-in (SSO) is not configured. Everyone uses the app as the same local user, and everyone can see the results.",
    signInFailed: (reason) => `Teams could not sign you in (${reason}). Reload the tab and try again.`,
    errors: {
      unauthorized: "You are not signed in. Open the tab in Teams, or reload it.",
      forbidden: "You do not have access to this.",
      notFound: "That is not in the strategy.",
      tooMany: "You have sent a lot in a short time. Wait a moment and try again.",
      unavailable: "The database is not answering right now – please try again shortly.",
      other: "Something went wrong – please try again shortly.",
    },
    unitPickerPlaceholder: "Choose a unit",
    chooseUnit: "Choose a unit to see what Strategi 2025 asks of it.",
    unitNotFound: (id) => `There is no unit “${id}” in the strategy. Choose a unit above.`,
    pinnedIn: (where) => `Pinned in ${where}`,
    chat: "the chat",
    quotedInDanish: "The strategy is quoted in Danish, as written.",
    nav: {
      label: "Tab pages",
      strategy: "The strategy",
      results: "Results",
      sections: "Parts of the strategy",
      ansvar: "Responsibilities",
      crossCutting: "For every unit",
      forord: "Foreword",
    },
    content: {
      localInitiatives: "Local initiatives",
      localInitiativesIntro: "The unit's own initiatives under each guidepost (pejlemærke).",
      crossCutting: "What concerns every unit",
      crossCuttingIntro: "Digitalisation and the cross-cutting initiatives.",
      pejlemaerker: "The two guideposts (pejlemærker)",
      focusAreas: "Focus areas",
      introduction: "Introduction",
      units: "The units",
      openUnit: (name) => `See what the strategy asks of ${name}`,
    },
    feedback: {
      pageHeading: "What do you think?",
      pageLegend: (scope) => `Your rating of what Strategi 2025 asks of ${scope}`,
      itemLegend: (title) => `Your rating of “${title}”`,
      anonymityNote:
        "Anonymous answers are stored without your name. Leaders only see combined results once enough people have answered.",
      pageQuestion: (scope) => `How good is what the strategy asks of ${scope}?`,
      addComment: "Add a comment",
      editComment: "Edit your comment",
      saveComment: "Save answer and comment",
      received: "Thanks – your answer has been received",
      yourAnswer: (rating, day) => `Your answer: ${rating}/5 (${day}). You can change it at any time.`,
      notSaved: (reason) => `Your answer was not saved: ${reason}`,
    },
    search: {
      heading: "Search the strategy",
      label: "Question or words",
      button: "Search",
      searching: "Searching …",
      notFound: notFound("Strategi 2025"),
      suggestions: "This is what I can answer:",
      unitOverview: (name) => `See what the strategy asks of ${name}`,
      empty: "Write a question about the strategy.",
      browse: "Look here instead:",
      wholeStrategy: "The whole strategy for Københavns Politi",
      askBot: "Or ask Strategilotsen in the chat – write your question in your own words.",
      failed: (reason) => `The search failed: ${reason}`,
    },
    results: {
      heading: (scope) => `Results – ${scope}`,
      intro: (min) =>
        `Answers from the tab and from meetings. Groups with fewer than ${min} answers are not shown, so nobody can be recognised.`,
      downloadCsv: "Download the results as CSV",
      noAnswers: "There are no answers to show here yet.",
      noAnswersHint:
        "Answers from the tab and from meetings appear here once there are enough that nobody can be recognised.",
      demo: "These figures include demonstration data from made-up colleagues (npm run demo-data).",
      tooFewNote: (min) => `Results are shown from ${min} answers, so that nobody can be recognised.`,
      answers: "Answers",
      mean: "Mean",
      trend: "Trend",
      trendSince: (before, latest) => `${latest} against ${before}`,
      noTrend: "Needs two weeks with enough answers",
      week: (number) => `week ${number}`,
      ratingAxis: "Rating",
      countAxis: "Answers",
      meanAxis: "Mean",
      weekAxis: "Week",
      meaning: "Meaning",
      distributionAlt: (counts) =>
        `Distribution of the answers: ${counts.map((count, index) => `${index + 1}: ${count}`).join(", ")}.`,
      overTime: "Mean per week",
      overTimeAlt: (weeks) =>
        `Mean per week: ${weeks.map((week) => `${week.week}: ${week.mean ?? tooFewInText}`).join(", ")}.`,
      byPrompt: "Per initiative and meeting",
      anonymous: "Anonymous",
      kinds: { tab: "Tab", meeting: "Meeting", chat: "Chat" },
      noUnit: "No unit",
    },
    config: {
      heading: "Choose the unit for this tab",
      intro: "The tab shows what Strategi 2025 asks of the unit, and lets everyone say what they think.",
      outsideTeams: "This page sets up the tab in Teams. Outside Teams you can preview the tab:",
      preview: (name) => `Preview the tab for ${name}`,
      saveFailed: (reason) => `The tab could not be saved: ${reason}`,
    },
  },
  csv: {
    separator: ",",
    decimalMark: ".",
    header: ["Level", "Unit", "Question", "Name", "Answers", "Mean", "1", "2", "3", "4", "5", "Note"],
    level: {
      organisation: "Organisation",
      unit: "Unit",
      prompt: "Meeting or initiative",
      week: "Week",
      topic: "Topic",
    },
    complementary: "hidden, as a hidden figure could be worked out",
    noUnit: "(no unit)",
  },
};
