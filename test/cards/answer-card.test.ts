import { describe, expect, it } from "vitest";
import { answerCard } from "../../bot/cards/answer-card.ts";
import type { Answer } from "../../core/search/answer.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { fixtureItem, fixtureStrategy as strategy } from "./strategy-fixture.ts";
import { validateCard } from "./validate-card.ts";

const item = fixtureItem("specialenheden-taettere-paa-borgerne");
const answer: Answer = {
  item,
  paragraphIndexes: [1],
  related: [
    "specialenheden-sund-drift",
    "borgerinddragelse",
    "beredskabsenheden-taettere-paa-borgerne",
    "trivsel",
  ].map(fixtureItem),
};
const question = "Hvad gør Specialenheden for trafiksikkerheden?";

describe("answerCard", () => {
  const card = answerCard({ strategy, answer, locale: "da", question });
  const texts = cardTexts(card);
  const buttons = cardButtons(card);

  it("validates", () => {
    expect(validateCard(card)).toEqual([]);
  });

  it("quotes the paragraph verbatim, first", () => {
    expect(texts[0]).toBe(item.paragraphs[1]?.text);
    expect(texts[0]).toContain("hastighedskontroller ved skoler");
  });

  it("marks itself as an answer for machines: its first element, the quote, has the id `answer`", () => {
    expect(card.body[0]).toMatchObject({ type: "Container", id: "answer" });
  });

  it("says where the quote comes from and which unit", () => {
    expect(texts).toContain("Strategi 2025 › Lokale initiativer › Specialenheden › Tættere på borgerne");
    expect(texts).toContain("Enhed");
    expect(texts).toContain("Specialenheden");
  });

  it("offers the whole section, the unit and at most three related sections", () => {
    expect(buttons).toContainEqual(
      expect.objectContaining({ title: "Vis hele afsnittet", data: { verb: "showItem", itemId: item.id } }),
    );
    expect(buttons).toContainEqual(
      expect.objectContaining({ title: "Vis enheden", data: { verb: "showUnit", unitId: "specialenheden" } }),
    );
    expect(texts).toContain("Læs også");
    const related = buttons.filter(
      (button) => button.data.verb === "showItem" && button.title !== "Vis hele afsnittet",
    );
    expect(related.map((button) => button.title)).toEqual([
      "Specialenheden: Sund drift",
      "Borgerinddragelse",
      "Beredskabsenheden: Tættere på borgerne",
    ]);
  });

  it("asks for a rating with 👍 and 👎 that carry the answer", () => {
    expect(texts).toContain("Var svaret nyttigt?");
    const ratings = buttons.filter((button) => button.verb === "rateAnswer");
    expect(ratings.map((button) => [button.title, button.verb])).toEqual([
      ["👍", "rateAnswer"],
      ["👎", "rateAnswer"],
    ]);
    expect(ratings[1]?.data).toEqual({
      verb: "rateAnswer",
      rating: "down",
      answer: {
        itemId: item.id,
        paragraphIndexes: [1],
        relatedIds: [
          "specialenheden-sund-drift",
          "borgerinddragelse",
          "beredskabsenheden-taettere-paa-borgerne",
        ],
      },
    });
  });

  it("thanks instead of asking once the answer is rated", () => {
    const rated = answerCard({ strategy, answer, locale: "da", rated: "up" });
    expect(validateCard(rated)).toEqual([]);
    expect(cardButtons(rated).some((button) => button.verb === "rateAnswer")).toBe(false);
    expect(cardTexts(rated)).toContain("Tak for din vurdering 👍");
    expect(cardTexts(rated).join("\n")).not.toContain("Var svaret nyttigt?");
  });

  it("repeats the question in small print, escaped", () => {
    expect(texts.at(-1)).toBe(`Du spurgte: ${question}`);
    const typed = "**fed** <script>alert(1)</script> [klik](https://x.dk)";
    const echoed = cardTexts(answerCard({ strategy, answer, locale: "da", question: typed })).at(-1);
    expect(echoed).toBe(
      "Du spurgte: \\*\\*fed\\*\\* \\<script\\>alert(1)\\</script\\> \\[klik\\](https://x.dk)",
    );
  });

  it("speaks English around a Danish quote", () => {
    const english = answerCard({ strategy, answer, locale: "en", question });
    const englishTexts = cardTexts(english);
    expect(validateCard(english)).toEqual([]);
    expect(englishTexts[0]).toBe(item.paragraphs[1]?.text);
    expect(englishTexts).toEqual(
      expect.arrayContaining(["Related", "Was this helpful?", "Unit", `You asked: ${question}`]),
    );
    expect(cardButtons(english).map((button) => button.title)).toContain("Show the whole section");
  });

  it("marks left-out paragraphs and shows bullets", () => {
    const ansvar = fixtureItem("specialenheden-ansvar");
    const gapTexts = cardTexts(
      answerCard({ strategy, answer: { item: ansvar, paragraphIndexes: [0, 2], related: [] }, locale: "da" }),
    );
    expect(gapTexts.slice(0, 3)).toEqual([ansvar.paragraphs[0]?.text, "\\[…\\]", ansvar.paragraphs[2]?.text]);
    const bullets = fixtureItem("sammenhaeng-i-straffesagsbehandlingen-indsats");
    const bulletTexts = cardTexts(
      answerCard({
        strategy,
        answer: { item: bullets, paragraphIndexes: [1, 2, 3], related: [] },
        locale: "da",
      }),
    );
    expect(bulletTexts[1]).toBe("• Styrkelse af samarbejdet på tværs af straffesagskæden");
  });

  it("leaves out the unit where the section has none", () => {
    const trivsel = answerCard({
      strategy,
      answer: { item: fixtureItem("trivsel"), paragraphIndexes: [0], related: [] },
      locale: "da",
    });
    expect(validateCard(trivsel)).toEqual([]);
    expect(cardTexts(trivsel)).not.toContain("Enhed");
    expect(cardButtons(trivsel).some((button) => button.data.verb === "showUnit")).toBe(false);
    expect(cardTexts(trivsel)).not.toContain("Læs også");
  });
});

describe("answerCard for a signed section", () => {
  it("attributes a quote from the forord to the police director, inside the quote", () => {
    const forord = fixtureItem("forord");
    const card = answerCard({
      strategy,
      answer: { item: forord, paragraphIndexes: [0], related: [] },
      locale: "da",
    });
    expect(validateCard(card)).toEqual([]);
    const quote = JSON.stringify(card.body[0]);
    expect(quote).toContain("Politidirektør Anne Tønnes");
  });
});
