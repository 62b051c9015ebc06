/**
 * The Fluent web components (`@fluentui/web-components` v3, Teams' design system without a framework)
 * the pages use, each registered once. Only these are bundled: the whole library would double the
 * first load, and Fluent UI React v9 with React costs more than the 100 KB first-load budget by itself
 * (measured: about 120 KB gzip for the same handful of components). They take their colours from the
 * Teams theme tokens in `tab.css` (see `scripts/teams-theme-css.ts`).
 *
 * Buttons, radios and text fields stay native elements styled with the same tokens: Fluent's v3
 * button gets its role only through ElementInternals, which axe and Playwright cannot read yet, so the
 * accessibility checks could not prove it; native controls they can.
 */
import "@fluentui/web-components/tablist.js";
import "@fluentui/web-components/tab.js";
import "@fluentui/web-components/accordion.js";
import "@fluentui/web-components/accordion-item.js";
import "@fluentui/web-components/spinner.js";

declare global {
  /** The Fluent elements by tag, so `el("fluent-tab")` is typed like any other element. */
  interface HTMLElementTagNameMap {
    "fluent-tablist": HTMLElement;
    "fluent-tab": HTMLElement;
    "fluent-accordion": HTMLElement;
    "fluent-accordion-item": HTMLElement;
    "fluent-spinner": HTMLElement;
  }
}
