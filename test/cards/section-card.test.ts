import { describe, expect, it } from "vitest";
import { sectionCard } from "../../bot/cards/section-card.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureItem, fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { maxCardBytes, validateCard } from "./validate-card.ts";

function buttonsOf(id: string) {
  return cardButtons(sectionCard({ strategy, item: fixtureItem(id), locale: "da" })).map(
    (button) => button.data,
  );
}

describe("sectionCard", () => {
  it("shows a unit's section whole, with its place, and buttons to the unit's other sections", () => {
    const item = fixtureItem("specialenheden-ansvar");
    const card = sectionCard({ strategy, item, locale: "da" });
    const texts = cardTexts(card);
    expect(validateCard(card)).toEqual([]);
    expect(texts.slice(0, 2)).toEqual([
      "Lokale initiativer › Specialenheden",
      "Ansvar, opgaver og indsatser",
    ]);
    expect(texts.slice(2)).toEqual(
      expect.arrayContaining(item.paragraphs.map((paragraph) => paragraph.text)),
    );
    expect(texts).toContain("Læs også");
    expect(buttonsOf("specialenheden-ansvar")).toEqual([
      { verb: "showItem", itemId: "specialenheden-taettere-paa-borgerne" },
      { verb: "showItem", itemId: "specialenheden-sund-drift" },
      { verb: "showUnit", unitId: "specialenheden" },
    ]);
  });

  it("shows an indsatsområde's slogan and links it to its pejlemærke", () => {
    const card = sectionCard({ strategy, item: fixtureItem("borgerinddragelse"), locale: "en" });
    expect(validateCard(card)).toEqual([]);
    expect(cardTexts(card)).toEqual(
      expect.arrayContaining(["Borgerinddragelse", "Vi lytter samarbejder og handler", "Related"]),
    );
    expect(buttonsOf("borgerinddragelse")).toEqual([
      { verb: "showItem", itemId: "taettere-paa-borgerne" },
      { verb: "showItem", itemId: "i-oejenhoejde-med-borgerne" },
    ]);
  });

  it("starts the forord with its title alone and ends it with the signature", () => {
    const texts = cardTexts(sectionCard({ strategy, item: fixtureItem("forord"), locale: "da" }));
    expect(texts[0]).toBe("Forord");
    expect(texts.slice(-3, -1)).toEqual(["Med venlig hilsen", "Politidirektør Anne Tønnes"]);
    expect(buttonsOf("forord")).toEqual([{ verb: "showItem", itemId: "om-strategi-2025" }]);
  });

  it("links a tværgående initiativ to its Indsats and the other initiativer, with clear titles", () => {
    const card = sectionCard({
      strategy,
      item: fixtureItem("sammenhaeng-i-straffesagsbehandlingen"),
      locale: "da",
    });
    expect(cardButtons(card).map((button) => button.title)).toEqual([
      "Sammenhæng i straffesagsbehandlingen: Indsats",
      "En moderne arbejdsplads",
    ]);
    const indsats = sectionCard({
      strategy,
      item: fixtureItem("sammenhaeng-i-straffesagsbehandlingen-indsats"),
      locale: "da",
    });
    expect(cardTexts(indsats)).toContain("• Styrkelse af samarbejdet på tværs af straffesagskæden");
    expect(cardTexts(indsats)[0]).toBe("Tværgående initiativer › Sammenhæng i straffesagsbehandlingen");
    expect(buttonsOf("sammenhaeng-i-straffesagsbehandlingen-indsats")).toEqual([
      { verb: "showItem", itemId: "sammenhaeng-i-straffesagsbehandlingen" },
    ]);
  });

  it("links digitalisering to the two pejlemærker it crosses", () => {
    expect(buttonsOf("digitalisering")).toEqual([
      { verb: "showItem", itemId: "taettere-paa-borgerne" },
      { verb: "showItem", itemId: "sund-drift" },
    ]);
  });

  it("stays valid and under 40 KB for every fixture item", () => {
    for (const item of strategy.items) {
      const card = sectionCard({ strategy, item, locale: "da" });
      expect(validateCard(card), item.id).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(maxCardBytes);
    }
  });
});
