import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerForResults, FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import { feedbackResults } from "../../core/feedback/results.ts";
import { csvField, resultsToCsv } from "../../core/feedback/results-csv.ts";
import { fixtureStrategy as strategy } from "../cards/strategy-fixture.ts";

const at = Date.parse("2025-03-03T09:00:00Z");

function prompt(id: string, title: string, unitId?: string): FeedbackPrompt {
  const meta = { tenantId: "t", conversationId: "c", kind: "chat" } as const;
  return { id, ...meta, title, unitId, createdAt: new Date(at), closesAt: new Date(at + 86_400_000) };
}

function answers(promptId: string, ratings: number[], comment?: string): AnswerForResults[] {
  return ratings.map((rating) => ({
    promptId,
    rating: rating as AnswerForResults["rating"],
    anonymous: false,
    respondentName: "Mette Hansen",
    comment,
    answeredAt: new Date(at),
  }));
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF between records, a final CRLF. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let [row, field, quoted, at] = [[] as string[], "", false, 0];
  while (at < text.length) {
    const char = text[at++];
    if (quoted) {
      if (char === '"' && text[at] === '"') [field, at] = [`${field}"`, at + 1];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === separator) [row, field] = [[...row, field], ""];
    else if (char === "\r" && text[at] === "\n")
      [rows[rows.length], row, field, at] = [[...row, field], [], "", at + 1];
    else if (char === "\r" || char === "\n" || char === '"')
      throw new Error(`bare ${JSON.stringify(char)} at ${at}`);
    else field += char;
  }
  if (quoted || row.length > 0 || field !== "") throw new Error("csv: missing final CRLF or open quote");
  return rows;
}

/** Prompts of 6 and 5 answers in two units: everything visible, one named comment. */
const results = feedbackResults({
  prompts: [prompt("a", "Teammøde", "specialenheden"), prompt("b", "Tavlemøde", "beredskabsenheden")],
  answers: [...answers("a", [1, 2, 3, 4, 5, 5], "Mette siger noget"), ...answers("b", [4, 4, 5, 5, 5])],
  strategy,
});

describe("resultsToCsv", () => {
  it("writes Danish CSV for Excel: BOM, `;`, decimal comma, hidden groups as under N", () => {
    const csv = resultsToCsv(results, "da");
    expect(csv.startsWith("\uFEFFNiveau;Enhed;Navn;Antal svar;Gennemsnit;1;2;3;4;5;Bemærkning\r\n")).toBe(
      true,
    );
    const rows = parseCsv(csv.slice(1), ";");
    expect(rows).toContainEqual([
      "Spørgsmål",
      "Specialenheden",
      "Teammøde",
      "6",
      "3,3",
      "1",
      "1",
      "1",
      "1",
      "2",
      "",
    ]);
    expect(rows).toContainEqual([
      "Organisation",
      "",
      "Københavns Politi",
      "11",
      "3,9",
      "1",
      "1",
      "1",
      "3",
      "5",
      "",
    ]);
    expect(csv).toContain(';"3,3";');
    const hidden = feedbackResults({
      prompts: [prompt("c", "Lille møde")],
      answers: answers("c", [5, 5, 4, 1]),
      strategy,
    });
    expect(parseCsv(resultsToCsv(hidden, "da").slice(1), ";")).toContainEqual([
      "Spørgsmål",
      "(uden enhed)",
      "Lille møde",
      "under 5",
      ...["", "", "", "", "", ""],
      "for få svar",
    ]);
  });

  it("writes English CSV with `,` and a decimal point, and an empty count for a derivable group", () => {
    const split = feedbackResults({
      prompts: [prompt("a", "Morning", "specialenheden"), prompt("b", "Late", "specialenheden")],
      answers: [...answers("a", [4, 4, 4, 4, 3, 3, 3, 3]), ...answers("b", [1, 1, 1, 1])],
      strategy,
    });
    const rows = parseCsv(resultsToCsv(split, "en").slice(1), ",");
    expect(rows[0]).toEqual(["Level", "Unit", "Name", "Answers", "Mean", "1", "2", "3", "4", "5", "Note"]);
    expect(rows).toContainEqual([
      "Unit",
      "Specialenheden",
      "Specialenheden",
      "12",
      "2.7",
      "4",
      "0",
      "4",
      "4",
      "0",
      "",
    ]);
    const note = "hidden, as it could be worked out from the others";
    expect(rows).toContainEqual(["Prompt", "Specialenheden", "Morning", "", "", "", "", "", "", "", note]);
    expect(rows).toContainEqual([
      "Prompt",
      "Specialenheden",
      "Late",
      "under 5",
      "",
      "",
      "",
      "",
      "",
      "",
      "too few answers",
    ]);
  });

  it("leaves comments and names out: aggregates only", () => {
    for (const locale of ["da", "en"] as const) expect(resultsToCsv(results, locale)).not.toMatch(/Mette/);
  });

  it("quotes fields as RFC 4180 asks and neutralises formulas", () => {
    expect(csvField('Møde "A"; del 2')).toBe('"Møde ""A""; del 2"');
    expect(csvField("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(["+1", "-1", "@SUM(A1)", "\tx", "\rx"].map(csvField)).toEqual([
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ]);
    expect(csvField("under 5")).toBe("under 5");
  });
});

const formulaStart = /^[=+\-@\t\r]/;
const titles = fc.string({
  unit: fc.constantFrom("a", "ø", " ", '"', ";", ",", "\n", "\r", "=", "+", "-", "@", "\t"),
});

describe("resultsToCsv, for any titles and answers", () => {
  it("round-trips through an RFC 4180 reader, one row per group, and no cell starts like a formula", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ title: titles, ratings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 9 }) }),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.constantFrom("da" as const, "en" as const),
        (asked, locale) => {
          const prompts = asked.map(({ title }, index) => prompt(`p${index}`, title, "specialenheden"));
          const given = asked.flatMap(({ ratings }, index) => answers(`p${index}`, ratings));
          const shown = feedbackResults({ prompts, answers: given, strategy });
          const csv = resultsToCsv(shown, locale);
          expect(csv.charCodeAt(0)).toBe(0xfeff);
          const rows = parseCsv(csv.slice(1), locale === "da" ? ";" : ",");
          const groups =
            2 + shown.units.reduce((n, unit) => n + 1 + unit.prompts.length + unit.weeks.length, 0);
          expect(rows).toHaveLength(groups + shown.topics.length);
          for (const row of rows) expect(row).toHaveLength(11);
          for (const cell of rows.flat()) expect(cell).not.toMatch(formulaStart);
          const names = rows
            .filter((row) => row[0] === (locale === "da" ? "Spørgsmål" : "Prompt"))
            .map((row) => row[2]);
          const expected = shown.units[0]?.prompts.map((p) =>
            formulaStart.test(p.title) ? `'${p.title}` : p.title,
          );
          expect(names).toEqual(expected);
        },
      ),
    );
  });
});
