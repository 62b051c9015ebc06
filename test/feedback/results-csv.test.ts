import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, resultsToCsv } from "../../core/feedback/results-csv.ts";
import { prompt as asked, answers as rated, resultsFor } from "./results-fixtures.ts";

const prompt = (id: string, title: string, unitId?: string, kind: "chat" | "tab" = "chat") =>
  asked(id, unitId, { title, kind });
const answers = (promptId: string, ratings: number[], comment?: string) =>
  rated(promptId, ratings, {
    anonymous: false,
    respondentName: "Mette Hansen",
    ...(comment ? { comment } : {}),
  });
const useful = "Hvor nyttigt var mødet? (1 Slet ikke nyttigt – 5 Meget nyttigt)";
const usefulEn = "How useful was the meeting? (1 Not at all useful – 5 Very useful)";

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
const results = resultsFor({
  prompts: [prompt("a", "Teammøde", "specialenheden"), prompt("b", "Tavlemøde", "beredskabsenheden")],
  answers: [...answers("a", [1, 2, 3, 4, 5, 5], "Mette siger noget"), ...answers("b", [4, 4, 5, 5, 5])],
});

describe("resultsToCsv", () => {
  it("writes Danish CSV for Excel: BOM, `;`, decimal comma, hidden groups as under N", () => {
    const csv = resultsToCsv(results, "da");
    expect(
      csv.startsWith("\uFEFFNiveau;Enhed;Spørgsmål;Navn;Antal svar;Gennemsnit;1;2;3;4;5;Bemærkning\r\n"),
    ).toBe(true);
    const rows = parseCsv(csv.slice(1), ";");
    expect(rows).toContainEqual([
      "Møde eller initiativ",
      "Specialenheden",
      useful,
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
      useful,
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
    const hidden = resultsFor({ prompts: [prompt("c", "Lille møde")], answers: answers("c", [5, 5, 4, 1]) });
    expect(parseCsv(resultsToCsv(hidden, "da").slice(1), ";")).toContainEqual([
      "Møde eller initiativ",
      "(uden enhed)",
      useful,
      "Lille møde",
      "under 5",
      ...["", "", "", "", "", ""],
      "for få svar",
    ]);
  });

  it("writes English CSV with `,` and a decimal point, and an empty count for a complementary group", () => {
    const split = resultsFor({
      prompts: [prompt("a", "Morning", "specialenheden"), prompt("b", "Late", "specialenheden")],
      answers: [...answers("a", [4, 4, 4, 4, 3, 3, 3, 3]), ...answers("b", [1, 1, 1, 1])],
    });
    const rows = parseCsv(resultsToCsv(split, "en").slice(1), ",");
    expect(rows[0]).toEqual([
      "Level",
      "Unit",
      "Question",
      "Name",
      "Answers",
      "Mean",
      "1",
      "2",
      "3",
      "4",
      "5",
      "Note",
    ]);
    expect(rows).toContainEqual([
      "Unit",
      "Specialenheden",
      usefulEn,
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
    const note = "hidden, as a hidden figure could be worked out";
    const level = "Meeting or initiative";
    expect(rows).toContainEqual([
      level,
      "Specialenheden",
      usefulEn,
      "Morning",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      note,
    ]);
    expect(rows).toContainEqual([
      level,
      "Specialenheden",
      usefulEn,
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

  it("keeps a meeting's usefulness and an initiative's quality in rows of their own question", () => {
    const both = resultsFor({
      prompts: [
        prompt("m", "Teammøde", "specialenheden"),
        prompt("t", "Fanen: Trivsel", "specialenheden", "tab"),
      ],
      answers: [...answers("m", [1, 1, 2, 2, 3]), ...answers("t", [5, 5, 5, 5, 4])],
    });
    const rows = parseCsv(resultsToCsv(both, "da").slice(1), ";");
    const units = rows.filter((row) => row[0] === "Enhed").map((row) => [row[2], row[4]]);
    expect(units).toEqual([
      [useful, "5"],
      ["Hvor godt er initiativet? (1 Meget dårligt – 5 Meget godt)", "5"],
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
          const shown = resultsFor({ prompts, answers: given });
          const csv = resultsToCsv(shown, locale);
          expect(csv.charCodeAt(0)).toBe(0xfeff);
          const rows = parseCsv(csv.slice(1), locale === "da" ? ";" : ",");
          const unitRows = shown.units.flatMap((unit) => [
            ...unit.prompts,
            ...unit.questions.flatMap((each) => [each, ...each.weeks]),
          ]);
          const organisationRows = shown.organisation?.questions.length ?? 0;
          expect(rows).toHaveLength(1 + organisationRows + unitRows.length);
          for (const row of rows) expect(row).toHaveLength(12);
          for (const cell of rows.flat()) expect(cell).not.toMatch(formulaStart);
          const names = rows
            .filter((row) => row[0] === (locale === "da" ? "Møde eller initiativ" : "Meeting or initiative"))
            .map((row) => row[3]);
          const expected = shown.units[0]?.prompts.map((p) =>
            formulaStart.test(p.title) ? `'${p.title}` : p.title,
          );
          expect(names).toEqual(expected);
        },
      ),
    );
  });
});
