import { describe } from "vitest";
import { chromiumMissing } from "../../../harness/chromium.ts";
import { skipWithout } from "../../support/required-service.ts";
import { accessibilityCases } from "./accessibility.cases.ts";
import { configPageCases } from "./config-page.cases.ts";
import { contentPageCases } from "./content-page.cases.ts";
import { deepLinkCases } from "./deep-link.cases.ts";
import { feedbackResultsCases } from "./feedback-results.cases.ts";
import { screenshotCases } from "./screenshots.cases.ts";
import { useTabTestEnv } from "./tab-test-env.ts";

/**
 * The tab's pages in a real browser: headless Debian Chromium driven by playwright-core, against the
 * real app (`startApp()`), the pages framed by the Teams test host (`teams-host.ts`) or opened as plain
 * pages. One Chromium and one local-mode app serve every case here; the feedback cases add an app with
 * Teams SSO on, and so do the screenshots for the README (`TAB_SCREENSHOTS=docs` writes them to
 * `docs/screenshots/`). Each group of cases lives in its own `*.cases.ts`.
 */
describe.skipIf(skipWithout("Chromium", chromiumMissing()))("the tab in a browser", () => {
  const env = useTabTestEnv();
  contentPageCases(env);
  configPageCases(env);
  deepLinkCases(env);
  feedbackResultsCases(env);
  accessibilityCases(env);
  screenshotCases(env);
});
