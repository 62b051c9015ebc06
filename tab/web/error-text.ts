import { TabApiError } from "./api-client.ts";
import { el } from "./dom.ts";
import type { TabPage } from "./start-page.ts";

/** The sentence for a failed request; a 401 after Teams gave no token says why Teams gave none. */
export function describeError(page: Pick<TabPage, "t" | "signIn">, error: unknown): string {
  const { errors } = page.t.tab;
  if (!(error instanceof TabApiError)) return errors.other;
  if (error.status === 401) {
    const failure = page.signIn.failure();
    return failure ? page.t.tab.signInFailed(failure) : errors.unauthorized;
  }
  if (error.status === 403) return errors.forbidden;
  if (error.status === 404) return errors.notFound;
  if (error.status === 429) return errors.tooMany;
  if (error.status === 503) return errors.unavailable;
  if (error.status === 400) return error.message;
  return errors.other;
}

/**
 * An error as an alert, the one look every error on the tab has (search, feedback, results, loading):
 * announced at once, a red bar with an icon-like mark, so it never reads as an ordinary message.
 */
export function alertBox(text: string, ...after: Node[]): HTMLElement {
  return el("div", { class: "message-bar error", role: "alert" }, el("p", {}, text), ...after);
}
