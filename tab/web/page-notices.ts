import type { MeResponse } from "../api/tab-api-contract.ts";
import { el } from "./dom.ts";
import type { TabPage } from "./start-page.ts";

/**
 * Says "local mode" once, at the top of the page (every view below it relies on this one banner), and
 * that the strategy text stays Danish on an English page.
 */
export function showNotices(page: TabPage, me: MeResponse): void {
  const { t } = page;
  if (me.localMode)
    page.notices.append(el("p", { class: "message-bar warning", id: "local-mode" }, t.tab.localModeBanner));
  if (t.tab.quotedInDanish) page.notices.append(el("p", { class: "muted" }, t.tab.quotedInDanish));
}
