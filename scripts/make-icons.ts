/**
 * Draws the app's mark — a bearing mark (pejlemærke): a compass ring with a four-pointed star whose
 * long point shows the way — as the two icons the Teams app package needs, and writes them to
 * `appPackage/`. The PNGs are committed; `npm run icons` redraws them after a change here, and
 * `test/app-package/icons.test.ts` fails when the committed files and this drawing disagree.
 *
 * - `color.png`: 192×192, the mark in white (the north point in signal yellow) on the accent colour.
 * - `outline.png`: 32×32, the mark in white on a transparent background — only white pixels with an
 *   alpha channel, as Teams requires of the outline icon.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PNG } from "pngjs";

/** The accent colour behind the colour icon; the manifest's `accentColor` is the same colour. */
export const accentColor = "#0B2A4A";

type Point = readonly [number, number];
type Rgb = readonly [number, number, number];

/** Where a shape covers the unit square around the icon's centre (x right, y down, radius 1). */
type Shape = (x: number, y: number) => boolean;

const circle =
  (radius: number): Shape =>
  (x, y) =>
    x * x + y * y <= radius * radius;

const ring =
  (inner: number, outer: number): Shape =>
  (x, y) =>
    !circle(inner)(x, y) && circle(outer)(x, y);

/** Even-odd point-in-polygon: the star has no holes, so the simplest rule is exact here. */
const polygon =
  (points: readonly Point[]): Shape =>
  (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i] as Point;
      const [xj, yj] = points[j] as Point;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };

const waist = 0.15;
/** The star: a long point to the north (the way to go), shorter points to east, south and west. */
const star = polygon([
  [0, -0.96],
  [waist, -waist],
  [0.6, 0],
  [waist, waist],
  [0, 0.6],
  [-waist, waist],
  [-0.6, 0],
  [-waist, -waist],
]);
const northPoint = polygon([
  [0, -0.96],
  [waist, -waist],
  [-waist, -waist],
]);
const compassRing = ring(0.66, 0.8);
const hub = circle(0.075);

/** The mark in white, without the hub, so the hub shows what is behind it. */
const mark: Shape = (x, y) => (compassRing(x, y) || star(x, y)) && !hub(x, y);

/** How much of the pixel at (px, py) a shape covers, from 0 to 1, by sampling a grid inside it. */
function coverage(shape: Shape, px: number, py: number, size: number, markRadiusPx: number): number {
  const samples = 8;
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples - size / 2) / markRadiusPx;
      const y = (py + (sy + 0.5) / samples - size / 2) / markRadiusPx;
      if (shape(x, y)) hits++;
    }
  }
  return hits / (samples * samples);
}

function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

const mix = (under: Rgb, over: Rgb, amount: number): Rgb =>
  [0, 1, 2].map((i) =>
    Math.round((under[i] as number) * (1 - amount) + (over[i] as number) * amount),
  ) as never;

/** The 192×192 colour icon; the mark fills a 134-pixel circle, leaving Teams' recommended margin. */
export function renderColorIcon(): PNG {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const background = hexToRgb(accentColor);
  const white: Rgb = [255, 255, 255];
  const signalYellow: Rgb = [255, 199, 44];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let color = mix(background, white, coverage(mark, px, py, size, 67));
      color = mix(color, signalYellow, coverage(northPoint, px, py, size, 67));
      const offset = (py * size + px) * 4;
      png.data[offset] = color[0];
      png.data[offset + 1] = color[1];
      png.data[offset + 2] = color[2];
      png.data[offset + 3] = 255;
    }
  }
  return png;
}

/** The 32×32 outline icon: white, with the mark's shape in the alpha channel. */
export function renderOutlineIcon(): PNG {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const offset = (py * size + px) * 4;
      png.data[offset] = 255;
      png.data[offset + 1] = 255;
      png.data[offset + 2] = 255;
      png.data[offset + 3] = Math.round(coverage(mark, px, py, size, 15.5) * 255);
    }
  }
  return png;
}

/** Encodes an icon as an RGBA PNG (colour type 6), the same bytes on every run. */
export function encodePng(png: PNG): Buffer {
  return PNG.sync.write(png, { colorType: 6 });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const appPackage = fileURLToPath(new URL("../appPackage/", import.meta.url));
  writeFileSync(`${appPackage}color.png`, encodePng(renderColorIcon()));
  writeFileSync(`${appPackage}outline.png`, encodePng(renderOutlineIcon()));
  console.log(`icons: wrote ${appPackage}color.png and ${appPackage}outline.png`);
}
