import { describe, expect, it } from "vitest";
import { languageOf } from "../../core/i18n/language.ts";
import { textFor } from "../../core/i18n/text-for.ts";

describe("languageOf", () => {
  it("gives Danish for Danish and for no locale at all", () => {
    for (const locale of ["da", "da-DK", "DA-dk", "da_DK", " da-DK ", undefined, ""]) {
      expect(languageOf(locale), String(locale)).toBe("da");
    }
  });

  it("gives English for every other language, including ones that merely start with the letters da", () => {
    for (const locale of ["en-US", "en-GB", "de-DE", "sv-SE", "x", "dav-KE"]) {
      expect(languageOf(locale), locale).toBe("en");
    }
  });
});

describe("UI text", () => {
  it("starts the not-found reply the way the search design promises, on both faces", () => {
    expect(textFor("da").shared.notFound("Strategi 2025").startsWith("Jeg kunne ikke finde")).toBe(true);
    expect(textFor("en").shared.notFound("Strategi 2025").startsWith("I couldn't find")).toBe(true);
    expect(textFor("da").tab.search.notFound).toBe(textFor("da").shared.notFound("Strategi 2025"));
  });
});
