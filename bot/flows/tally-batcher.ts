/** Options for {@link createTallyBatcher}. */
export interface TallyBatcherOptions {
  /** How long to gather answers before updating a prompt's shared card. Default 2000 ms. */
  delayMs?: number;
  /** Updates one prompt's shared card; failures are reported to `onError` and not retried. */
  update: (promptId: string) => Promise<void>;
  onError: (promptId: string, error: Error) => void;
}

/** Collects "this prompt has a new answer" signals and updates each shared card at most once per delay. */
export interface TallyBatcher {
  changed(promptId: string): void;
  /** Runs every pending update now (on shutdown, and in tests). */
  flush(): Promise<void>;
}

/**
 * The shared feedback card shows how many have answered. Updating the Teams message on every answer
 * would send hundreds of edits in a busy meeting, so updates are batched: the first answer to a prompt
 * starts a timer, later answers ride along, and one edit shows the count when the timer fires.
 */
export function createTallyBatcher(options: TallyBatcherOptions): TallyBatcher {
  const delayMs = options.delayMs ?? 2000;
  const pending = new Map<string, NodeJS.Timeout>();
  const run = (promptId: string) => {
    clearTimeout(pending.get(promptId));
    pending.delete(promptId);
    return options.update(promptId).catch((error: Error) => options.onError(promptId, error));
  };
  return {
    changed(promptId) {
      if (pending.has(promptId)) return;
      const timer = setTimeout(() => void run(promptId), delayMs);
      timer.unref();
      pending.set(promptId, timer);
    },
    async flush() {
      await Promise.all([...pending.keys()].map(run));
    },
  };
}
