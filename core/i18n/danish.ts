/*
 * Everything the app says in Danish, the primary language: plain words a colleague would use. One file
 * per language, longer than ~200 lines on purpose, so a translator sees every text of a language in one
 * place; `ui-text.ts` and its parts describe each text. Plain data and small formatting functions, no
 * Node imports: the tab's browser bundle includes it.
 */
import type { UiText } from "./ui-text.ts";

const numberLocale = "da-DK";
const number = new Intl.NumberFormat(numberLocale);
const notFound = (title: string) => `Jeg kunne ikke finde et svar på det i ${title}.`;
const tooFewInText = "for få svar";

/** Everything the app says in Danish. */
export const danish: UiText = {
  shared: {
    numberLocale,
    notFound,
    source: "Kilde",
    readAlso: "Læs også",
    unit: "Enhed",
    pejlemaerker: "Pejlemærker",
    wholeOrganisation: "Hele Københavns Politi",
    questions: {
      meetingUsefulness: {
        text: "Hvor nyttigt var mødet?",
        scale: ["Slet ikke nyttigt", "Lidt nyttigt", "Nogenlunde nyttigt", "Nyttigt", "Meget nyttigt"],
      },
      initiativeQuality: {
        text: "Hvor godt er initiativet?",
        scale: ["Meget dårligt", "Dårligt", "Hverken godt eller dårligt", "Godt", "Meget godt"],
      },
    },
    ratingMissing: "Vælg et tal fra 1 til 5.",
    commentOptional: "Kommentar (valgfri)",
    answerAnonymously: "Svar anonymt",
    results: {
      notLeader:
        "Resultaterne kan kun ses med appens rolle for enheden (Results.<enhed>) eller for alle enheder (Results.All). Din administrator tildeler den i Entra ID.",
      figures: (count, mean) => `${count} svar · gennemsnit ${mean}`,
      distribution: "Fordeling 1–5",
      comments: "Kommentarer",
      tooFew: "For få svar",
      tooFewInText,
      derivable: "Skjult, så ingen kan regne sig frem til en lille gruppes svar.",
    },
  },
  bot: {
    help: "Hjælp",
    units: "Se enhederne",
    allUnits: "Alle enheder",
    youAsked: "Du spurgte:",
    examplesIntro: "Prøv for eksempel:",
    channelHint: "I en kanal skal du skrive @Strategilotsen først i din besked.",
    meetingHint:
      "Vil du have feedback efter et møde? Som mødeindkalder: tilføj Strategilotsen til mødet (+ Apps) og vælg enheden – så spørger jeg deltagerne, når mødet slutter.",

    showWholeSection: "Vis hele afsnittet",
    showUnit: "Vis enheden",
    openInTab: "Åbn i fanen",
    wasHelpful: "Var svaret nyttigt?",
    helpfulYes: "Ja, svaret var nyttigt",
    helpfulNo: "Nej, svaret var ikke nyttigt",
    thanksForRating: "Tak for din vurdering",

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
      topicLabel: "Hvad handlede det mest om? (valgfrit)",
      topicPlaceholder: "Vælg indsatsområde, initiativ eller tema",
      unitLabel: "Hvilken enhed? (valgfrit)",
      unitPlaceholder: "Vælg enhed",
      commentPlaceholder: "Hvad fungerede godt, og hvad kan blive bedre?",
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
      commentTooLong: (max) =>
        `Dit svar blev ikke gemt: kommentaren må højst være ${number.format(max)} tegn.`,
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
      noPrompts: "Der er endnu ingen feedback at vise her.",
      hiddenTooFew: (minGroupSize) => `For få svar – resultater vises fra ${minGroupSize} svar.`,
      shownPrompts: (shown, total) =>
        `Viser de ${shown} nyeste af ${total}. Alle resultater findes under fanen.`,
    },
  },
  tab: {
    skipToContent: "Spring til indholdet",
    loading: "Henter …",
    localModeBanner:
      "Lokal tilstand: Teams-login (SSO) er ikke sat op. Alle bruger appen som den samme lokale bruger, og alle kan se resultaterne.",
    signInFailed: (reason) => `Teams kunne ikke logge dig ind (${reason}). Genindlæs fanen, og prøv igen.`,
    errors: {
      unauthorized: "Du er ikke logget ind. Åbn fanen i Teams, eller genindlæs den.",
      forbidden: "Du har ikke adgang til det her.",
      notFound: "Det findes ikke i strategien.",
      tooMany: "Du har sendt meget på kort tid. Vent et øjeblik, og prøv igen.",
      unavailable: "Databasen svarer ikke lige nu – prøv igen om lidt.",
      other: "Noget gik galt – prøv igen om lidt.",
    },
    unitPickerPlaceholder: "Vælg en enhed",
    chooseUnit: "Vælg en enhed for at se, hvad Strategi 2025 beder den om.",
    unitNotFound: (id) => `Enheden „${id}“ findes ikke i strategien. Vælg en enhed ovenfor.`,
    pinnedIn: (where) => `Fastgjort i ${where}`,
    chat: "chatten",
    nav: {
      label: "Fanens sider",
      strategy: "Strategien",
      results: "Resultater",
      sections: "Strategiens dele",
      ansvar: "Ansvar",
      crossCutting: "Fælles for alle",
      forord: "Forord",
    },
    content: {
      localInitiatives: "Lokale initiativer",
      localInitiativesIntro: "Enhedens egne initiativer under hvert pejlemærke.",
      crossCutting: "Det gælder alle enheder",
      crossCuttingIntro: "Digitalisering og de tværgående initiativer.",
      pejlemaerker: "De to pejlemærker",
      focusAreas: "Indsatsområder",
      introduction: "Indledning",
      units: "Enhederne",
      openUnit: (name) => `Se hvad strategien beder ${name} om`,
    },
    feedback: {
      pageHeading: "Hvad synes du?",
      pageLegend: (scope) => `Din vurdering af det, Strategi 2025 beder ${scope} om`,
      itemLegend: (title) => `Din vurdering af „${title}“`,
      anonymityNote: "Anonyme svar gemmes uden navn. Ledere ser kun samlede resultater, når nok har svaret.",
      pageQuestion: (scope) => `Hvor godt er det, strategien beder ${scope} om?`,
      addComment: "Tilføj en kommentar",
      editComment: "Ret din kommentar",
      saveComment: "Gem svar og kommentar",
      received: "Tak – dit svar er modtaget",
      yourAnswer: (rating, day) => `Dit svar: ${rating}/5 (${day}). Du kan ændre det når som helst.`,
      notSaved: (reason) => `Dit svar blev ikke gemt: ${reason}`,
    },
    search: {
      heading: "Søg i strategien",
      label: "Spørgsmål eller ord",
      button: "Søg",
      searching: "Søger …",
      notFound: notFound("Strategi 2025"),
      suggestions: "Det kan jeg svare på:",
      unitOverview: (name) => `Se hvad strategien beder ${name} om`,
      empty: "Skriv et spørgsmål om strategien.",
      browse: "Se i stedet efter her:",
      wholeStrategy: "Hele strategien for Københavns Politi",
      askBot: "Eller spørg Strategilotsen i chatten – skriv dit spørgsmål med dine egne ord.",
      failed: (reason) => `Søgningen mislykkedes: ${reason}`,
    },
    results: {
      heading: (scope) => `Resultater – ${scope}`,
      intro: (min) =>
        `Svar fra fanen og fra møder. Grupper med færre end ${min} svar vises ikke, så ingen kan genkendes.`,
      downloadCsv: "Hent resultaterne som CSV",
      noAnswers: "Der er endnu ingen svar at vise her.",
      noAnswersHint:
        "Svar fra fanen og fra møder vises her, så snart der er nok til, at ingen kan genkendes.",
      demo: "Tallene her indeholder demonstrationsdata fra opdigtede kolleger (npm run demo-data).",
      tooFewNote: (min) => `Resultater vises fra ${min} svar, så ingen kan genkendes.`,
      answers: "Svar",
      mean: "Gennemsnit",
      trend: "Udvikling",
      trendSince: (before, latest) => `${latest} mod ${before}`,
      noTrend: "Kræver to uger med nok svar",
      week: (number) => `uge ${number}`,
      ratingAxis: "Vurdering",
      countAxis: "Antal svar",
      meanAxis: "Gennemsnit",
      weekAxis: "Uge",
      meaning: "Betydning",
      distributionAlt: (counts) =>
        `Fordeling af svarene: ${counts.map((count, index) => `${index + 1}: ${count}`).join(", ")}.`,
      overTime: "Gennemsnit pr. uge",
      overTimeAlt: (weeks) =>
        `Gennemsnit pr. uge: ${weeks.map((week) => `${week.week}: ${week.mean ?? tooFewInText}`).join(", ")}.`,
      byPrompt: "Pr. initiativ og møde",
      anonymous: "Anonym",
      kinds: { tab: "Fanen", meeting: "Møde", chat: "Chat" },
      noUnit: "Uden enhed",
    },
    config: {
      heading: "Vælg enheden til fanen",
      intro: "Fanen viser, hvad Strategi 2025 beder enheden om, og lader alle sige, hvad de synes.",
      outsideTeams: "Denne side sætter fanen op i Teams. Uden for Teams kan du se, hvordan den bliver:",
      preview: (name) => `Vis fanen for ${name}`,
      saveFailed: (reason) => `Fanen kunne ikke gemmes: ${reason}`,
    },
  },
  csv: {
    separator: ";",
    decimalMark: ",",
    header: [
      "Niveau",
      "Enhed",
      "Spørgsmål",
      "Navn",
      "Antal svar",
      "Gennemsnit",
      "1",
      "2",
      "3",
      "4",
      "5",
      "Bemærkning",
    ],
    level: {
      organisation: "Organisation",
      unit: "Enhed",
      prompt: "Møde eller initiativ",
      week: "Uge",
      topic: "Emne",
    },
    complementary: "skjult, da et skjult tal ellers kan regnes ud",
    noUnit: "(uden enhed)",
  },
};
