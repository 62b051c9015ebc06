/**
 * Teams' three themes as CSS, from Fluent's own design tokens (`@fluentui/tokens`: the Teams light,
 * dark and high-contrast themes): every token becomes a custom property (`--colorNeutralBackground1`),
 * the names the Fluent web components read, chosen by `data-theme` on `<html>`. Made at build time
 * rather than with Fluent's `setTheme()` at run time, so the page is painted in its theme from the first
 * frame, the CSP needs no inline style, and no token table is shipped as JavaScript.
 */
import { type Theme, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/tokens";

/** The tab's theme names (as `tab/web/tab-host.ts` sets them) and Fluent's theme for each. */
const themes = [
  { name: "default", selector: ':root,[data-theme="default"]', scheme: "light", tokens: teamsLightTheme },
  { name: "dark", selector: '[data-theme="dark"]', scheme: "dark", tokens: teamsDarkTheme },
  { name: "contrast", selector: '[data-theme="contrast"]', scheme: "dark", tokens: teamsHighContrastTheme },
] as const;

/**
 * The stylesheet: the light theme in full on `:root`, then for dark and contrast only the tokens that
 * differ from it (the rest, sizes and fonts, are shared), which keeps the first load small.
 */
export function teamsThemeCss(): string {
  return themes
    .map(({ selector, scheme, tokens }) => {
      const declarations = Object.entries(tokens as Theme)
        .filter(
          ([name, value]) => tokens === teamsLightTheme || teamsLightTheme[name as keyof Theme] !== value,
        )
        .map(([name, value]) => `--${name}:${value};`)
        .join("");
      return `${selector}{color-scheme:${scheme};${declarations}}`;
    })
    .join("\n");
}
