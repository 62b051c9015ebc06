import { el } from "./dom.ts";

/** What a page region shows while its data comes: a Fluent spinner with the words, announced politely. */
export function loadingState(text: string): HTMLElement {
  return el(
    "div",
    { class: "loading-state", role: "status" },
    el("fluent-spinner", { size: "small", "aria-hidden": "true" }),
    el("span", {}, text),
  );
}
