/**
 * Test utility: the source text of Strategi 2025 (`strategi-2025.txt`, extracted from the PDF) cleaned
 * of its extraction artefacts, so the content set can be held to it. See the README next to the source.
 *
 * Cleaning, in order:
 * 1. Page furniture is removed: the diagram block that starts with `PEJLEMÆRKER OG INDSATSOMRÅDER FOR
 *    2025` (and its partial variants), lone page numbers (`12`), and the vertical banner
 *    `S Æ R L IG E IN IT IA T IV E R 2 0 2 5` (one letter a line; its first `S` sticks to the end of the
 *    line before it). Where the furniture interrupts a sentence (the line before it does not end a
 *    sentence and the line after it starts in lower case), the two halves are joined again.
 * 2. The text is split into blocks at blank lines and at lines that start with whitespace (the
 *    extraction starts a new page or text frame that way, sometimes without a blank line).
 * 3. Headings glued to the first line of a block are split off as paragraphs of their own: a leading
 *    run of lines without lower-case letters (`SUND DRIFT`, `OM STRATEGI 2025`), and, when the caller
 *    names them, known mixed-case headings such as slogans (`Vi lytter samarbejder og handler`).
 * 4. The lines of a block are joined with single spaces; line-end hyphenation is undone: a line that
 *    ends in `<letter>-` and is followed by a line starting with a lower-case letter joins without the
 *    hyphen (`sik-` + `kerhedsopgaver`), unless the next word is `og`/`eller` (`rocker- og`), which
 *    marks a real hyphen. Hyphens inside a line are never touched (`ledertrivsel og -udvikling`).
 * 5. Whitespace is collapsed and each paragraph trimmed.
 */
import { readFileSync } from "node:fs";

/** Where the source lives (a verbatim copy kept beside the content it was turned into); `STRATEGY_SOURCE` overrides it. */
export const SOURCE_PATH = process.env.STRATEGY_SOURCE ?? "content/strategi-2025/source/strategi-2025.txt";

/** First line of the diagram block repeated on the strategy's pages. */
const DIAGRAM_START = "PEJLEMÆRKER OG INDSATSOMRÅDER FOR 2025";

/** The lines the diagram block (and its partial variants) consists of after its first line. */
const DIAGRAM_LINES = new Set([
  "Digitalisering",
  "DIGITALISERING",
  "PEJLEMÆRKE:",
  "TÆTTERE PÅ BORGERNE",
  "SUND DRIFT",
  "Borgerinddragelse",
  "I øjenhøjde med borgerne",
  "Bæredygtig opgaveløsning",
  "Trivsel",
]);

/** The vertical banner *Særlige initiativer 2025* without whitespace; its `S` ends the line before it. */
const BANNER_REST = "ÆRLIGEINITIATIVER2025";

/** A lone page number. */
const PAGE_NUMBER = /^\s*\d{1,3}\s*$/;

let cachedLines: string[] | undefined;

function rawLines(): string[] {
  if (!cachedLines) {
    let raw: string;
    try {
      raw = readFileSync(SOURCE_PATH, "utf8");
    } catch (error) {
      throw new Error(`source text not found at ${SOURCE_PATH} (set STRATEGY_SOURCE): ${error}`);
    }
    cachedLines = raw.replace(/\r\n?/g, "\n").split("\n");
  }
  return [...cachedLines];
}

/** Whitespace collapsed and trimmed; the form all comparisons use. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const isBlank = (line: string): boolean => line.trim() === "";

/** True if the line has at least two capitals and no lower-case letter (an all-caps heading). */
function isCapsLine(line: string): boolean {
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Marks the furniture lines; strips the banner's `S` from the line it sticks to. */
function markFurniture(lines: string[]): boolean[] {
  const furniture = lines.map((line) => PAGE_NUMBER.test(line));
  lines.forEach((line, index) => {
    if (line.trim() !== DIAGRAM_START) return;
    furniture[index] = true;
    for (let next = index + 1; next < lines.length; next++) {
      const text = lines[next]?.trim() ?? "";
      if (text !== "" && !DIAGRAM_LINES.has(text)) break;
      furniture[next] = true;
    }
  });
  lines.forEach((line, index) => {
    if (!/ S\s*$/.test(line)) return;
    let letters = "";
    const bannerLines: number[] = [];
    for (let next = index + 1; next < lines.length && letters.length < BANNER_REST.length; next++) {
      letters += lines[next]?.replace(/\s+/g, "") ?? "";
      bannerLines.push(next);
    }
    if (letters !== BANNER_REST) return;
    lines[index] = line.replace(/ S\s*$/, "");
    for (const banner of bannerLines) furniture[banner] = true;
  });
  return furniture;
}

/** True if a sentence interrupted by furniture continues after it. */
function continuesAcross(before: string, after: string): boolean {
  return !/[.!?:;”"]\s*$/.test(before) && /^\s*\p{Ll}/u.test(after);
}

/** The source lines with furniture removed; a blank line wherever furniture separated paragraphs. */
function cleanLines(): string[] {
  const lines = rawLines();
  const furniture = markFurniture(lines);
  const out: string[] = [];
  for (let index = 0; index < lines.length; ) {
    if (!furniture[index]) {
      out.push(lines[index] ?? "");
      index++;
      continue;
    }
    let next = index;
    while (next < lines.length && (furniture[next] || isBlank(lines[next] ?? ""))) next++;
    while (out.length > 0 && isBlank(out.at(-1) ?? "")) out.pop();
    if (!continuesAcross(out.at(-1) ?? ".", lines[next] ?? "")) out.push("");
    index = next;
  }
  return out;
}

/** Blocks of lines, split at blank lines and at lines that start with whitespace. */
function blocks(): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  for (const line of cleanLines()) {
    if (isBlank(line) || /^\s/.test(line)) {
      if (current.length > 0) result.push(current);
      current = isBlank(line) ? [] : [line];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Joins the lines of a paragraph, undoing line-end hyphenation, and collapses whitespace. */
export function joinLines(lines: readonly string[]): string {
  let text = "";
  for (const line of lines) {
    const next = line.trim();
    const hyphenated = /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next) && !/^(og|eller)(\s|$)/u.test(next);
    text = hyphenated ? text.slice(0, -1) + next : `${text} ${next}`;
  }
  return normalise(text);
}

/** Splits leading headings off a block: all-caps lines, then any run of lines that is a known heading. */
function splitHeadings(block: string[], known: ReadonlySet<string>): string[] {
  const paragraphs: string[] = [];
  let lines = block;
  let caps = 0;
  while (caps < lines.length && isCapsLine(lines[caps] ?? "")) caps++;
  if (caps > 0 && caps < lines.length) {
    paragraphs.push(joinLines(lines.slice(0, caps)));
    lines = lines.slice(caps);
  }
  for (let split = 1; split < lines.length; split++) {
    if (known.has(joinLines(lines.slice(0, split)).toLowerCase())) {
      paragraphs.push(joinLines(lines.slice(0, split)));
      lines = lines.slice(split);
      split = 0;
    }
  }
  paragraphs.push(joinLines(lines));
  return paragraphs;
}

/**
 * The source as normalised paragraphs, in order. Headings, labels, slogans and the signature come
 * out as paragraphs of their own; `knownHeadings` (compared case-insensitively, whitespace collapsed)
 * names mixed-case headings that the source glues to the paragraph after them.
 */
export function sourceParagraphs(knownHeadings: Iterable<string> = []): string[] {
  const known = new Set([...knownHeadings].map((heading) => normalise(heading).toLowerCase()));
  return blocks().flatMap((block) => splitHeadings(block, known));
}

/** The whole cleaned source with whitespace collapsed: the text every quote must occur in. */
export function sourceText(): string {
  return sourceParagraphs().join(" ");
}
