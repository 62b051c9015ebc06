import { el } from "./dom.ts";

/** One tab of a page: its short label, and the panel (an element with an id) it shows. */
export interface SectionTab {
  label: string;
  panel: HTMLElement;
}

/**
 * A Fluent tab list over a page's sections, so each is one click away instead of a long scroll. The
 * address follows the open tab (`#forord`), and a link to anything inside a panel (`#item-…`, from a
 * search answer or a shared address) opens that panel and scrolls to it, instead of to a hidden element.
 */
export function sectionTabs(label: string, tabs: readonly SectionTab[]): HTMLElement[] {
  const tabId = (tab: SectionTab) => `tab-${tab.panel.id}`;
  const targetId = () => decodeURIComponent(location.hash.slice(1));
  const ownerOf = (id: string) =>
    id
      ? tabs.find((tab) => tab.panel.id === id || tab.panel.querySelector(`[id="${CSS.escape(id)}"]`))
      : undefined;
  const opened = ownerOf(targetId()) ?? tabs[0];
  const tablist = el(
    "fluent-tablist",
    { "aria-label": label, activeid: opened ? tabId(opened) : undefined, class: "section-tabs" },
    ...tabs.map((tab) => el("fluent-tab", { id: tabId(tab), "aria-controls": tab.panel.id }, tab.label)),
  );
  for (const tab of tabs) {
    // Hidden until Fluent takes over, so the page does not flash every section at once.
    tab.panel.hidden = tab !== opened;
    tab.panel.setAttribute("role", "tabpanel");
    tab.panel.setAttribute("aria-labelledby", tabId(tab));
    tab.panel.classList.add("tab-panel");
  }
  tablist.addEventListener("change", (event) => {
    // Fluent sends the newly active tab; its `activeid` attribute follows only later.
    const active = (event as CustomEvent<HTMLElement | undefined>).detail;
    const open = tabs.find((tab) => tabId(tab) === active?.id);
    // Opening the page on its first tab leaves the address alone; any other tab is put in it to share.
    if (!open || location.hash === `#${open.panel.id}` || (!location.hash && open === tabs[0])) return;
    history.replaceState(null, "", `#${open.panel.id}`);
  });
  const scrollToTarget = () => {
    const target = document.getElementById(targetId());
    if (target && !target.matches("[role=tabpanel]")) target.scrollIntoView({ block: "start" });
  };
  revealCurrent = () => {
    const owner = ownerOf(targetId());
    if (!owner) return;
    tablist.setAttribute("activeid", tabId(owner));
    owner.panel.hidden = false;
    scrollToTarget();
  };
  requestAnimationFrame(scrollToTarget);
  return [tablist, ...tabs.map((tab) => tab.panel)];
}

/** The shown page's tabs' way to open the panel the address points to; one page shows one set. */
let revealCurrent: () => void = () => {};
window.addEventListener("hashchange", () => revealCurrent());
