import { describe, expect, it } from "vitest";
import { type NoticeCardInput, noticeCard } from "../../bot/cards/notice-card.ts";
import type { Language } from "../../core/i18n/language.ts";
import { cardButtons, cardTexts } from "./card-contents.ts";
import { validateCard } from "./validate-card.ts";

const kinds = ["unknownAction", "emptyQuestion", "error", "slowDown"] as const;

function notices(locale: Language): NoticeCardInput[] {
  return [...kinds.map((kind) => ({ locale, kind })), { locale, kind: "tooLong", maxLength: 500 }];
}

describe("noticeCard", () => {
  it("is one line of text and a help button, for every kind in both languages", () => {
    for (const input of [...notices("da"), ...notices("en")]) {
      const card = noticeCard(input);
      expect(validateCard(card), input.kind).toEqual([]);
      expect(cardTexts(card)).toHaveLength(1);
      expect(cardButtons(card).map((button) => button.data)).toEqual([{ verb: "showHelp" }]);
    }
    const danish = new Set(notices("da").map((input) => cardTexts(noticeCard(input))[0]));
    expect(danish.size).toBe(5);
  });

  it("says how long a question may be", () => {
    expect(cardTexts(noticeCard({ locale: "da", kind: "tooLong", maxLength: 500 }))).toEqual([
      "Dit spørgsmål er for langt. Skriv det kort – højst 500 tegn.",
    ]);
    expect(cardTexts(noticeCard({ locale: "da", kind: "tooLong", maxLength: 1500 }))[0]).toContain(
      "højst 1.500 tegn",
    );
    expect(cardTexts(noticeCard({ locale: "en", kind: "tooLong", maxLength: 500 }))[0]).toContain(
      "at most 500 characters",
    );
  });

  it("tells a user whose button no longer works what to do", () => {
    const card = noticeCard({ locale: "da", kind: "unknownAction" });
    expect(cardTexts(card)).toEqual(["Den knap virker ikke længere. Skriv dit spørgsmål i stedet."]);
    expect(cardButtons(card)[0]?.title).toBe("Hjælp");
  });
});
