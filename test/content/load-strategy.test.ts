/**
 * The content loader: loads the real content folder, and rejects bad content with a message that
 * names the file and the field, so an editor can find the mistake.
 */
import { describe, expect, it } from "vitest";
import { loadStrategy } from "../../core/content/load-strategy.ts";
import { loadError, useContentFolders } from "./content-folders.ts";

const STRATEGY_YAML = `title: Strategi 2025
organisation: Københavns Politi
year: 2025
pejlemaerker:
  - id: taettere-paa-borgerne
    title: Tættere på borgerne
    aliases: [tættere på borgerne]
  - id: sund-drift
    title: Sund drift
    aliases: [sund drift]
themes: []
files:
  - intro.yaml
  - units/x.yaml
`;

const INTRO_YAML = `items:
  - id: intro
    title: Intro
    kind: indledning
    breadcrumb: [Intro]
    paragraphs:
      - text: Et afsnit.
`;

const UNIT_HEADER = `unit:
  id: x
  name: Enhed X
  aliases: [enhed x]
`;

const UNIT_YAML = `${UNIT_HEADER}items:
  - id: x-ansvar
    title: Ansvar, opgaver og indsatser
    kind: ansvar
    breadcrumb: [Lokale initiativer, Enhed X, "Ansvar, opgaver og indsatser"]
    unit: x
    paragraphs:
      - text: Enhed X har ansvaret.
`;

/** Writes a content folder: the valid files above, with `files` replacing or adding some. */
const contentFolder = useContentFolders({
  "strategy.yaml": STRATEGY_YAML,
  "intro.yaml": INTRO_YAML,
  "units/x.yaml": UNIT_YAML,
});

describe("loadStrategy", () => {
  it("loads the real content folder with its six units", () => {
    const strategy = loadStrategy("content/strategi-2025");
    expect(strategy.title).toBe("Strategi 2025");
    expect(strategy.units).toHaveLength(6);
    for (const unit of strategy.units) expect(unit.itemIds).toHaveLength(3);
    expect(strategy.itemById.get("beredskabsenheden-ansvar")?.file).toBe("units/beredskabsenheden.yaml");
  });

  it("loads a minimal valid folder", () => {
    const strategy = loadStrategy(contentFolder());
    expect(strategy.items.map((item) => item.id)).toEqual(["intro", "x-ansvar"]);
    expect(strategy.unitById.get("x")?.itemIds).toEqual(["x-ansvar"]);
  });

  it("rejects a unit file without items", () => {
    const message = loadError(contentFolder({ "units/x.yaml": UNIT_HEADER }));
    expect(message).toContain("units/x.yaml");
    expect(message).toContain('"items"');
  });

  it("rejects an item without a title", () => {
    const message = loadError(contentFolder({ "units/x.yaml": UNIT_YAML.replace(/^ {4}title: .*\n/m, "") }));
    expect(message).toContain("units/x.yaml");
    expect(message).toContain('"items.0.title"');
  });

  it("rejects an item of an unknown unit", () => {
    const message = loadError(
      contentFolder({ "intro.yaml": `${INTRO_YAML.replace("    title:", "    unit: y\n    title:")}` }),
    );
    expect(message).toContain("intro.yaml");
    expect(message).toContain('"unit"');
    expect(message).toContain('unknown unit "y"');
  });

  it("rejects an item in a unit file that names another unit", () => {
    const message = loadError(
      contentFolder({ "units/x.yaml": UNIT_YAML.replace("    unit: x", "    unit: y") }),
    );
    expect(message).toContain("units/x.yaml");
    expect(message).toContain('"items.0.unit"');
  });

  it("rejects a duplicate id", () => {
    const message = loadError(
      contentFolder({ "units/x.yaml": UNIT_YAML.replace("id: x-ansvar", "id: intro") }),
    );
    expect(message).toContain("units/x.yaml");
    expect(message).toContain('"id"');
    expect(message).toContain('duplicate item id "intro"');
  });

  it("rejects invalid YAML, naming the file and the line", () => {
    const message = loadError(contentFolder({ "units/x.yaml": `${UNIT_YAML}  - id: [unclosed\n` }));
    expect(message).toContain("units/x.yaml");
    expect(message).toMatch(/line \d+/);
  });

  it("rejects an id that is not kebab-case", () => {
    const message = loadError(
      contentFolder({ "intro.yaml": INTRO_YAML.replace("id: intro", "id: Intro_1") }),
    );
    expect(message).toContain("intro.yaml");
    expect(message).toContain('"items.0.id"');
  });
});
