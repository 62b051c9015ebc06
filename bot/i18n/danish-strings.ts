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

  sourceLabel: "Kilde",
  unitLabel: "Enhed",
  showWholeSection: "Vis hele afsnittet",
  showUnit: "Vis enheden",
  wasHelpful: "Var svaret nyttigt?",
  helpfulYes: "Ja, svaret var nyttigt",
  helpfulNo: "Nej, svaret var ikke nyttigt",
  thanksForRating: "Tak for din vurdering",

  notFound: (title) => `Jeg kunne ikke finde et svar på det i ${title}.`,
  suggestionsIntro: "Måske kan et af disse afsnit hjælpe:",
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
};
