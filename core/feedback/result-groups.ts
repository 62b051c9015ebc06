import type { AnswerForResults, FeedbackPrompt } from "./feedback-store.ts";
import { questionOf } from "./questions.ts";
import { copenhagenWeek } from "./results-figures.ts";
import type { QuestionId } from "./results-model.ts";

/**
 * One group of answers results may show. Groups form one tree per question — organisation → unit →
 * prompt, with two more splits: unit → ISO week (the weekly series) and organisation → topic — and
 * `parentKey` and `family` say where a group sits: siblings are the children of one parent in one family.
 */
export interface ResultGroup {
  key: string;
  parentKey?: string;
  family?: "units" | "prompts" | "weeks" | "topics";
  answers: AnswerForResults[];
}

/** The key of each kind of group; JSON arrays, so no id can run into another. */
export const groupKeys = {
  organisation: (question: QuestionId) => JSON.stringify(["organisation", question]),
  unit: (question: QuestionId, unitId: string | null) => JSON.stringify(["unit", question, unitId]),
  prompt: (promptId: string) => JSON.stringify(["prompt", promptId]),
  week: (question: QuestionId, unitId: string | null, week: string) =>
    JSON.stringify(["week", question, unitId, week]),
  topic: (question: QuestionId, topic: string) => JSON.stringify(["topic", question, topic]),
};

/**
 * Every group of the given prompts and answers. Listed: every prompt (leaders know what was asked), its
 * unit and organisation, and the weeks and topics that have answers. A listed prompt with no answers is
 * hidden like any small group; an unlisted week only says nobody answered then, which exposes no one.
 * Answers to prompts not given are left out.
 */
export function resultGroups(
  prompts: readonly FeedbackPrompt[],
  answers: readonly AnswerForResults[],
): Map<string, ResultGroup> {
  const groups = new Map<string, ResultGroup>();
  const group = (key: string, parent?: ResultGroup, family?: ResultGroup["family"]): ResultGroup => {
    const found = groups.get(key) ?? {
      key,
      ...(parent ? { parentKey: parent.key, family } : {}),
      answers: [],
    };
    groups.set(key, found);
    return found;
  };
  const path = (asked: FeedbackPrompt) => {
    const question = questionOf(asked.kind);
    const unitId = asked.unitId ?? null;
    const organisation = group(groupKeys.organisation(question));
    const unit = group(groupKeys.unit(question, unitId), organisation, "units");
    return {
      question,
      unitId,
      organisation,
      unit,
      prompt: group(groupKeys.prompt(asked.id), unit, "prompts"),
    };
  };
  for (const asked of prompts) path(asked);
  const promptById = new Map(prompts.map((asked) => [asked.id, asked]));
  for (const answer of answers) {
    const asked = promptById.get(answer.promptId);
    if (!asked) continue;
    const { question, unitId, organisation, unit, prompt } = path(asked);
    const week = group(groupKeys.week(question, unitId, copenhagenWeek(answer.answeredAt)), unit, "weeks");
    const within = [organisation, unit, prompt, week];
    if (answer.topic) within.push(group(groupKeys.topic(question, answer.topic), organisation, "topics"));
    for (const each of within) each.answers.push(answer);
  }
  return groups;
}
