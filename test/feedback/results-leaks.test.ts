import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerForResults, FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import type { ResultsAccess } from "../../core/feedback/leader-access.ts";
import { questionOf } from "../../core/feedback/questions.ts";
import { decideResults } from "../../core/feedback/results-decision.ts";
import { copenhagenWeek } from "../../core/feedback/results-figures.ts";
import type { FeedbackResults, GroupResult } from "../../core/feedback/results-model.ts";
import { resultsView } from "../../core/feedback/results-view.ts";
import { answers, day, everything, monday, prompt, strategy } from "./results-fixtures.ts";

const units = ["specialenheden", "beredskabsenheden", undefined] as const;
const topics = [undefined, "trivsel", "tema:samarbejde", "borgerinddragelse"];
const kinds = ["meeting", "chat", "tab"] as const;
const viewers: ResultsAccess[] = [
  everything,
  { kind: "units", unitIds: ["specialenheden"] },
  { kind: "units", unitIds: ["beredskabsenheden"] },
  { kind: "units", unitIds: ["specialenheden", "beredskabsenheden"] },
];

const inputs = fc.record({
  asked: fc.array(fc.record({ unit: fc.constantFrom(...units), kind: fc.constantFrom(...kinds) }), {
    minLength: 1,
    maxLength: 6,
  }),
  given: fc.array(
    fc.record({
      prompt: fc.nat(),
      rating: fc.integer({ min: 1, max: 5 }),
      topic: fc.constantFrom(...topics),
      days: fc.nat(20),
    }),
    { maxLength: 70 },
  ),
  minGroupSize: fc.option(fc.integer({ min: 3, max: 6 }), { nil: undefined }),
});

/** A group as a viewer sees it, with the answers (by index) it truly holds. */
interface Seen {
  result: GroupResult;
  members: number[];
}

/** Every group in a view, each tied to the answers it stands for, worked out from the input alone. */
function seenIn(view: FeedbackResults, prompts: FeedbackPrompt[], given: AnswerForResults[]): Seen[] {
  const byId = new Map(prompts.map((asked) => [asked.id, asked]));
  const where = (test: (asked: FeedbackPrompt, answer: AnswerForResults) => boolean) =>
    given.flatMap((answer, index) => {
      const asked = byId.get(answer.promptId);
      return asked && test(asked, answer) ? [index] : [];
    });
  const unitOf = (asked: FeedbackPrompt) => asked.unitId ?? null;
  return [
    ...(view.organisation?.questions ?? []).map(({ question, result }) => ({
      result,
      members: where((asked) => questionOf(asked.kind) === question),
    })),
    ...(view.organisation?.topics ?? []).map(({ question, topic, result }) => ({
      result,
      members: where((asked, answer) => questionOf(asked.kind) === question && answer.topic === topic),
    })),
    ...view.units.flatMap((unit) => [
      ...unit.questions.flatMap(({ question, result, weeks }) => {
        const inUnit = (asked: FeedbackPrompt) =>
          unitOf(asked) === unit.unitId && questionOf(asked.kind) === question;
        return [
          { result, members: where(inUnit) },
          ...weeks.map((week) => ({
            result: week.result,
            members: where(
              (asked, answer) => inUnit(asked) && copenhagenWeek(answer.answeredAt) === week.week,
            ),
          })),
        ];
      }),
      ...unit.prompts.map(({ promptId, result }) => ({
        result,
        members: where((asked) => asked.id === promptId),
      })),
    ]),
  ];
}

/** Whether `target` is a linear combination of `vectors` (rank test by Gaussian elimination). */
function inSpan(vectors: number[][], target: number[]): boolean {
  const rank = (rows: number[][]) => {
    const matrix = rows.map((row) => [...row]);
    let found = 0;
    for (let column = 0; column < target.length && found < matrix.length; column++) {
      const pivot = matrix.findIndex((row, index) => index >= found && Math.abs(row[column] ?? 0) > 1e-9);
      if (pivot < 0) continue;
      [matrix[found], matrix[pivot]] = [matrix[pivot] as number[], matrix[found] as number[]];
      const top = matrix[found] as number[];
      for (const row of matrix) {
        if (row === top) continue;
        const factor = (row[column] ?? 0) / (top[column] ?? 1);
        for (let at = column; at < row.length; at++) row[at] = (row[at] ?? 0) - factor * (top[at] ?? 0);
      }
      found++;
    }
    return found;
  };
  return rank([...vectors, target]) === rank(vectors);
}

describe("results, for any answers, units, prompts and weeks, and every viewer", () => {
  it("no hidden group in any view a viewer can open is a sum or difference of groups shown to them", () => {
    fc.assert(
      fc.property(inputs, ({ asked, given, minGroupSize }) => {
        const prompts = asked.map(({ unit, kind }, index) => prompt(`p${index}`, unit, { kind }));
        const answered = given.flatMap(({ prompt: index, rating, topic, days }) =>
          answers(`p${index % prompts.length}`, [rating], topic ? { topic } : {}, monday + days * day),
        );
        const decision = decideResults({ prompts, answers: answered, minGroupSize });
        for (const access of viewers) {
          const scopes = ["all", ...units.filter((unit) => unit !== undefined)];
          const views = [
            ...scopes.map((scope) => resultsView(decision, { strategy, access, scope })),
            ...prompts.map((each) =>
              resultsView(decision, {
                strategy,
                access,
                scope: "all",
                onlyPrompt: (other) => other.conversationId === each.conversationId,
              }),
            ),
          ];
          const seen = views.flatMap((view) => seenIn(view, prompts, answered));
          const vector = (members: number[]) => answered.map((_, index) => (members.includes(index) ? 1 : 0));
          const shown = seen.filter((group) => !group.result.hidden);
          for (const group of shown) {
            if (group.result.hidden) continue;
            expect(group.result.count).toBe(group.members.length);
            expect(group.result.count).toBeGreaterThanOrEqual(decision.minGroupSize);
            const ratings = group.members.map((index) => answered[index]?.rating ?? 0);
            expect(group.result.distribution).toEqual(
              [1, 2, 3, 4, 5].map((r) => ratings.filter((x) => x === r).length),
            );
          }
          const basis = shown.map((group) => vector(group.members));
          for (const group of seen.filter((each) => each.result.hidden && each.members.length > 0)) {
            expect(inSpan(basis, vector(group.members)), JSON.stringify(group)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
