import { describe, expect, it } from "vitest";
import { createTypoCorrector } from "../../core/search/typo-correction.ts";
import { realSearch } from "./search-fixture.ts";

describe("a word one typing slip from the strategy's", () => {
  const correct = createTypoCorrector(["beredskabet", "tryghedsvandringer", "borgerrådet", "borgerrådets"]);

  it("is the strategy's word: a letter dropped, added, changed, or two swapped", () => {
    expect(correct("beredskbet")).toBe("beredskabet");
    expect(correct("beredsskabet")).toBe("beredskabet");
    expect(correct("beredskapet")).toBe("beredskabet");
    expect(correct("beresdkabet")).toBe("beredskabet");
    expect(correct("tryghedsvandrigner")).toBe("tryghedsvandringer");
  });

  it("is left alone when two of the strategy's words are as near, or none is, or it is short", () => {
    expect(correct("borgerrådeta")).toBeUndefined();
    expect(correct("beredskabsenheden")).toBeUndefined();
    expect(correct("beredskabetxy")).toBeUndefined();
    expect(createTypoCorrector(["kredse"])("krdse")).toBeUndefined();
  });

  it("in a word of four or five letters, corrects only two swapped neighbours", () => {
    const short = createTypoCorrector(["bedst", "vand"]);
    expect(short("bdest")).toBe("bedst");
    expect(short("vnad")).toBe("vand");
    expect(short("best")).toBeUndefined(); // a letter dropped: too many short words are one drop apart
    expect(short("bedsk")).toBeUndefined();
    expect(short("bed")).toBeUndefined();
  });

  it("counts a swap of neighbouring letters as one slip, and a swap of distant ones as two", () => {
    const swaps = createTypoCorrector(["kontrol"].concat(["borgerrådet"]));
    expect(swaps("knotrol")).toBe("kontrol");
    expect(swaps("lontrok")).toBeUndefined();
  });
});

describe("a Danish question with such a slip", () => {
  it("is read with the strategy's word before it is stemmed", () => {
    const { query } = realSearch().explain("hvad med hastighedskontrolelr ved skoler");
    expect(query.concepts.map((concept) => concept.label)).toContain("hastighedskontroller");
  });

  it("reads the question's kind from the corrected word: 'hvornår … bdest' asks under what conditions", () => {
    expect(realSearch().explain("hvornår trives man bdest på arbejdet").query.expects).toBe("condition");
  });

  it("keeps a Danish word the strategy does not use, and English words, as typed", () => {
    const danish = realSearch().explain("narkohandel i nattelivet");
    expect(danish.query.concepts.map((concept) => concept.label)).toContain("narkohandel");
    const english = realSearch().explain("what is done about border control");
    expect(english.query.concepts.map((concept) => concept.label).join(" ")).toContain("border");
  });
});
