/** Which row of the results CSV: the organisation, a unit, one of its weeks or prompts, or a topic. */
export type CsvLevel = "organisation" | "unit" | "prompt" | "week" | "topic";

/**
 * The results CSV's words and number format in one language. Excel in a Danish locale expects `;`
 * between fields because `,` is its decimal mark; in English it is `,` and `.`.
 */
export interface CsvText {
  separator: string;
  decimalMark: string;
  header: string[];
  level: Record<CsvLevel, string>;
  /** The note on a group hidden although big enough (a too small one says `SharedText.results.tooFewInText`). */
  complementary: string;
  noUnit: string;
}
