import { describe, expect, it } from "vitest";
import type { GroupResult } from "../../core/feedback/results-model.ts";
import { answers, day, monday, prompt, resultsFor } from "./results-fixtures.ts";

const hiddenOf = (result: GroupResult | undefined) => (result?.hidden ? result.reason : "shown");

describe("results, decided once and read by a view", () => {
  it("hides a prompt with 4 answers as too few and shows nothing derived from them", () => {
    const given = answers("p1", [5, 5, 4, 1], {
      comment: "Godt møde",
      anonymous: false,
      respondentName: "Ole",
    });
    const results = resultsFor({ prompts: [prompt("p1", "specialenheden")], answers: given });
    expect(results.units[0]?.prompts[0]).toEqual({
      promptId: "p1",
      title: "Møde p1",
      kind: "meeting",
      question: "meetingUsefulness",
      unitId: "specialenheden",
      createdAt: "2025-03-03T09:00:00.000Z",
      closesAt: "2025-03-10T09:00:00.000Z",
      demo: false,
      result: { hidden: true, reason: "tooFew" },
      comments: [],
    });
    expect(results.organisation?.questions).toEqual([
      { question: "meetingUsefulness", result: { hidden: true, reason: "tooFew" } },
    ]);
    expect(JSON.stringify(results)).not.toMatch(/Godt møde|Ole|"mean"|"count"|"distribution"/);
  });

  it("hides both prompts of a unit of 12 = 8 + 4, while the unit itself shows 12", () => {
    const given = [...answers("p1", [4, 4, 4, 4, 3, 3, 3, 3]), ...answers("p2", [1, 1, 1, 1])];
    const prompts = [
      prompt("p1", "specialenheden"),
      prompt("p2", "specialenheden", { createdAt: monday + day }),
    ];
    const [unit] = resultsFor({ prompts, answers: given }).units;
    expect(unit?.questions[0]?.result).toMatchObject({ hidden: false, count: 12 });
    expect(unit?.prompts.map((each) => [each.promptId, hiddenOf(each.result)])).toEqual([
      ["p2", "tooFew"],
      ["p1", "complementary"],
    ]);
  });

  it("never merges a meeting's usefulness with an initiative's quality, in a unit or the organisation", () => {
    const meeting = prompt("m", "specialenheden");
    const initiative = prompt("t", "specialenheden", { kind: "tab", title: "Fanen: Trivsel" });
    const given = [...answers("m", [1, 2, 2, 3, 3]), ...answers("t", [5, 5, 5, 4, 4, 4])];
    const results = resultsFor({ prompts: [meeting, initiative], answers: given });
    expect(
      results.questions.map((question) => [question.id, question.scale.da[0], question.scale.da[4]]),
    ).toEqual([
      ["meetingUsefulness", "Slet ikke nyttigt", "Meget nyttigt"],
      ["initiativeQuality", "Meget dårligt", "Meget godt"],
    ]);
    expect(results.units[0]?.questions).toEqual([
      {
        question: "meetingUsefulness",
        result: { hidden: false, count: 5, mean: 2.2, distribution: [1, 2, 2, 0, 0] },
        weeks: [
          { week: "2025-W10", result: { hidden: false, count: 5, mean: 2.2, distribution: [1, 2, 2, 0, 0] } },
        ],
      },
      {
        question: "initiativeQuality",
        result: { hidden: false, count: 6, mean: 4.5, distribution: [0, 0, 0, 3, 3] },
        weeks: [
          { week: "2025-W10", result: { hidden: false, count: 6, mean: 4.5, distribution: [0, 0, 0, 3, 3] } },
        ],
      },
    ]);
    expect(
      results.organisation?.questions.map((each) => [
        each.question,
        !each.result.hidden && each.result.count,
      ]),
    ).toEqual([
      ["meetingUsefulness", 5],
      ["initiativeQuality", 6],
    ]);
    expect(JSON.stringify(results)).not.toContain('"count":11');
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
    const results = resultsFor({ prompts: [prompt("p1", "specialenheden")], answers: withKeys });
    expect(results.units[0]?.prompts[0]?.comments).toEqual([
      { text: "Tak for mødet", on: "2025-03-05", name: "Mette Hansen" },
      { text: "Anonym ros", on: "2025-03-03" },
    ]);
    expect(JSON.stringify(results)).not.toMatch(/Skal ikke ses|hmac-secret-key|respondentKey/);
  });

  it("groups a unit's answers to a question by ISO week, in Copenhagen time, leaving out empty weeks", () => {
    const given = [
      ...answers("p1", [5, 5, 5, 5, 4]),
      ...answers("p1", [1, 2, 3, 3, 3, 3], {}, monday + 14 * day),
    ];
    const [unit] = resultsFor({ prompts: [prompt("p1", "beredskabsenheden")], answers: given }).units;
    expect(unit?.questions[0]?.weeks).toEqual([
      { week: "2025-W10", result: { hidden: false, count: 5, mean: 4.8, distribution: [0, 0, 0, 1, 4] } },
      { week: "2025-W12", result: { hidden: false, count: 6, mean: 2.5, distribution: [1, 1, 4, 0, 0] } },
    ]);
    const edges = ["2025-03-09T23:30:00Z", "2024-12-30T12:00:00Z", "2027-01-01T12:00:00Z"]; // 1st: Monday 00:30 in Copenhagen
    const edgeAnswers = edges.flatMap((at) => answers("p2", [3], {}, Date.parse(at)));
    const [edgeUnit] = resultsFor({ prompts: [prompt("p2", "specialenheden")], answers: edgeAnswers }).units;
    expect(edgeUnit?.questions[0]?.weeks.map((week) => week.week)).toEqual([
      "2025-W01",
      "2025-W11",
      "2026-W53",
    ]);
  });

  it("names a theme stored as `tema:…` by its title, items by theirs: themes first, then reading order", () => {
    const given = [
      ...answers("p1", [4, 4, 4, 4, 4, 4], { topic: "trivsel" }),
      ...answers("p1", [2, 2, 2, 2, 2], { topic: "tema:samarbejde" }),
      ...answers("p1", [3, 3, 3, 3, 3], { topic: "borgerinddragelse" }),
      ...answers("p1", [1, 1, 1, 1, 1], { topic: "tema:det-trygge-kollegaskab" }),
    ];
    const results = resultsFor({ prompts: [prompt("p1")], answers: given });
    expect(
      results.organisation?.topics.map(({ topic, kind, title, result }) => [
        topic,
        kind,
        title,
        result.hidden,
      ]),
    ).toEqual([
      ["tema:det-trygge-kollegaskab", "theme", "Det trygge kollegaskab", false],
      ["tema:samarbejde", "theme", "Samarbejde", false],
      ["borgerinddragelse", "item", "Borgerinddragelse", false],
      ["trivsel", "item", "Trivsel", false],
    ]);
  });

  it("hides a topic with too few answers, and the smallest other topic so it cannot be worked out", () => {
    const given = [
      ...answers("p1", [4, 4, 4, 4, 4, 4], { topic: "trivsel" }),
      ...answers("p1", [2, 2, 2, 2, 2], { topic: "borgerinddragelse" }),
      ...answers("p1", [1], { topic: "gammelt-emne" }),
    ];
    const results = resultsFor({ prompts: [prompt("p1")], answers: given });
    expect(
      results.organisation?.topics.map(({ topic, kind, result }) => [topic, kind, hiddenOf(result)]),
    ).toEqual([
      ["borgerinddragelse", "item", "complementary"],
      ["trivsel", "item", "shown"],
      ["gammelt-emne", "other", "tooFew"],
    ]);
  });

  it("hides a topic that is one hidden meeting's answers, though every split on its own looks safe", () => {
    const given = [
      ...answers("a", [4, 4, 4, 5, 5, 5], { topic: "trivsel" }),
      ...answers("b", [1, 2, 3]),
      ...answers("c", [3, 3, 3, 3, 3, 3]),
    ];
    const prompts = ["a", "b", "c"].map((id) => prompt(id, "specialenheden"));
    const results = resultsFor({ prompts, answers: given });
    expect(results.units[0]?.prompts.map((each) => [each.promptId, hiddenOf(each.result)]).sort()).toEqual([
      ["a", "complementary"],
      ["b", "tooFew"],
      ["c", "shown"],
    ]);
    expect(results.organisation?.topics.map((topic) => [topic.topic, hiddenOf(topic.result)])).toEqual([
      ["trivsel", "complementary"],
    ]);
  });

  it("gives a leader of some units only those units, and no organisation figures or topics", () => {
    const given = [...answers("a", [5, 5, 5, 5, 5], { topic: "trivsel" }), ...answers("b", [1, 1, 1, 1, 1])];
    const prompts = [prompt("a", "specialenheden"), prompt("b", "beredskabsenheden")];
    const results = resultsFor({ prompts, answers: given }, "all", {
      kind: "units",
      unitIds: ["specialenheden"],
    });
    expect(results.units.map((unit) => unit.unitId)).toEqual(["specialenheden"]);
    expect(results).not.toHaveProperty("organisation");
  });

  it("lists units in the strategy's order, then unknown units, then prompts tied to no unit", () => {
    const prompts = [
      prompt("a"),
      prompt("b", "ukendt"),
      prompt("c", "beredskabsenheden"),
      prompt("d", "specialenheden"),
    ];
    const given = [...answers("d", [5, 5, 5, 5, 5]), ...answers("gone", [1, 1, 1, 1, 1])];
    const results = resultsFor({ prompts, answers: given, minGroupSize: 1 });
    expect(results.minGroupSize).toBe(3);
    expect(results.units.map((unit) => [unit.unitId, unit.name])).toEqual([
      ["specialenheden", "Specialenheden"],
      ["beredskabsenheden", "Beredskabsenheden"],
      ["ukendt", "ukendt"],
      [null, null],
    ]);
    expect(results.organisation?.questions[0]?.result).toMatchObject({ hidden: false, count: 5 }); // "gone" is dropped
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });
});
