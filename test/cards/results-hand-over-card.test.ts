import { describe, expect, it } from "vitest";
import { resultsHandOverCard } from "../../bot/cards/results-hand-over-card.ts";
import { cardButtons, cardLinks, cardTexts } from "./card-contents.ts";
import { validateCard } from "./validate-card.ts";

const url =
  "https://teams.microsoft.com/l/entity/app/strategi?context=%7B%22subEntityId%22%3A%22results%22%7D";

describe("resultsHandOverCard", () => {
  it("names the scope, says the role decides in the tab, and links there, in Danish", () => {
    const card = resultsHandOverCard({ locale: "da", scope: "Specialenheden", resultsUrl: url });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual([
      "Feedbackresultater – Specialenheden",
      "Resultaterne vises i fanen Strategilotsen. Dér afgør din rolle i appen (Results.<enhed> eller Results.All, tildelt i Entra ID), hvilke enheder du kan se.",
    ]);
    expect(cardLinks(card)).toEqual([{ type: "Action.OpenUrl", title: "Åbn resultaterne i fanen", url }]);
    expect(cardButtons(card)).toEqual([]);
  });

  it("without a link says why and where to look instead, in English", () => {
    const card = resultsHandOverCard({ locale: "en" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)[0]).toBe("Feedback results – Hele Københavns Politi (all units)");
    expect(cardTexts(card).at(-1)).toBe(
      "This card cannot link to the tab because the app's Teams id (TEAMS_APP_ID) is not set up on the server. Open the Strategilotsen tab and choose Results.",
    );
    expect(cardLinks(card)).toEqual([]);
  });
});
