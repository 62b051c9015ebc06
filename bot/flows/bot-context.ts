import type { Logger } from "pino";
import type { Strategy } from "../../core/content/strategy.ts";
import type { AnswerRatingStore } from "../../core/feedback/answer-ratings.ts";
import type { StrategySearch } from "../../core/search/strategy-search.ts";

/** What the bot's flows need, passed in once at start-up. */
export interface BotContext {
  strategy: Strategy;
  search: StrategySearch;
  ratings: AnswerRatingStore;
  /** Longest question searched, in characters. */
  maxQuestionLength: number;
  /** Where failures are logged; never given message text or personal data. */
  logger: Logger;
}
