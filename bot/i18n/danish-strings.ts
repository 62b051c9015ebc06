import type { UiStrings } from "./ui-strings.ts";

const number = new Intl.NumberFormat("da-DK");

/** The bot's own texts in Danish, the primary language: plain words a colleague would use. */
export const danishStrings: UiStrings = {
  help: "Hjælp",
  units: "Se enhederne",
  allUnits: "Alle enheder",
  pejlemaerker: "Pejlemærker",
  readAlso: "Læs også",
  youAsked: "Du spurgte:",
  examplesIntro: "Prøv for eksempel:",
  channelHint: "I en kanal skal du skrive @Strategilotsen først i din besked.",
  meetingHint:
    "Vil du have feedback efter et møde? Som mødeindkalder: tilføj Strategilotsen til mødet (+ Apps) og vælg enheden – så spørger jeg deltagerne, når mødet slutter.",

  sourceLabel: "Kilde",
  unitLabel: "Enhed",
  showWholeSection: "Vis hele afsnittet",
  showUnit: "Vis enheden",
  openInTab: "Åbn i fanen",
  wasHelpful: "Var svaret nyttigt?",
  helpfulYes: "Ja, svaret var nyttigt",
  helpfulNo: "Nej, svaret var ikke nyttigt",
  thanksForRating: "Tak for din vurdering",

  notFound: (title) => `Jeg kunne ikke finde et svar på det i ${title}.`,
  suggestionsIntro: "Måske kan et af disse afsnit hjælpe:",
  didYouMean: "Mente du et af disse afsnit?",
  structureNote: "Titlerne står sådan i strategien. Åbn et afsnit for at læse det hele:",
  unitRecognised: (unit) => `Jeg kan vise, hvad strategien siger om ${unit}.`,
  tryInstead: "Du kan også se enhederne og pejlemærkerne – eller spørge på en anden måde.",

  unitSections: "Enhedens afsnit i strategien:",
  unitsHeading: (title) => `Enhederne i ${title}`,
  unitsIntro: "Vælg en enhed for at se dens ansvar og lokale initiativer.",
  pejlemaerkerHeading: (title) => `Pejlemærker og indsatsområder i ${title}`,
  crossCutting: "På tværs af begge pejlemærker",
  crossCuttingInitiatives: "Tværgående initiativer",

  welcomeHeading: "Velkommen til Strategilotsen",
  welcomeLines: (title) => [
    `Jeg svarer på spørgsmål om Københavns Politis ${title} – med citater direkte fra strategien.`,
    "Spørg om pejlemærkerne, indsatsområderne eller en enheds lokale initiativer.",
  ],
  exampleQuestions: ["Hvad gør Specialenheden for trafiksikkerheden?", "Hvad er Sund drift?"],
  helpHeading: "Sådan bruger du Strategilotsen",
  helpCommands: ({ unitName, unitCount }) => [
    { command: "hjælp", meaning: "viser denne vejledning" },
    { command: "pejlemærker", meaning: "viser pejlemærkerne og deres indsatsområder" },
    { command: "enheder", meaning: `viser strategiens ${number.format(unitCount)} enheder` },
    { command: `en enheds navn, fx ${unitName}`, meaning: "viser enhedens ansvar og lokale initiativer" },
    { command: "et spørgsmål", meaning: "finder det afsnit i strategien, der svarer på det" },
  ],
  quotesNote: (title) =>
    `Svarene er ordrette citater fra ${title}, og der står altid, hvor i strategien de kommer fra.`,

  unknownAction: "Den knap virker ikke længere. Skriv dit spørgsmål i stedet.",
  emptyQuestion: "Skriv et spørgsmål om strategien, så finder jeg svaret.",
  tooLong: (max) => `Dit spørgsmål er for langt. Skriv det kort – højst ${number.format(max)} tegn.`,
  error: "Der gik noget galt hos mig. Prøv igen om lidt.",
  slowDown: "Du har sendt mange beskeder på kort tid. Vent et øjeblik, og prøv igen.",

  searchExtensionNothing: (query) => `Jeg kunne ikke finde noget om „${query}" i strategien.`,
  searchExtensionTooLong: (max) => `Søgningen er for lang – højst ${number.format(max)} tegn.`,
  feedback: {
    meetingHeading: "Hvordan var mødet?",
    chatHeading: "Din feedback",
    openUntil: (day) => `Åben til ${day}`,
    answerCount: (count) => (count === 0 ? "Ingen har svaret endnu" : `${number.format(count)} har svaret`),
    ratingLabel: "Hvor nyttigt var det?",
    ratingMeanings: ["Slet ikke nyttigt", "Lidt nyttigt", "Nogenlunde nyttigt", "Nyttigt", "Meget nyttigt"],
    ratingMissing: "Vælg et tal fra 1 til 5.",
    topicLabel: "Hvad handlede det mest om? (valgfrit)",
    topicPlaceholder: "Vælg indsatsområde, initiativ eller tema",
    unitLabel: "Hvilken enhed? (valgfrit)",
    unitPlaceholder: "Vælg enhed",
    commentLabel: "Kommentar (valgfri)",
    commentPlaceholder: "Hvad fungerede godt, og hvad kan blive bedre?",
    anonymous: "Svar anonymt",
    anonymityNote: (min) =>
      `Anonyme svar gemmes uden navn, og ledere ser kun resultater, når der er ${number.format(min)} svar eller flere.`,
    send: "Send svar",
    update: "Opdater svar",
    refresh: "Opdater",

    thanks: (rating) => `Tak – du svarede ${rating}/5`,
    topic: "Emne",
    comment: "Kommentar",
    answeredAnonymously: "Anonymt",
    answeredWithName: "Med dit navn",
    editableUntil: (day) => `Du kan rette dit svar til og med ${day}.`,
    edit: "Ret dit svar",

    closedHeading: "Feedbacken er lukket",
    closedOn: (day) => `Den lukkede ${day}.`,
    closedCount: (count) =>
      count === 0 ? "Ingen nåede at svare." : `${number.format(count)} svarede – tak for jeres svar.`,

    notSaved: "Dit svar blev ikke gemt – prøv igen om lidt.",
    tryAgain: "Prøv igen",
    problems: {
      missingRating: "Dit svar blev ikke gemt: vælg et tal fra 1 til 5.",
      unknownTopic: "Dit svar blev ikke gemt: emnet findes ikke i strategien. Vælg et andet.",
      unknownUnit: "Dit svar blev ikke gemt: enheden findes ikke i strategien. Vælg en anden.",
      unknownPrompt: "Den feedback findes ikke længere, så dit svar blev ikke gemt.",
    },
    commentTooLong: (max) => `Dit svar blev ikke gemt: kommentaren må højst være ${number.format(max)} tegn.`,
    back: "Tilbage",
    meetingFallbackTitle: "Mødet",
    chatFallbackTitle: "Feedback",
    resultsInTab:
      "Resultaterne vises i fanen Strategilotsen. Dér afgør din rolle i appen (Results.<enhed> eller Results.All, tildelt i Entra ID), hvilke enheder du kan se.",
    openResultsInTab: "Åbn resultaterne i fanen",
    noResultsLink:
      "Kortet kan ikke linke til fanen, fordi appens Teams-id (TEAMS_APP_ID) ikke er sat op på serveren. Åbn fanen Strategilotsen, og vælg Resultater.",
    localModeNotice: "Lokal tilstand: alle kan se resultaterne, fordi appen kører uden login.",
    resultsHeading: (scope) => `Feedbackresultater – ${scope}`,
    openResults: "Resultater (ledere)",
    allUnits: "hele Københavns Politi",
    noPrompts: "Der er endnu ingen feedback at vise her.",
    figures: (count, mean) => `${count} svar · gennemsnit ${mean}`,
    distribution: "Fordeling 1–5",
    hiddenTooFew: (minGroupSize) => `For få svar – resultater vises fra ${minGroupSize} svar.`,
    hiddenDerivable: "Skjult, så ingen kan regne sig frem til en lille gruppes svar.",
    comments: "Kommentarer",
    shownPrompts: (shown, total) =>
      `Viser de ${shown} nyeste af ${total}. Alle resultater findes under fanen.`,
  },
};
