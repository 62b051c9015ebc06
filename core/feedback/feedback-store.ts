/**
 * The feedback store: everything the app must remember between requests. One interface, two engines
 * (`sqlite-store.ts`, the embedded default; `postgres-store.ts` when `DATABASE_URL` is set) that pass
 * the same contract test (`test/feedback/store-contract.ts`).
 *
 * Privacy by design: an answer is keyed by a respondent key (an HMAC of tenant, user and prompt made
 * with a server secret, see `respondent-key.ts`), never by the user's id, so one answer per person per
 * prompt can be kept without knowing who answered. A user's name is stored only when they untick
 * "anonymous", and results never expose respondent keys.
 */

/** Where a prompt was asked: after a meeting, by `feedback <titel>` in a chat, or on the unit tab. */
export type PromptKind = "meeting" | "chat" | "tab";

/** A question put to a group: "how useful was …", answered 1–5 with an optional topic and comment. */
export interface FeedbackPrompt {
  id: string;
  tenantId: string;
  /** The Teams conversation the prompt was posted in; for tab prompts `tab:<unitId>`. */
  conversationId: string;
  kind: PromptKind;
  title: string;
  /** The unit the prompt is tied to, if any (the channel's tab unit, or chosen on the card). */
  unitId?: string;
  /** For tab prompts: what is rated — a strategy item id, or "unit" for the unit page as a whole. */
  subjectId?: string;
  /** The id of the posted card message, so its shared tally can be updated. */
  activityId?: string;
  createdAt: Date;
  closesAt: Date;
  /** Demonstration data from `npm run demo-data`: made-up colleagues, never real answers. */
  demo?: boolean;
}

/** What is needed to create a prompt; the store assigns the id. */
export type NewPrompt = Omit<FeedbackPrompt, "id" | "activityId">;

/** One person's answer to a prompt, as given. */
export interface FeedbackAnswer {
  promptId: string;
  /** HMAC of tenant, user and prompt: the same person gets the same key, nobody can reverse it. */
  respondentKey: string;
  rating: 1 | 2 | 3 | 4 | 5;
  /** A strategy item id or a yearly theme the answer is about, if chosen. */
  topic?: string;
  comment?: string;
  /** False only when the person unticked "anonymous"; then `respondentName` is kept. */
  anonymous: boolean;
  respondentName?: string;
  answeredAt: Date;
}

/** An answer as results see it: no respondent key, a name only for non-anonymous answers. */
export type AnswerForResults = Omit<FeedbackAnswer, "respondentKey">;

/** A 👍/👎 on a bot answer, one per person per answer (latest wins). */
export interface AnswerRatingRecord {
  respondentKey: string;
  itemId: string;
  paragraphIndexes: number[];
  rating: "up" | "down";
  ratedAt: Date;
}

/** Filter for prompts and answers; all fields optional and combined with AND. */
export interface PromptFilter {
  tenantId?: string;
  unitId?: string;
  kind?: PromptKind;
  promptIds?: string[];
  /** Only prompts created at or after this time. */
  since?: Date;
}

/** One end of one meeting as Teams reports it: the same three values mean the same event delivered again. */
export interface MeetingEnd {
  /** Where the end was reported (the meeting chat, or the channel for a channel meeting). */
  conversationId: string;
  meetingId: string;
  /** The reported end time as an ISO string; empty when Teams sent none. */
  endTime: string;
}

export interface FeedbackStore {
  /** Applies the versioned schema migrations; safe to call twice and from two instances at once. */
  migrate(): Promise<void>;
  /** Whether the database answers right now (for `/readyz`). */
  ping(): Promise<boolean>;

  createPrompt(prompt: NewPrompt): Promise<FeedbackPrompt>;
  getPrompt(id: string): Promise<FeedbackPrompt | undefined>;
  /** The tab's standing prompt for a unit and subject, created on first use (idempotent, race-safe). */
  tabPrompt(
    tenantId: string,
    unitId: string,
    subjectId: string,
    title: string,
    closesAt: Date,
  ): Promise<FeedbackPrompt>;
  setPromptActivity(id: string, activityId: string): Promise<void>;
  /** Ties a prompt to a unit chosen on its card, if it has none yet (the first choice wins). */
  setPromptUnit(id: string, unitId: string): Promise<void>;
  listPrompts(filter: PromptFilter): Promise<FeedbackPrompt[]>;

  /**
   * Saves an answer; a second answer with the same prompt and respondent key replaces the first
   * (latest `answeredAt` wins, so a retried older write never overwrites a newer one). Atomic.
   */
  saveAnswer(answer: FeedbackAnswer): Promise<{ replaced: boolean }>;
  getAnswer(promptId: string, respondentKey: string): Promise<FeedbackAnswer | undefined>;
  countAnswers(promptId: string): Promise<number>;
  /** Answers to the prompts matching the filter, for aggregation; never with respondent keys. */
  answersFor(filter: PromptFilter): Promise<AnswerForResults[]>;
  /** Deletes comments (keeps ratings) of answers given before `before`; returns how many. */
  deleteCommentsBefore(before: Date): Promise<number>;

  saveRating(rating: AnswerRatingRecord): Promise<void>;
  /** 👍 and 👎 per item. */
  ratingTotals(): Promise<Map<string, { up: number; down: number }>>;

  /** Remembers how to reach a conversation later (proactive messages); JSON from botbuilder. */
  saveConversationReference(conversationId: string, reference: unknown): Promise<void>;
  getConversationReference(conversationId: string): Promise<unknown | undefined>;
  /** Ties a channel, chat or meeting to a unit (set by the tab's configuration). */
  setConversationUnit(conversationId: string, unitId: string): Promise<void>;
  getConversationUnit(conversationId: string): Promise<string | undefined>;

  /**
   * Records that a meeting end is being acted on; true for the first call with these values, false for
   * every later one, from any instance on the same database (the table's key decides, atomically).
   */
  claimMeetingEnd(end: MeetingEnd, seenAt: Date): Promise<boolean>;
  /** Undoes `claimMeetingEnd` when acting on it failed, so Teams' next delivery is acted on. */
  releaseMeetingEnd(end: MeetingEnd): Promise<void>;
  /** Forgets the meeting ends claimed before `before`; resolves with how many. */
  forgetMeetingEndsBefore(before: Date): Promise<number>;

  close(): Promise<void>;
}
