// The soak's simulated people. Longer than ~200 lines on purpose: the eight actions share one person's
// state (chat, reply count, last answer, open prompts) in one closure, and read best side by side.
import { executeActivity, meetingEndActivity, messageActivity } from "../../harness/teams-activities.ts";
import type { SoakConnector } from "./soak-connector.ts";
import type { SoakKind, SoakRecorder } from "./soak-recorder.ts";

/** What every simulated person shares: where to send, what to ask, and what was acknowledged. */
export interface SoakContext {
  /** The next instance's base URL (round robin: requests are spread over the instances). */
  nextUrl(): string;
  connector: SoakConnector;
  recorder: SoakRecorder;
  questions: readonly { text: string; locale: string }[];
  units: readonly { id: string; name: string }[];
  thinkMs: number;
  timeoutMs: number;
  /** Actions started at or after this `performance.now()` are measured. */
  measureFrom: number;
  /** True once no new action may start (time is up, or the request count is reached). */
  stopping(): boolean;
  /** Feedback prompts posted after meetings, open for anyone's answer (the most recent 50). */
  openPrompts: { promptId: string; conversationId: string }[];
  /** What the app said it stored, to check against the store afterwards. */
  acknowledged: Writes;
  /** What was sent, acknowledged or not (a request that timed out may still have been stored). */
  attempted: Writes;
}

/** Writes, each once: what the store should hold one row for. */
export interface Writes {
  /** Meeting chats whose end was sent (acknowledged: the prompt ids on the cards that came back). */
  meetings: Set<string>;
  /** `promptId|user`: the latest answer per person per prompt is the one kept. */
  answers: Set<string>;
  /** `user|item|paragraphs`: one 👍/👎 per person per passage. */
  ratings: Set<string>;
  /** `unit|subject`: in local mode the tab is one local user, so one answer per unit and subject. */
  tabAnswers: Set<string>;
}

interface RateData {
  itemId: string;
  paragraphIndexes: number[];
  relatedIds: string[];
}

/** The mix of what people do, as weights. */
const mix: readonly [SoakKind, number][] = [
  ["question", 35],
  ["unit overview", 10],
  ["👍/👎", 10],
  ["meeting end", 5],
  ["feedback answer", 10],
  ["tab view", 15],
  ["tab search", 10],
  ["tab feedback", 5],
];
const totalWeight = mix.reduce((sum, [, weight]) => sum + weight, 0);

/**
 * One simulated person: their own personal chat, Teams identity and last answer. Loops until the run
 * stops: a pause (think time), then an action drawn from the mix; 👍/👎 needs an answer they got and
 * falls back to a question, a feedback answer needs an open prompt and falls back to ending a meeting.
 */
export async function runSoakUser(index: number, context: SoakContext): Promise<void> {
  const from = {
    id: `29:soak-user-${index}`,
    name: `Soak Bruger ${index}`,
    aadObjectId: `soak-oid-${index}`,
  };
  const chat = `a:soak-chat-${index}`;
  let replies = 0;
  let meetings = 0;
  let lastAnswer: RateData | undefined;
  const { connector, recorder } = context;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)] as T;

  const post = async (body: unknown) => {
    const response = await fetch(`${context.nextUrl()}/api/messages`, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json" },
      signal: AbortSignal.timeout(context.timeoutMs),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST /api/messages answered ${response.status}`);
    return text;
  };
  const say = async (text: string, locale: string) => {
    const reply = connector.waitFor(chat, ++replies, context.timeoutMs);
    reply.catch(() => undefined); // observed below; a failed POST must not leave it unhandled
    await post(
      messageActivity(text, { serviceUrl: connector.serviceUrl, conversationId: chat, from, locale }),
    );
    return reply;
  };
  const tab = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${context.nextUrl()}${path}`, {
      ...init,
      signal: AbortSignal.timeout(context.timeoutMs),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`${init.method ?? "GET"} ${path.split("?")[0]} answered ${response.status}`);
    return text;
  };

  const actions: Record<SoakKind, () => Promise<void>> = {
    question: async () => {
      const question = pick(context.questions);
      lastAnswer = rateDataIn(await say(question.text, question.locale)) ?? lastAnswer;
    },
    "unit overview": async () => {
      await say(pick(context.units).name, "da-DK");
    },
    "👍/👎": async () => {
      const answer = lastAnswer as RateData;
      const rating = Math.random() < 0.8 ? "up" : "down";
      const data = { verb: "rateAnswer", rating, answer };
      const key = `${index}|${answer.itemId}|${answer.paragraphIndexes.join(",")}`;
      context.attempted.ratings.add(key);
      const body = await post(
        executeActivity("rateAnswer", data, { serviceUrl: connector.serviceUrl, conversationId: chat, from }),
      );
      if (!body.includes("application/vnd.microsoft.card.adaptive"))
        throw new Error("👍/👎: no card in the invoke response");
      context.acknowledged.ratings.add(key);
    },
    "meeting end": async () => {
      const conversationId = `19:meeting_soak-${index}-${++meetings}@thread.v2`;
      const card = connector.waitFor(conversationId, 1, context.timeoutMs);
      card.catch(() => undefined); // observed below
      context.attempted.meetings.add(conversationId);
      await post(
        meetingEndActivity(`Soakmøde ${index}.${meetings}`, {
          serviceUrl: connector.serviceUrl,
          conversationId,
        }),
      );
      const promptId = /"promptId":"([^"]+)"/.exec(await card)?.[1];
      connector.forget(conversationId);
      if (!promptId) throw new Error("meeting end: the card has no prompt id");
      context.acknowledged.meetings.add(promptId);
      context.openPrompts.push({ promptId, conversationId });
      if (context.openPrompts.length > 50) context.openPrompts.shift();
    },
    "feedback answer": async () => {
      const prompt = pick(context.openPrompts);
      const named = Math.random() < 0.2;
      const data = {
        verb: "submitFeedback",
        promptId: prompt.promptId,
        rating: String(1 + Math.floor(Math.random() * 5)),
        ...(Math.random() < 0.3 ? { comment: "Godt møde, klar dagsorden" } : {}),
        anonymous: named ? "false" : "true",
      };
      context.attempted.answers.add(`${prompt.promptId}|${index}`);
      const body = await post(
        executeActivity("submitFeedback", data, {
          serviceUrl: connector.serviceUrl,
          conversationId: prompt.conversationId,
          from,
        }),
      );
      if (!body.includes("du svarede")) throw new Error("feedback answer: not acknowledged");
      context.acknowledged.answers.add(`${prompt.promptId}|${index}`);
    },
    "tab view": async () => {
      await tab(`/api/tab/view?unit=${Math.random() < 0.2 ? "all" : pick(context.units).id}`);
    },
    "tab search": async () => {
      await tab(`/api/tab/search?q=${encodeURIComponent(pick(context.questions).text)}`);
    },
    "tab feedback": async () => {
      const unitId = pick(context.units).id;
      const answer = {
        unitId,
        subjectId: "unit",
        rating: 1 + Math.floor(Math.random() * 5),
        anonymous: true,
      };
      context.attempted.tabAnswers.add(`${unitId}|unit`);
      const body = await tab("/api/tab/feedback", {
        method: "PUT",
        body: JSON.stringify(answer),
        headers: { "content-type": "application/json" },
      });
      if (!body.includes('"saved":true')) throw new Error("tab feedback: not saved");
      context.acknowledged.tabAnswers.add(`${unitId}|unit`);
    },
  };

  while (!context.stopping()) {
    await new Promise((resolve) => setTimeout(resolve, context.thinkMs * (0.5 + Math.random())));
    if (context.stopping()) return;
    let kind = drawKind();
    if (kind === "👍/👎" && !lastAnswer) kind = "question";
    if (kind === "feedback answer" && context.openPrompts.length === 0) kind = "meeting end";
    recorder.started++;
    const started = performance.now();
    try {
      await actions[kind]();
      recorder.record(kind, performance.now() - started, started >= context.measureFrom);
    } catch (error) {
      recorder.error(kind, error);
    }
  }
}

function drawKind(): SoakKind {
  let draw = Math.random() * totalWeight;
  for (const [kind, weight] of mix) {
    draw -= weight;
    if (draw < 0) return kind;
  }
  return "question";
}

/** The 👍 button's data on an answer card, if the reply is an answer. */
function rateDataIn(reply: string): RateData | undefined {
  const match = /"verb":"rateAnswer","rating":"up","answer":(\{[^}]*\})/.exec(reply);
  return match?.[1] ? (JSON.parse(match[1]) as RateData) : undefined;
}
