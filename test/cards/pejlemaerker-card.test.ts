import { describe, expect, it } from "vitest";
import { pejlemaerkerCard } from "../../bot/cards/pejlemaerker-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

describe("pejlemaerkerCard", () => {
  const card = pejlemaerkerCard({ strategy, locale: "da" });
  const texts = cardTexts(card);

  it("validates", () => {
    expect(validateCard(card)).toEqual([]);
    expect(validateCard(pejlemaerkerCard({ strategy, locale: "en" }))).toEqual([]);
  });

  it("shows each pejlemærke with its indsatsområder, title and slogan", () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        "Tættere på borgerne",
        "**Borgerinddragelse** – Vi lytter samarbejder og handler",
        "**I øjenhøjde med borgerne** – Vi sætter os i borgernes sted",
        "Sund drift",
        "**Trivsel** – Vi fokuserer på mangfoldighed og inklusion",
        "På tværs af begge pejlemærker",
        "Tværgående initiativer",
      ]),
    );
  });

  it("opens every section it names, digitalisering and the tværgående initiativer too", () => {
    expect(cardButtons(card).map((button) => button.data)).toEqual([
      ...[
        "taettere-paa-borgerne",
        "borgerinddragelse",
        "i-oejenhoejde-med-borgerne",
        "sund-drift",
        "trivsel",
      ].map((itemId) => ({ verb: "showItem", itemId })),
      ...["digitalisering", "sammenhaeng-i-straffesagsbehandlingen", "en-moderne-arbejdsplads"].map(
        (itemId) => ({
          verb: "showItem",
          itemId,
        }),
      ),
      { verb: "showUnits" },
      { verb: "showHelp" },
    ]);
  });
});
