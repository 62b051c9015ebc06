import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Teams' three themes, as the tab's CSS names them. */
export const themes = ["default", "dark", "contrast"] as const;

/** The WCAG 2.1 A and AA rules of axe. */
const wcag21aa = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** The WCAG 2.1 AA rules of axe whose outcome depends on colours. */
const colourRules = ["color-contrast", "link-in-text-block"];

/**
 * Axe's serious and critical WCAG 2.1 A/AA violations on the page (the Teams test host and the tab
 * it frames), named by theme, rule and element. A theme changes colours only (CSS custom properties),
 * so the default theme gets every rule and the dark and contrast themes the rules that read colours.
 */
export async function seriousViolations(page: Page, theme: (typeof themes)[number]): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (theme === "default"
    ? axe.withTags(wcag21aa)
    : axe.withRules(colourRules)
  ).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${theme}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
}
