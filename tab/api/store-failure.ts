import type { Logger } from "pino";
import { AppError } from "../../core/errors.ts";

/** What the caller is told when the database fails: true, and nothing about the database. */
export const storageUnavailableMessage = "tab: feedback is unavailable right now; try again later";

/**
 * Runs `work`, which uses the feedback store, and turns a storage failure into a 503 with a safe
 * message. The store's own message (operation and error code, no personal data) goes to the log only:
 * it names the database's internals, which the page has no use for. A 4xx `AppError` thrown by the
 * route's own checks passes unchanged.
 */
export async function withStore<T>(logger: Logger, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.status < 500) throw error;
    logger.error(
      { err: { name: (error as Error)?.name, message: (error as Error)?.message } },
      "tab: storage failed",
    );
    throw new AppError(503, storageUnavailableMessage, { cause: error });
  }
}
