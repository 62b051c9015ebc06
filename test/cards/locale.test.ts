import { describe, expect, it } from "vitest";
import { danishStrings } from "../../bot/i18n/danish-strings.ts";
import { englishStrings } from "../../bot/i18n/english-strings.ts";
import { localeFromTeams } from "../../bot/i18n/locale.ts";

describe("localeFromTeams", () => {
  it("gives Danish for Danish and for no locale at all", () => {
    for (const locale of ["da", "da-DK", "DA-dk", "da_DK", " da-DK ", undefined, ""]) {
      expect(localeFromTeams(locale), String(locale)).toBe("da");
    }
  });

  it("gives English for every other language", () => {
    for (const locale of ["en-US", "en-GB", "de-DE", "sv-SE", "x"]) {
      expect(localeFromTeams(locale), locale).toBe("en");
    }
  });
});

describe("UI strings", () => {
  it("start the not-found reply the way the search design promises", () => {
    expect(danishStrings.notFound("Strategi 2025").startsWith("Jeg kunne ikke finde")).toBe(true);
    expect(englishStrings.notFound("Strategi 2025").startsWith("I couldn't find")).toBe(true);
  });
});
