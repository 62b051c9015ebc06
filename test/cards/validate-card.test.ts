import { describe, expect, it } from "vitest";
import { validateCard } from "./validate-card.ts";

const valid = {
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  type: "AdaptiveCard",
  version: "1.5",
  body: [{ type: "TextBlock", text: "Hej", wrap: true }],
  actions: [{ type: "Action.Submit", title: "Hjælp", data: { verb: "showHelp" } }],
};

function eventsOf(card: unknown): string[] {
  return validateCard(card).map((problem) => problem.event);
}

describe("validateCard", () => {
  it("passes a small valid card", () => {
    expect(validateCard(valid)).toEqual([]);
  });

  it("reports an unknown element type", () => {
    expect(eventsOf({ ...valid, body: [{ type: "TextBlok", text: "Hej" }] })).toContain("UnknownElementType");
  });

  it("reports an unknown action type", () => {
    const actions = [{ type: "Action.Submitt", title: "Hjælp", data: { verb: "showHelp" } }];
    expect(eventsOf({ ...valid, actions })).toContain("UnknownActionType");
  });

  it("reports a version above 1.5 and a missing version", () => {
    expect(eventsOf({ ...valid, version: "1.6" })).toContain("UnsupportedCardVersion");
    const { version: _version, ...withoutVersion } = valid;
    expect(eventsOf(withoutVersion)).toContain("MissingProperty");
  });

  it("reports 1.6-only elements and properties in a 1.5 card", () => {
    expect(eventsOf({ ...valid, body: [{ type: "Carousel", pages: [] }] })).toContain("UnknownElementType");
    const actions = [{ type: "Action.Submit", title: "Hjælp", role: "Button", data: { verb: "showHelp" } }];
    expect(eventsOf({ ...valid, actions })).toContain("UnsupportedProperty");
  });

  it("reports missing required properties, the library's and ours", () => {
    expect(eventsOf({ ...valid, actions: [{ type: "Action.OpenUrl", title: "Link" }] })).toContain(
      "PropertyCantBeNull",
    );
    expect(eventsOf({ ...valid, body: [{ type: "TextBlock", wrap: true }] })).toContain("MissingProperty");
    expect(eventsOf({ ...valid, body: [{ type: "FactSet", facts: [{ title: "Enhed" }] }] })).toContain(
      "MissingProperty",
    );
  });

  it("reports an invalid property value and too many buttons", () => {
    expect(eventsOf({ ...valid, body: [{ type: "TextBlock", text: "Hej", size: "Huge" }] })).toContain(
      "InvalidPropertyValue",
    );
    const actions = Array.from({ length: 6 }, () => valid.actions[0]);
    expect(eventsOf({ ...valid, actions })).toContain("TooManyActions");
  });

  it("reports buttons without known verbs", () => {
    const submit = { type: "Action.Submit", title: "?", data: { verb: "deleteEverything" } };
    const execute = { type: "Action.Execute", title: "👍", verb: "showHelp", data: { verb: "showUnits" } };
    const noData = { type: "Action.Submit", title: "?" };
    expect(eventsOf({ ...valid, actions: [submit] })).toEqual(["UnknownVerb"]);
    expect(eventsOf({ ...valid, actions: [execute] })).toEqual(["UnknownVerb"]);
    expect(eventsOf({ ...valid, actions: [noData] })).toEqual(["MissingProperty", "UnknownVerb"]);
  });

  it("reports a card over 40 KB", () => {
    const body = Array.from({ length: 50 }, () => ({
      type: "TextBlock",
      text: "x".repeat(1000),
      wrap: true,
    }));
    expect(eventsOf({ ...valid, body })).toEqual(["TooLarge"]);
  });
});
