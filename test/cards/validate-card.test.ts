import { describe, expect, it } from "vitest";
import { validateCard } from "./validate-card.ts";

const valid = {
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  type: "AdaptiveCard",
  version: "1.5",
  body: [{ type: "TextBlock", text: "Hej", wrap: true }],
  actions: [{ type: "Action.Execute", title: "Hjælp", verb: "showHelp", data: { verb: "showHelp" } }],
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
    const actions = [{ ...valid.actions[0], role: "Button" }];
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
    const unknown = {
      type: "Action.Execute",
      title: "?",
      verb: "deleteEverything",
      data: { verb: "deleteEverything" },
    };
    const execute = { type: "Action.Execute", title: "👍", verb: "showHelp", data: { verb: "showUnits" } };
    const noData = { type: "Action.Execute", title: "?" };
    expect(eventsOf({ ...valid, actions: [unknown] })).toEqual(["UnknownVerb"]);
    expect(eventsOf({ ...valid, actions: [execute] })).toEqual(["UnknownVerb"]);
    expect(eventsOf({ ...valid, actions: [noData] })).toEqual([
      "MissingProperty",
      "MissingProperty",
      "UnknownVerb",
    ]);
  });

  it("reports an Action.Submit, which fails on cards the message extension inserted", () => {
    const submit = { type: "Action.Submit", title: "Hjælp", data: { verb: "showHelp" } };
    expect(eventsOf({ ...valid, actions: [submit] })).toEqual(["SubmitAction"]);
  });

  it("passes a link button with a url and reports one without", () => {
    const link = { type: "Action.OpenUrl", title: "Åbn", url: "https://teams.microsoft.com/l/entity/a/b" };
    expect(eventsOf({ ...valid, actions: [link] })).toEqual([]);
    expect(eventsOf({ ...valid, actions: [{ type: "Action.OpenUrl", title: "Åbn" }] })).toContain(
      "MissingProperty",
    );
  });

  it("reports a card over 40 KB", () => {
    const body = Array.from({ length: 50 }, () => ({
      type: "TextBlock",
      text: "x".repeat(1000),
      wrap: true,
    }));
    expect(eventsOf({ ...valid, body })).toEqual(["TooLarge"]);
  });

  describe("inputs and refresh", () => {
    const execute = (verb: string) => ({
      type: "Action.Execute",
      title: "Send",
      verb,
      data: { verb, promptId: "p1" },
    });
    const choices = [
      { title: "1", value: "1" },
      { title: "2", value: "2" },
    ];
    const form = {
      ...valid,
      body: [
        {
          type: "Input.ChoiceSet",
          id: "rating",
          style: "expanded",
          choices,
          value: "2",
          label: "Hvor nyttigt?",
          isRequired: true,
          errorMessage: "Vælg",
        },
        { type: "Input.ChoiceSet", id: "topic", style: "compact", choices, placeholder: "Vælg" },
        { type: "Input.Text", id: "comment", isMultiline: true, maxLength: 1000, placeholder: "Skriv" },
        {
          type: "Input.Toggle",
          id: "anonymous",
          title: "Svar anonymt",
          value: "false",
          valueOn: "true",
          valueOff: "false",
        },
      ],
      actions: [execute("submitFeedback")],
      refresh: { action: execute("refreshFeedback") },
    };
    const withInput = (input: Record<string, unknown>) => ({ ...form, body: [input] });

    it("passes a form with ChoiceSet, Text and Toggle inputs and a refresh", () => {
      expect(validateCard(form)).toEqual([]);
    });

    it("reports an input of unknown type, and a ChoiceSet without choices", () => {
      expect(eventsOf(withInput({ type: "Input.Txt", id: "comment" }))).toContain("UnknownElementType");
      expect(eventsOf(withInput({ type: "Input.ChoiceSet", id: "topic" }))).toEqual(
        expect.arrayContaining(["CollectionCantBeEmpty", "MissingProperty"]),
      );
      expect(
        eventsOf(withInput({ type: "Input.ChoiceSet", id: "topic", choices: [{ title: "1" }] })),
      ).toContain("PropertyCantBeNull");
    });

    it("reports inputs without an id or with the same id, and a Toggle without a title", () => {
      expect(eventsOf(withInput({ type: "Input.Text" }))).toContain("PropertyCantBeNull");
      const twice = { type: "Input.Text", id: "comment" };
      expect(eventsOf({ ...form, body: [twice, twice] })).toContain("DuplicateId");
      expect(eventsOf(withInput({ type: "Input.Toggle", id: "anonymous" }))).toEqual(["MissingProperty"]);
    });

    it("reports invalid input values and a required input without label or error message", () => {
      expect(eventsOf(withInput({ type: "Input.ChoiceSet", id: "x", choices, style: "radio" }))).toContain(
        "InvalidPropertyValue",
      );
      expect(eventsOf(withInput({ type: "Input.ChoiceSet", id: "x", choices, value: "6" }))).toEqual([
        "InvalidPropertyValue",
      ]);
      expect(eventsOf(withInput({ type: "Input.Toggle", id: "x", title: "Ja", value: "yes" }))).toEqual([
        "InvalidPropertyValue",
      ]);
      expect(eventsOf(withInput({ type: "Input.Text", id: "x", isRequired: true }))).toEqual([
        "RequiredInputsShouldHaveLabel",
        "RequiredInputsShouldHaveErrorMessage",
      ]);
    });

    it("reports a refresh that is not an Action.Execute with a known verb", () => {
      const submit = { type: "Action.Submit", title: "Opdater", data: { verb: "showHelp" } };
      expect(eventsOf({ ...form, refresh: { action: submit } })).toContain("ActionTypeNotAllowed");
      expect(eventsOf({ ...form, refresh: { action: execute("refreshEverything") } })).toEqual([
        "UnknownVerb",
      ]);
    });
  });
});
