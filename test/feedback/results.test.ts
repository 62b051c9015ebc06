import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnswerForResults, FeedbackPrompt } from "../../core/feedback/feedback-store.ts";
import { type FeedbackResults, feedbackResults, type Shown } from "../../core/feedback/results.ts";
import { fixtureStrategy as strategy } from "../cards/strategy-fixture.ts";

const monday = Date.parse("2025-03-03T09:00:00Z"); // 2025-W10, Copenhagen 10:00
const day = 86_400_000;

function prompt(id: string, unitId?: string, createdAt = monday): FeedbackPrompt {
  const closesAt = new Date(createdAt + 7 * day);
  const where = { conversationId: "19:meeting", tenantId: "tenant" };
  return {
    id,
    ...where,
    kind: "meeting",
    title: `Møde ${id}`,
    unitId,
    createdAt: new Date(createdAt),
    closesAt,
  };
}

/** One answer per rating, an hour apart from `at`, anonymous unless `extra` says otherwise. */
function answers(promptId: string, ratings: number[], extra: Partial<AnswerForResults> = {}, at = monday) {
  return ratings.map(
    (rating, index): AnswerForResults => ({
      promptId,
      rating: rating as AnswerForResults["rating"],
      anonymous: true,
      answeredAt: new Date(at + index * 3_600_000),
      ...extra,
    }),
  );
}

describe("feedbackResults", () => {
  it("hides a prompt with 4 answers as too few and shows nothing derived from them", () => {
    const given = answers("p1", [5, 5, 4, 1], {
      comment: "Godt møde",
      anonymous: false,
      respondentName: "Ole",
    });
    const results = feedbackResults({ prompts: [prompt("p1", "specialenheden")], answers: given, strategy });
    expect(results.units[0]?.prompts[0]).toEqual({
      promptId: "p1",
      title: "Møde p1",
      kind: "meeting",
      unitId: "specialenheden",
      createdAt: "2025-03-03T09:00:00.000Z",
      closesAt: "2025-03-10T09:00:00.000Z",
      visible: false,
      reason: "tooFew",
      countBelow: 5,
    });
    expect(results.organisation).toEqual({
      name: "Københavns Politi",
      visible: false,
      reason: "tooFew",
      countBelow: 5,
    });
    expect(JSON.stringify(results)).not.toMatch(/Godt møde|Ole|"mean"|"count"|"distribution"|"comments"/);
  });

  it("hides both prompts of a unit of 12 = 8 + 4, while the unit itself shows 12", () => {
    const given = [...answers("p1", [4, 4, 4, 4, 3, 3, 3, 3]), ...answers("p2", [1, 1, 1, 1])];
    const prompts = [prompt("p1", "specialenheden"), prompt("p2", "specialenheden", monday + day)];
    const [unit] = feedbackResults({ prompts, answers: given, strategy }).units;
    expect(unit).toMatchObject({
      unitId: "specialenheden",
      name: "Specialenheden",
      visible: true,
      count: 12,
    });
    expect(
      unit?.prompts.map(({ promptId, ...rest }) => [promptId, rest.visible, "reason" in rest && rest.reason]),
    ).toEqual([
      ["p2", false, "tooFew"],
      ["p1", false, "derivable"],
    ]);
    expect(unit?.prompts[1]).not.toHaveProperty("countBelow");
  });

  it("gives means to one decimal and the distribution of 1–5 per prompt, unit and organisation", () => {
    const given = [...answers("p1", [1, 2, 3, 4, 5, 5]), ...answers("p2", [4, 4, 5, 5, 5])];
    const prompts = [prompt("p1", "beredskabsenheden"), prompt("p2", "specialenheden")];
    const results = feedbackResults({ prompts, answers: given, strategy });
    expect(results.organisation).toMatchObject({ count: 11, mean: 3.9, distribution: [1, 1, 1, 3, 5] });
    const [special, beredskab] = results.units;
    expect(special).toMatchObject({
      name: "Specialenheden",
      count: 5,
      mean: 4.6,
      distribution: [0, 0, 0, 2, 3],
    });
    expect(beredskab?.prompts[0]).toMatchObject({ count: 6, mean: 3.3, distribution: [1, 1, 1, 1, 2] });
  });

  it("shows comments newest first, with a name only where the person chose to be named", () => {
    const given = [
      ...answers("p1", [4], { comment: "Anonym ros", respondentName: "Skal ikke ses" }),
      ...answers(
        "p1",
        [5],
        { comment: " Tak for mødet ", anonymous: false, respondentName: "Mette Hansen" },
        monday + 2 * day,
      ),
      ...answers("p1", [3], { comment: "   " }),
      ...answers("p1", [3, 2], { anonymous: false, respondentName: "Uden kommentar" }),
    ];
    const withKeys = given.map((answer) => ({ ...answer, respondentKey: "hmac-secret-key" }));
    const results = feedbackResults({
      prompts: [prompt("p1", "specialenheden")],
      answers: withKeys,
      strategy,
    });
    const shown = results.units[0]?.prompts[0];
    expect(shown && "comments" in shown && shown.comments).toEqual([
      { text: "Tak for mødet", on: "2025-03-05", name: "Mette Hansen" },
      { text: "Anonym ros", on: "2025-03-03" },
    ]);
    expect(JSON.stringify(results)).not.toMatch(/Skal ikke ses|hmac-secret-key|respondentKey/);
  });

  it("groups answers by ISO week per unit, in Copenhagen time, leaving out weeks without answers", () => {
    const given = [
      ...answers("p1", [5, 5, 5, 5, 4]),
      ...answers("p1", [1, 2, 3, 3, 3, 3], {}, monday + 14 * day),
    ];
    const [unit] = feedbackResults({
      prompts: [prompt("p1", "beredskabsenheden")],
      answers: given,
      strategy,
    }).units;
    expect(unit?.weeks).toEqual([
      { week: "2025-W10", visible: true, count: 5, mean: 4.8, distribution: [0, 0, 0, 1, 4] },
      { week: "2025-W12", visible: true, count: 6, mean: 2.5, distribution: [1, 1, 4, 0, 0] },
    ]);
    const edges = ["2025-03-09T23:30:00Z", "2024-12-30T12:00:00Z", "2027-01-01T12:00:00Z"]; // 1st: Monday 00:30 in Copenhagen
    const edgeAnswers = edges.flatMap((at) => answers("p2", [3], {}, Date.parse(at)));
    const [edgeUnit] = feedbackResults({
      prompts: [prompt("p2", "specialenheden")],
      answers: edgeAnswers,
      strategy,
    }).units;
    expect(edgeUnit?.weeks.map((week) => week.week)).toEqual(["2025-W01", "2025-W11", "2026-W53"]);
  });

  it("names topics from the strategy and the yearly themes: themes first, then items in reading order", () => {
    const given = [
      ...answers("p1", [4, 4, 4, 4, 4, 4], { topic: "trivsel" }),
      ...answers("p1", [2, 2, 2, 2, 2], { topic: "Samarbejde" }),
      ...answers("p1", [3, 3, 3, 3, 3], { topic: "borgerinddragelse" }),
    ];
    const themes = ["Det trygge arbejdsmiljø", "Samarbejde"];
    const results = feedbackResults({ prompts: [prompt("p1")], answers: given, strategy, themes });
    expect(
      results.topics.map(({ topic, kind, title, ...rest }) => [topic, kind, title, rest.visible]),
    ).toEqual([
      ["Samarbejde", "theme", "Samarbejde", true],
      ["borgerinddragelse", "item", "Borgerinddragelse", true],
      ["trivsel", "item", "Trivsel", true],
    ]);
  });

  it("hides a topic with too few answers, and the smallest other topic so it cannot be worked out", () => {
    const given = [
      ...answers("p1", [4, 4, 4, 4, 4, 4], { topic: "trivsel" }),
      ...answers("p1", [2, 2, 2, 2, 2], { topic: "borgerinddragelse" }),
      ...answers("p1", [1], { topic: "gammelt-emne" }),
    ];
    const results = feedbackResults({ prompts: [prompt("p1")], answers: given, strategy });
    expect(results.topics.map(({ topic, kind, ...rest }) => [topic, kind, rest.visible])).toEqual([
      ["borgerinddragelse", "item", false],
      ["trivsel", "item", true],
      ["gammelt-emne", "other", false],
    ]);
  });

  it("lists units in the strategy's order, then unknown units, then prompts tied to no unit", () => {
    const prompts = [
      prompt("a"),
      prompt("b", "ukendt"),
      prompt("c", "beredskabsenheden"),
      prompt("d", "specialenheden"),
    ];
    const given = [...answers("d", [5, 5, 5, 5, 5]), ...answers("gone", [1, 1, 1, 1, 1])];
    const results = feedbackResults({ prompts, answers: given, strategy, minGroupSize: 1 });
    expect(results.minGroupSize).toBe(3);
    expect(results.units.map((unit) => [unit.unitId, unit.name])).toEqual([
      ["specialenheden", "Specialenheden"],
      ["beredskabsenheden", "Beredskabsenheden"],
      ["ukendt", "ukendt"],
      [null, null],
    ]);
    expect(results.organisation).toMatchObject({ visible: true, count: 5 }); // the answers to "gone" are dropped
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });
});

const units = ["specialenheden", "beredskabsenheden", undefined];
const topics = [undefined, "trivsel", "Samarbejde", "borgerinddragelse"];
const inputs = fc.record({
  promptUnits: fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 6 }),
  given: fc.array(
    fc.record({
      prompt: fc.nat(),
      rating: fc.integer({ min: 1, max: 5 }),
      topic: fc.constantFrom(...topics),
      days: fc.nat(40),
      named: fc.boolean(),
      comment: fc.option(fc.constantFrom("ok", "godt", "ikke godt"), { nil: undefined }),
    }),
    { maxLength: 80 },
  ),
  minGroupSize: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
});

/** Every group in the results with its parent and split, so the suppression rules can be checked. */
function families(results: FeedbackResults): { parent: Shown; members: Shown[] }[] {
  return [
    { parent: results.organisation, members: results.units },
    { parent: results.organisation, members: results.topics },
    ...results.units.flatMap((unit) => [
      { parent: unit, members: unit.prompts },
      { parent: unit, members: unit.weeks },
    ]),
  ];
}

describe("feedbackResults, for any prompts and answers", () => {
  it("shows only groups of minGroupSize or more, no numbers for hidden ones, and nothing derivable", () => {
    fc.assert(
      fc.property(inputs, ({ promptUnits, given, minGroupSize }) => {
        const prompts = promptUnits.map((unitId, index) => prompt(`p${index}`, unitId));
        const answered = given.map(({ prompt: index, rating, topic, days, named, comment }) => ({
          ...answers(`p${index % prompts.length}`, [rating], { topic, comment }, monday + days * day)[0],
          ...(named ? { anonymous: false, respondentName: "Navngivet" } : {}),
        })) as AnswerForResults[];
        const results = feedbackResults({ prompts, answers: answered, strategy, minGroupSize });
        for (const { parent, members } of families(results)) {
          for (const group of [parent, ...members]) {
            if (group.visible) expect(group.count).toBeGreaterThanOrEqual(results.minGroupSize);
            if (group.visible) expect(group.distribution.reduce((a, b) => a + b)).toBe(group.count);
            if (!group.visible) expect(Object.keys(group)).not.toContain("mean");
            if (!group.visible) expect(Object.keys(group)).not.toContain("comments");
          }
          const hidden = members.filter((member) => !member.visible).length;
          if (parent.visible && hidden < members.length) expect(hidden).not.toBe(1);
          if (!parent.visible && members.length > 0) expect(hidden).toBeGreaterThan(0);
        }
        for (const shown of results.units.flatMap((unit) => unit.prompts)) {
          if (!("comments" in shown)) continue;
          const commented = answered.filter((answer) => answer.promptId === shown.promptId && answer.comment);
          expect(shown.comments).toHaveLength(commented.length);
          const named = shown.comments.filter((comment) => comment.name === "Navngivet");
          expect(named).toHaveLength(commented.filter((answer) => !answer.anonymous).length);
        }
      }),
    );
  });
});
