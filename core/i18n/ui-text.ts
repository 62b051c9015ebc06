import type { BotText } from "./bot-text.ts";
import type { CsvText } from "./csv-text.ts";
import type { SharedText } from "./shared-text.ts";
import type { TabText } from "./tab-text.ts";

/**
 * Everything the app says in one language, by face: words both faces say once in `shared`, then what
 * only the bot's cards, only the tab's pages and only the results CSV say. `danish.ts` and `english.ts`
 * are both typed by it, so a key missing from one language is a type error.
 */
export interface UiText {
  shared: SharedText;
  bot: BotText;
  tab: TabText;
  csv: CsvText;
}
