import type { Logger } from "pino";
import type { Strategy } from "../../core/content/strategy.ts";
import type { FeedbackStore } from "../../core/feedback/feedback-store.ts";
import type { StrategySearch } from "../../core/search/strategy-search.ts";

/** The Teams app id as an optional card input: absent in local mode, so cards add no deep links. */
export function appId(bot: Pick<BotContext, "teamsAppId">): { teamsAppId?: string } {
  return bot.teamsAppId ? { teamsAppId: bot.teamsAppId } : {};
}

/** What the bot's flows need, passed in once at start-up. */
export interface BotContext {
  strategy: Strategy;
  search: StrategySearch;
  store: FeedbackStore;
  /** Longest question searched, in characters. */
  maxQuestionLength: number;
  feedback: {
    /** HMAC key for respondent keys. */
    secret: string;
    /** How long a prompt takes answers. */
    daysOpen: number;
    /** Smallest group of answers results show. */
    minGroupSize: number;
  };
  /** The Teams app id, for deep links into the app's tabs; absent (no links) in local mode. */
  teamsAppId?: string;
  /**
   * Neither a bot registration nor tab sign-in (`isLocalMode`): nothing is authenticated, and everyone
   * may see results (cards say so). Otherwise `feedback resultater` hands over to the tab.
   */
  localMode: boolean;
  /** Asks for the shared feedback card of a prompt to show its new tally, soon (updates are batched). */
  tallyChanged(promptId: string): void;
  /** The current time; a parameter so tests can move it. */
  now(): Date;
  /** Where failures are logged; never given message text or personal data. */
  logger: Logger;
}
