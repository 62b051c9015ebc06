import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  englishDictionary,
  formatResource,
  isInstalled,
  type LanguageResource,
} from "../../scripts/language-resources/sources.ts";

/**
 * The compiled language resources are committed so that `npm ci && npm start` needs no system package;
 * this holds each to what its script makes from the installed Debian package, so an edit by hand or a
 * change to the strategy's text without re-compiling fails. CI installs the packages (`.ci/run`), so
 * there a missing package fails the run; elsewhere the check is skipped and says why.
 */
const resources: LanguageResource[] = [englishDictionary];

describe("compiled language resources", () => {
  for (const resource of resources) {
    if (isInstalled(resource) || process.env.CI === "true") {
      it(`${resource.output} is what the script makes from ${resource.debianPackage}`, () => {
        expect(isInstalled(resource), `${resource.debianPackage} must be installed in CI`).toBe(true);
        expect(readFileSync(resource.output, "utf8")).toBe(formatResource(resource.compile()));
      });
    } else {
      it.skip(`${resource.output}: ${resource.debianPackage} is not installed here (apt-get install ${resource.debianPackage})`, () => {});
    }
  }
});
