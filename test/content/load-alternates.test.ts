/**
 * Alternate questions (`content/<year>/alternates/`): loaded beside their content file and attached to
 * their paragraphs; an alternate for an item or paragraph that does not exist stops the load.
 */
import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadError, useContentFolders } from "./content-folders.ts";

const STRATEGY_YAML = `title: Strategi 2025
organisation: Københavns Politi
year: 2025
pejlemaerker:
  - { id: taettere-paa-borgerne, title: Tættere på borgerne, aliases: [tættere på borgerne] }
  - { id: sund-drift, title: Sund drift, aliases: [sund drift] }
themes: []
files: [units/x.yaml]
`;

const UNIT_YAML = `unit: { id: x, name: Enhed X, aliases: [enhed x] }
items:
  - id: x-ansvar
    title: Ansvar, opgaver og indsatser
    kind: ansvar
    breadcrumb: [Lokale initiativer, Enhed X, "Ansvar, opgaver og indsatser"]
    unit: x
    paragraphs:
      - text: Enhed X har ansvaret.
      - text: Enhed X løser opgaverne.
`;

const writeContentFolder = useContentFolders({ "strategy.yaml": STRATEGY_YAML, "units/x.yaml": UNIT_YAML });

/** A content folder of one unit whose alternates are `alternates`. */
function contentFolder(alternates: string): string {
  return writeContentFolder({ "alternates/units/x.yaml": alternates });
}

describe("alternate questions", () => {
  it("attach to the paragraph they are numbered for (from 1)", () => {
    const strategy = loadStrategy(contentFolder("x-ansvar:\n  2:\n    - hvem løser opgaverne\n"));
    const [first, second] = strategy.itemById.get("x-ansvar")?.paragraphs ?? [];
    expect(first?.alternates).toBeUndefined();
    expect(second?.alternates).toEqual(["hvem løser opgaverne"]);
  });

  it("are loaded for every content file of the real strategy, several per paragraph", () => {
    const strategy = loadStrategy("content/strategi-2025");
    const files = new Set(strategy.items.map((item) => item.file));
    for (const file of files) {
      const paragraphs = strategy.items
        .filter((item) => item.file === file)
        .flatMap((item) => item.paragraphs);
      expect(
        paragraphs.some((paragraph) => (paragraph.alternates?.length ?? 0) >= 5),
        file,
      ).toBe(true);
    }
  });

  it("reject an item the content file does not have", () => {
    const message = loadError(contentFolder("x-andet:\n  1:\n    - hvad\n"));
    expect(message).toBe('content: alternates/units/x.yaml: field "x-andet": no such item in units/x.yaml');
  });

  it("reject a paragraph the item does not have", () => {
    const message = loadError(contentFolder("x-ansvar:\n  3:\n    - hvad\n"));
    expect(message).toBe('content: alternates/units/x.yaml: field "x-ansvar.3": x-ansvar has 2 paragraphs');
  });

  it("reject a paragraph number that is not a number from 1", () => {
    const message = loadError(contentFolder("x-ansvar:\n  0:\n    - hvad\n"));
    expect(message).toContain('content: alternates/units/x.yaml: field "x-ansvar.0"');
  });
});
