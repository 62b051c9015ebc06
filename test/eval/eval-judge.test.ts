import { describe, expect, it } from "vitest";
import { readReply } from "../../bench/eval-reply.ts";
import { judge } from "../../bench/eval-set.ts";
import { adaptiveCard } from "../../bot/cards/adaptive-card.ts";
import { answerCard } from "../../bot/cards/answer-card.ts";
import { textBlock } from "../../bot/cards/card-elements.ts";
import { itemButton } from "../../bot/cards/navigation-buttons.ts";
import { notFoundCard } from "../../bot/cards/not-found-card.ts";
import { type EvalQuestion, loadEvalSets } from "../../harness/eval-sets.ts";
import { fixtureItem, fixtureStrategy as strategy } from "../cards/strategy-fixture.ts";

const item = fixtureItem("specialenheden-taettere-paa-borgerne");
const answerable: EvalQuestion = {
  id: "t1",
  lang: "da",
  question: "hvad gør vi ved skolerne?",
  must_include: ["hastighedskontroller ved skoler"],
  kind: "paraphrase",
};
const unanswerable: EvalQuestion = { ...answerable, id: "t2", must_include: [], kind: "negative" };

describe("the evaluation's reading of replies", () => {
  it("reads an answer card by its marker and finds the phrases in its quote", () => {
    const card = answerCard({ strategy, answer: { item, paragraphIndexes: [1], related: [] }, locale: "da" });
    const reply = readReply(card);
    expect(reply.kind).toBe("answer");
    expect(judge(answerable, reply, strategy.itemById).hit).toBe(true);
    expect(judge(unanswerable, reply, strategy.itemById).hit).toBe(false);
  });

  it("finds a phrase whatever its letter case, as a heading set in capitals is the same words", () => {
    const card = answerCard({ strategy, answer: { item, paragraphIndexes: [1], related: [] }, locale: "da" });
    const shouted = { ...answerable, must_include: ["HASTIGHEDSKONTROLLER VED SKOLER"] };
    expect(judge(shouted, readReply(card), strategy.itemById).hit).toBe(true);
  });

  it("counts an answer that quotes another paragraph as a miss", () => {
    const card = answerCard({ strategy, answer: { item, paragraphIndexes: [0], related: [] }, locale: "da" });
    expect(judge(answerable, readReply(card), strategy.itemById).hit).toBe(false);
  });

  it("reads a not-found card by its marker, in either language", () => {
    for (const locale of ["da", "en"] as const) {
      const reply = readReply(notFoundCard({ strategy, locale, question: "x", suggestions: [item] }));
      expect(reply.kind).toBe("not-found");
      expect(judge(unanswerable, reply, strategy.itemById).hit).toBe(true);
      expect(judge(answerable, reply, strategy.itemById).hit).toBe(false);
    }
  });

  it("counts choices as neither answered nor not found, and sees whether the right section was offered", () => {
    // The choices card is "search"'s; this stand-in has only what the evaluation reads: marker and buttons.
    const withButtons = (ids: string[]) =>
      adaptiveCard(
        [textBlock("Mente du …?", { id: "choices" })],
        ids.map((id) => itemButton(fixtureItem(id))),
      );
    const right = judge(answerable, readReply(withButtons(["trivsel", item.id])), strategy.itemById);
    expect(right).toMatchObject({ hit: false, rightAmongChoices: true });
    const wrong = judge(answerable, readReply(withButtons(["trivsel"])), strategy.itemById);
    expect(wrong).toMatchObject({ hit: false, rightAmongChoices: false });
    expect(judge(unanswerable, readReply(withButtons([item.id])), strategy.itemById).hit).toBe(false);
  });

  it("does not take a card without a marker for an answer", () => {
    expect(readReply(adaptiveCard([textBlock("Jeg kunne ikke finde et svar")])).kind).toBe("other");
  });
});

describe("the evaluation's sets", () => {
  it("marks the sets the search was developed against as seen, and leaves the later blind sets held out", () => {
    const seen = Object.fromEntries(loadEvalSets().map((set) => [set.name, set.seen]));
    expect(seen).toMatchObject({
      "blind-1": true,
      "blind-2": true,
      own: true,
      dev: true,
      "blind-3": false,
      "blind-4": true,
      "blind-5": false,
      "blind-6": true,
      "blind-7": true,
    });
  });
});
