import type { FeedbackResults, Shown } from "./results.ts";

/**
 * The results as a CSV file for Excel: one row per group (organisation, unit, prompt, week, topic),
 * hidden groups included with "under N" or no count and the reason, never their numbers.
 *
 * - Aggregates only: comments stay out. Free text can name or give away a person, and a file travels
 *   further than the results page (mail, shared drives) and outlives the deletion of old comments.
 * - RFC 4180: CRLF line ends; a field holding a quote, `;`, `,` or a line break is quoted, with quotes
 *   doubled. A UTF-8 byte order mark first, or Excel reads "æøå" as the legacy code page.
 * - Danish (`da`): `;` between fields and a decimal comma (3,5), as Excel in a Danish locale expects —
 *   its list separator is `;` because `,` is the decimal mark. English (`en`): `,` and 3.5.
 * - Formula injection: titles are typed by users, so a field starting with `=`, `+`, `-`, `@`, tab or CR
 *   gets a leading `'`, and Excel shows it as text instead of running it.
 */
export function resultsToCsv(results: FeedbackResults, locale: CsvLocale): string {
  const words = csvWords[locale];
  const row = (level: keyof CsvWords["level"], unit: string, name: string, group: Shown): string[] => {
    const decimal = (mean: number) => mean.toFixed(1).replace(".", words.decimalMark);
    if (group.visible) {
      return [
        words.level[level],
        unit,
        name,
        String(group.count),
        decimal(group.mean),
        ...group.distribution.map(String),
        "",
      ];
    }
    const count = group.reason === "tooFew" ? `under ${group.countBelow}` : "";
    return [words.level[level], unit, name, count, "", "", "", "", "", "", words.reason[group.reason]];
  };
  const rows = [words.header, row("organisation", "", results.organisation.name, results.organisation)];
  for (const unit of results.units) {
    const unitName = unit.name ?? words.noUnit;
    rows.push(row("unit", unitName, unitName, unit));
    for (const prompt of unit.prompts) rows.push(row("prompt", unitName, prompt.title, prompt));
    for (const week of unit.weeks) rows.push(row("week", unitName, week.week, week));
  }
  for (const topic of results.topics) rows.push(row("topic", "", topic.title, topic));
  const lines = rows.map((cells) => cells.map(csvField).join(words.separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** The languages the CSV comes in; they differ in words, separator and decimal mark. */
export type CsvLocale = "da" | "en";

/** One field, safe for Excel: a formula-like start neutralised with `'`, then quoted as RFC 4180 asks. */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

interface CsvWords {
  separator: string;
  decimalMark: string;
  header: string[];
  level: Record<"organisation" | "unit" | "prompt" | "week" | "topic", string>;
  reason: Record<"tooFew" | "derivable", string>;
  noUnit: string;
}

const csvWords: Record<CsvLocale, CsvWords> = {
  da: {
    separator: ";",
    decimalMark: ",",
    header: ["Niveau", "Enhed", "Navn", "Antal svar", "Gennemsnit", "1", "2", "3", "4", "5", "Bemærkning"],
    level: { organisation: "Organisation", unit: "Enhed", prompt: "Spørgsmål", week: "Uge", topic: "Emne" },
    reason: { tooFew: "for få svar", derivable: "skjult, da tallet ellers kan regnes ud" },
    noUnit: "(uden enhed)",
  },
  en: {
    separator: ",",
    decimalMark: ".",
    header: ["Level", "Unit", "Name", "Answers", "Mean", "1", "2", "3", "4", "5", "Note"],
    level: { organisation: "Organisation", unit: "Unit", prompt: "Prompt", week: "Week", topic: "Topic" },
    reason: { tooFew: "too few answers", derivable: "hidden, as it could be worked out from the others" },
    noUnit: "(no unit)",
  },
};
