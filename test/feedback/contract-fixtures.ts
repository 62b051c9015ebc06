import { afterEach, beforeEach, expect } from "vitest";
import { AppError } from "../../core/errors.ts";
import type { FeedbackAnswer, FeedbackStore, NewPrompt } from "../../core/feedback/feedback-store.ts";

/** Makes a fresh, empty, not yet migrated store; each engine's test file supplies one. */
export type MakeStore = () => Promise<FeedbackStore>;

/** A fixed moment the fixtures count from, so dates compare exactly across engines. */
export const t0 = new Date("2025-03-01T09:00:00.000Z");

/** `t0` plus some minutes. */
export function minutesAfterStart(minutes: number): Date {
  return new Date(t0.getTime() + minutes * 60_000);
}

/**
 * Gives each test of the calling suite its own migrated store, closed afterwards; returns a getter,
 * since the store exists only while a test runs.
 */
export function useFreshStore(makeStore: MakeStore): () => FeedbackStore {
  let store: FeedbackStore | undefined;
  beforeEach(async () => {
    store = await makeStore();
    await store.migrate();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return () => {
    if (!store) throw new Error("test: the store exists only inside a test");
    return store;
  };
}

/** A meeting prompt in tenant `t1`, created at `t0`, with `overrides` on top. */
export function newPrompt(overrides: Partial<NewPrompt> = {}): NewPrompt {
  return {
    tenantId: "t1",
    conversationId: "19:meeting_abc@thread.v2",
    kind: "meeting",
    title: "Ledermøde marts",
    createdAt: t0,
    closesAt: minutesAfterStart(7 * 24 * 60),
    ...overrides,
  };
}

/** An anonymous rating-4 answer to `promptId` by respondent `r1`, with `overrides` on top. */
export function newAnswer(promptId: string, overrides: Partial<FeedbackAnswer> = {}): FeedbackAnswer {
  return {
    promptId,
    respondentKey: "r1",
    rating: 4,
    anonymous: true,
    answeredAt: minutesAfterStart(10),
    ...overrides,
  };
}

/** Asserts that `promise` rejects with an `AppError` of `status` whose message starts with `store: `. */
export async function expectStoreError(promise: Promise<unknown>, status: number): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, "expected the call to reject").toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.status, appError.message).toBe(status);
  expect(appError.message).toMatch(/^store: /);
  return appError;
}
