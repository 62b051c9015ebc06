import type { CsvLevel } from "../i18n/csv-text.ts";
import type { Language } from "../i18n/language.ts";
import { textFor } from "../i18n/text-for.ts";
import type { FeedbackResults, GroupResult, QuestionId } from "./results-model.ts";

/**
 * The results as a CSV file for Excel: one row per group (organisation, unit, prompt, week, topic), each
 * with its question — answers to different questions are never in one row — and hidden groups included
 * with the reason, never their numbers ("under N" for too few answers, nothing for a complementary one,
 * whose count is N or more).
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
export function resultsToCsv(results: FeedbackResults, language: Language): string {
  const { csv: words, shared } = textFor(language);
  const hiddenNote = { tooFew: shared.results.tooFewInText, complementary: words.complementary };
  const asked = new Map(
    results.questions.map((question) => {
      const scale = question.scale[language];
      return [question.id, `${question.text[language]} (1 ${scale[0]} – 5 ${scale[4]})`];
    }),
  );
  const row = (level: CsvLevel, unit: string, question: QuestionId, name: string, group: GroupResult) => {
    const about = [words.level[level], unit, asked.get(question) ?? question, name];
    if (!group.hidden) {
      const mean = group.mean.toFixed(1).replace(".", words.decimalMark);
      return [...about, String(group.count), mean, ...group.distribution.map(String), ""];
    }
    const count = group.reason === "tooFew" ? `under ${results.minGroupSize}` : "";
    return [...about, count, "", "", "", "", "", "", hiddenNote[group.reason]];
  };
  const rows = [words.header];
  const { organisation } = results;
  for (const each of organisation?.questions ?? [])
    rows.push(row("organisation", "", each.question, organisation?.name ?? "", each.result));
  for (const unit of results.units) {
    const unitName = unit.name ?? words.noUnit;
    for (const each of unit.questions) {
      rows.push(row("unit", unitName, each.question, unitName, each.result));
      for (const week of each.weeks) rows.push(row("week", unitName, each.question, week.week, week.result));
    }
    for (const prompt of unit.prompts)
      rows.push(row("prompt", unitName, prompt.question, prompt.title, prompt.result));
  }
  for (const topic of organisation?.topics ?? [])
    rows.push(row("topic", "", topic.question, topic.title, topic.result));
  const lines = rows.map((cells) => cells.map(csvField).join(words.separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** One field, safe for Excel: a formula-like start neutralised with `'`, then quoted as RFC 4180 asks. */
export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
