import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultMaxTextLength, plainText } from "../../bot/cards/plain-text.ts";

/** The text with every backslash escape removed: what markdown would still act on. */
function unescaped(text: string): string {
  return text.replace(/\\[\s\S]/g, "");
}

describe("plainText", () => {
  it("escapes emphasis, links, code and HTML", () => {
    expect(plainText("**fed** _kursiv_ ~~streg~~")).toBe("\\*\\*fed\\*\\* \\_kursiv\\_ \\~\\~streg\\~\\~");
    expect(plainText("[link](https://x.dk)")).toBe("\\[link\\](https://x.dk)");
    expect(plainText("<script>alert(1)</script> `kode`")).toBe(
      "\\<script\\>alert(1)\\</script\\> \\`kode\\`",
    );
    expect(plainText("C:\\sager")).toBe("C:\\\\sager");
  });

  it("escapes a leading list, heading or quote marker, and only a leading one", () => {
    expect(plainText("1. Styrkelse")).toBe("1\\. Styrkelse");
    expect(plainText("12) punkt")).toBe("12\\) punkt");
    expect(plainText("- punkt")).toBe("\\- punkt");
    expect(plainText("+ punkt")).toBe("\\+ punkt");
    expect(plainText("# Overskrift")).toBe("\\# Overskrift");
    expect(plainText("> citat")).toBe("\\> citat");
    expect(plainText("   - efter mellemrum")).toBe("\\- efter mellemrum");
  });

  it("leaves the strategy's ordinary punctuation alone", () => {
    const quote =
      "rocker- og bandekriminalitet, HR-processer og (RSIOC Ø) – ”rigtig og færdig første gang”, i 2025. Hvad nu!";
    expect(plainText(quote)).toBe(quote);
  });

  it("turns line breaks and control characters into single spaces and drops bidi overrides", () => {
    expect(plainText("første linje\n- anden\r\n\tlinje\u0000slut")).toBe("første linje - anden linje slut");
    expect(plainText("abc\u202Edef")).toBe("abcdef");
    expect(plainText("første\u2028- anden\u00A0linje")).toBe("første - anden linje");
  });

  it("stops Teams from expanding date functions", () => {
    expect(plainText("{{DATE(2025-01-01T00:00:00Z, SHORT)}}")).toBe(
      "{\u200B{DATE(2025-01-01T00:00:00Z, SHORT)}}",
    );
  });

  it("cuts long text at the limit with an ellipsis, never inside an escape or a character", () => {
    expect(plainText("abcdefghij", 5)).toBe("abcd…");
    expect(plainText("abc*defgh", 5)).toBe("abc…");
    expect(plainText("ab👍👍👍", 5)).toBe("ab👍…");
    expect(plainText("x".repeat(5000))).toHaveLength(defaultMaxTextLength);
  });

  it("for any text: no live markdown, no control characters, within the limit", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.constantFrom(..."*_~[]()<>`\\#+-!1. \n\tab") }),
      fc.string({ unit: "binary" }),
    );
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 300 }), (text, maxLength) => {
        const result = plainText(text, maxLength);
        const live = unescaped(result);
        expect(live).not.toMatch(/[*_~[\]`<>\\]/);
        expect(result).not.toMatch(/^(?:[-+#>]|\d+[.)])/);
        expect(result).not.toMatch(/\p{Cc}|\p{Cs}/u);
        expect(result.length).toBeLessThanOrEqual(maxLength);
      }),
      { numRuns: 2000 },
    );
  });
});
