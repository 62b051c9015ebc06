import { describe, expect, it } from "vitest";
import { feedbackResultsCard } from "../../bot/cards/feedback-results-card.ts";
import { answers, prompt, resultsFor } from "../feedback/results-fixtures.ts";
import { cardTexts } from "./card-contents.ts";
import { validateCard } from "./validate-card.ts";

/** Specialenheden: a meeting of 6 and an initiative of 5; Beredskabsenheden: meetings of 5 and 2. */
const results = resultsFor({
  prompts: [
    prompt("m", "specialenheden", { title: "Teammøde" }),
    prompt("t", "specialenheden", {
      kind: "tab",
      title: "Fanen: Trivsel",
      createdAt: Date.parse("2025-03-02T09:00:00Z"),
    }),
    prompt("s", "beredskabsenheden", { title: "Lille møde" }),
    prompt("b", "beredskabsenheden", { title: "Stort møde" }),
  ],
  answers: [
    ...answers("m", [1, 2, 3, 4, 5, 5], { comment: "Godt", anonymous: false, respondentName: "Mette" }),
    ...answers("t", [4, 4, 5, 5, 5]),
    ...answers("s", [3, 3]),
    ...answers("b", [2, 2, 2, 2, 2]),
  ],
});

describe("feedbackResultsCard", () => {
  it("validates in both languages", () => {
    for (const locale of ["da", "en"] as const)
      expect(validateCard(feedbackResultsCard({ results, locale })), locale).toEqual([]);
  });

  it("shows each prompt under its own question and scale, never merged, and a small one only as too few", () => {
    const texts = cardTexts(feedbackResultsCard({ results, locale: "da" }));
    // Only local mode shows results in chat, and the card says why everyone may see them.
    expect(texts[1]).toBe("Lokal tilstand: alle kan se resultaterne, fordi appen kører uden login.");
    const at = (title: string) => texts.indexOf(title);
    expect(texts.slice(at("Teammøde"), at("Teammøde") + 4)).toEqual([
      "Teammøde",
      "Hvor nyttigt var mødet?",
      "6 svar · gennemsnit 3,3",
      "Fordeling 1–5: Slet ikke nyttigt (1): 1 · Lidt nyttigt (2): 1 · Nogenlunde nyttigt (3): 1 · Nyttigt (4): 1 · Meget nyttigt (5): 2",
    ]);
    expect(texts.slice(at("Fanen: Trivsel"), at("Fanen: Trivsel") + 4)).toEqual([
      "Fanen: Trivsel",
      "Hvor godt er initiativet?",
      "5 svar · gennemsnit 4,6",
      "Fordeling 1–5: Meget dårligt (1): 0 · Dårligt (2): 0 · Hverken godt eller dårligt (3): 0 · Godt (4): 2 · Meget godt (5): 3",
    ]);
    expect(texts.slice(at("Lille møde"), at("Lille møde") + 3)).toEqual([
      "Lille møde",
      "Hvor nyttigt var mødet?",
      expect.stringMatching(/^For få svar/),
    ]);
    // 5 answers, but shown it would give the small meeting away (7 in the unit − 5).
    expect(texts.slice(at("Stort møde") + 2, at("Stort møde") + 3)).toEqual([
      "Skjult, så ingen kan regne sig frem til en lille gruppes svar.",
    ]);
    expect(texts.join("\n")).not.toMatch(/11 svar/);
  });
});
