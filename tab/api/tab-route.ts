import type { Logger } from "pino";
import type { Request, Response } from "restify";
import type { Config } from "../../core/config.ts";
import type { Strategy } from "../../core/content/strategy.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import type { PersonLimiter } from "../../core/http/rate-limit.ts";
import type { StrategySearch } from "../../core/search/strategy-search.ts";
import type { CallerResolver, TabCaller } from "./tab-caller.ts";

/** What the tab API is built from: the app's own configuration, strategy, search and store. */
export interface TabApiDeps {
  config: Pick<Config, "sso" | "bot" | "feedback" | "maxQuestionLength">;
  strategy: Strategy;
  /** The bot's search instance, so the tab's search box answers exactly as the chat does. */
  search: StrategySearch;
  store: FeedbackStore;
  /** The current time; a parameter so tests can move it. */
  now(): Date;
  /** Where failures are logged; never given tokens, names or free text. */
  logger: Logger;
  /** Each person's rate limit on questions and writes (`RATE_LIMIT_PER_MINUTE`); default none. */
  limiter?: PersonLimiter;
}

/** What every route handler gets: the dependencies and how to tell who is calling. */
export interface TabRouteContext extends TabApiDeps {
  caller: CallerResolver;
  /**
   * Counts one question or write against the caller's rate limit, after sign-in and before the body is
   * read (a refused body counts too); over the limit it throws a 429 and sets `Retry-After`.
   */
  throttle(caller: TabCaller, res: Response): Promise<void>;
}

/** One route of the tab API, mounted by `registerTabApi`. */
export interface TabRoute {
  method: "get" | "put";
  /** Under `/api/tab/`. */
  path: string;
  /** A restify async handler; errors are thrown as `AppError` and mapped by the server's error handler. */
  handler: (req: Request, res: Response) => Promise<void>;
}
