import type { UnitSummary } from "../api/tab-api-contract.ts";
import { TabApiError } from "./api-client.ts";
import { el, replaceChildren, requiredElement } from "./dom.ts";
import { alertBox, describeError } from "./error-text.ts";
import { showNotices } from "./page-notices.ts";
import { startPage, type TabPage } from "./start-page.ts";
import type { SavedTabConfig } from "./tab-host-interface.ts";
import { unitChoices } from "./unit-picker.ts";

/**
 * The configuration page of the channel and group-chat tab: pick a unit (or Hele Københavns Politi)
 * and Teams' Save stores it as the tab's content URL (`index.html?unit=<id>`). Opened again from the
 * tab's settings, it starts from the saved unit. Outside Teams it offers a preview instead.
 */
async function showConfigPage(): Promise<void> {
  const page = await startPage();
  const { t } = page;
  try {
    const [me, units] = await Promise.all([page.api.me(), page.api.units()]);
    showNotices(page, me);
    const choices = unitChoices(units, t);
    const saved = await page.host.config?.current();
    let chosen = choices.find((unit) => unit.id === unitOf(saved));
    const preview = el("p", {});
    const problem = el("div", {});
    const showPreview = () => {
      if (page.host.config || !chosen) return;
      replaceChildren(preview, el("a", { href: contentUrl(chosen.id) }, t.tab.config.preview(chosen.name)));
    };
    requiredElement("title").textContent = t.tab.config.heading;
    const group = el(
      "fieldset",
      { class: "units" },
      el("legend", {}, t.shared.unit),
      ...choices.map((unit) => {
        const radio = el("input", { type: "radio", name: "unit", value: unit.id, checked: unit === chosen });
        radio.addEventListener("change", () => {
          chosen = unit;
          page.host.config?.setValid(true);
          showPreview();
        });
        return el("div", {}, el("label", { lang: "da" }, radio, unit.name));
      }),
    );
    replaceChildren(
      page.main,
      el("p", {}, t.tab.config.intro),
      group,
      page.host.config ? null : el("p", { class: "muted" }, t.tab.config.outsideTeams),
      preview,
      problem,
    );
    showPreview();
    page.host.config?.setValid(chosen !== undefined);
    page.host.config?.onSave(async () => {
      replaceChildren(problem);
      try {
        if (!chosen) throw new Error(t.tab.unitPickerPlaceholder);
        return await saveTab(page, chosen);
      } catch (error) {
        const reason = error instanceof TabApiError ? describeError(page, error) : (error as Error).message;
        replaceChildren(problem, alertBox(t.tab.config.saveFailed(reason)));
        throw new Error(reason);
      }
    });
  } catch (error) {
    replaceChildren(page.main, alertBox(describeError(page, error)));
  } finally {
    page.host.loaded();
  }
}

/** Ties the channel or chat to the unit (so the bot answers for it), then gives Teams the tab's config. */
async function saveTab(page: TabPage, unit: UnitSummary): Promise<SavedTabConfig> {
  if (page.host.conversationId && unit.id !== "all")
    await page.api.setChannelUnit({ conversationId: page.host.conversationId, unitId: unit.id });
  const url = contentUrl(unit.id);
  return {
    entityId: `strategi-2025-${unit.id}`,
    contentUrl: url,
    websiteUrl: url,
    // The tab's name in the channel, seen by everyone there: Danish, as the strategy is.
    suggestedDisplayName: `Strategi 2025 · ${unit.id === "all" ? "Hele Københavns Politi" : unit.name}`,
  };
}

/** The content page for a unit, as an absolute URL beside this page. */
function contentUrl(unitId: string): string {
  return new URL(`index.html?unit=${encodeURIComponent(unitId)}`, location.href).href;
}

/** The unit a saved content URL shows. */
function unitOf(saved: SavedTabConfig | undefined): string | undefined {
  if (!saved) return undefined;
  try {
    return new URL(saved.contentUrl).searchParams.get("unit") ?? undefined;
  } catch {
    return undefined; // Not our URL (a tab saved by something else): start with no unit chosen.
  }
}

void showConfigPage();
