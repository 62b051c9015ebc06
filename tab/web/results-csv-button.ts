import { el } from "./dom.ts";
import { alertBox, describeError } from "./error-text.ts";
import type { TabPage } from "./start-page.ts";

/** Downloads the CSV through the API (so the SSO token goes with it) and saves it as a file. */
export function resultsCsvButton(page: TabPage, unitId: string): HTMLElement {
  const status = el("span", { role: "status", "aria-live": "polite" });
  const button = el("button", { type: "button", class: "secondary" }, page.t.tab.results.downloadCsv);
  button.addEventListener("click", () => {
    page.api
      .resultsCsv(unitId, page.language)
      .then((csv) => {
        const link = el("a", {
          href: URL.createObjectURL(csv),
          download: `strategi-2025-resultater-${unitId}.csv`,
        });
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      })
      .catch((error: unknown) => {
        status.replaceChildren(alertBox(describeError(page, error)));
      });
  });
  return el("div", { class: "actions" }, button, status);
}
