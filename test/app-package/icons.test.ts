import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { accentColor, encodePng, renderColorIcon, renderOutlineIcon } from "../../scripts/make-icons.ts";
import { repoRoot } from "../../scripts/package-app.ts";
import { filledManifest } from "./app-package-fixture.ts";

const iconBytes = (file: string) => readFileSync(join(repoRoot, "appPackage", file));

/** The PNG colour type from the header (IHDR byte 9): 6 is RGBA, a real alpha channel. */
const colorType = (png: Buffer) => png[25];

/** Each pixel as [r, g, b, a]. */
function pixels(png: PNG): [number, number, number, number][] {
  const result: [number, number, number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4)
    result.push([png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0, png.data[i + 3] ?? 0]);
  return result;
}

describe("the colour icon", () => {
  const bytes = iconBytes("color.png");
  const png = PNG.sync.read(bytes);

  it("is a 192×192 PNG, as the manifest names it", () => {
    expect(filledManifest("dev").icons.color).toBe("color.png");
    expect([png.width, png.height]).toEqual([192, 192]);
  });

  it("is the mark on the accent colour, fully opaque", () => {
    const all = pixels(png);
    expect(all.every(([, , , alpha]) => alpha === 255)).toBe(true);
    const corner = all[0]?.slice(0, 3);
    expect(`#${corner?.map((channel) => channel.toString(16).padStart(2, "0").toUpperCase()).join("")}`).toBe(
      accentColor,
    );
    expect(filledManifest("dev").accentColor).toBe(accentColor);
    const colours = new Set(all.map((pixel) => pixel.join(",")));
    expect(colours.size, "a real drawing, not a flat placeholder").toBeGreaterThan(20);
  });
});

describe("the outline icon", () => {
  const bytes = iconBytes("outline.png");
  const png = PNG.sync.read(bytes);

  it("is a 32×32 PNG with an alpha channel, as the manifest names it", () => {
    expect(filledManifest("dev").icons.outline).toBe("outline.png");
    expect([png.width, png.height]).toEqual([32, 32]);
    expect(colorType(bytes)).toBe(6);
  });

  it("has only white or fully transparent pixels", () => {
    for (const [index, [red, green, blue, alpha]] of pixels(png).entries())
      if (alpha > 0)
        expect([red, green, blue], `pixel ${index % 32},${Math.floor(index / 32)}`).toEqual([255, 255, 255]);
  });

  it("uses its alpha channel: a transparent background and an opaque mark", () => {
    const alphas = pixels(png).map(([, , , alpha]) => alpha);
    expect(alphas[0], "corner").toBe(0);
    const transparent = alphas.filter((alpha) => alpha === 0).length;
    const opaque = alphas.filter((alpha) => alpha === 255).length;
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(opaque).toBeGreaterThan(32 * 32 * 0.1);
  });
});

describe("scripts/make-icons.ts", () => {
  it("draws exactly the committed icons (run `npm run icons` after changing the drawing)", () => {
    // Pixels, not bytes: another zlib may compress the same pixels differently.
    const committed = (file: string) => PNG.sync.read(iconBytes(file)).data;
    expect(PNG.sync.read(encodePng(renderColorIcon())).data.equals(committed("color.png"))).toBe(true);
    expect(PNG.sync.read(encodePng(renderOutlineIcon())).data.equals(committed("outline.png"))).toBe(true);
  });
});
