import { describe, expect, it } from "vitest";
import { feedbackTopics, themeTopicId, topicTitle } from "../../bot/cards/feedback-topics.ts";
import { feedbackStrategy } from "./feedback-fixture.ts";

describe("feedbackTopics", () => {
  it("lists the indsatsområder, digitalisering, the top-level initiatives and the themes, in that order", () => {
    expect(feedbackTopics(feedbackStrategy)).toEqual([
      { id: "borgerinddragelse", title: "Borgerinddragelse" },
      { id: "i-oejenhoejde-med-borgerne", title: "I øjenhøjde med borgerne" },
      { id: "trivsel", title: "Trivsel" },
      { id: "digitalisering", title: "Digitalisering: et nyt tværgående indsatsområde" },
      { id: "sammenhaeng-i-straffesagsbehandlingen", title: "Sammenhæng i straffesagsbehandlingen" },
      { id: "en-moderne-arbejdsplads", title: "En moderne arbejdsplads" },
      { id: "tema:samarbejde", title: "Samarbejde" },
      { id: "tema:det-trygge-kollegaskab", title: "Det trygge kollegaskab" },
      { id: "tema:moralsk-stress", title: "Moralsk stress" },
    ]);
  });

  it("makes kebab-case theme ids with æ, ø and å spelled out", () => {
    expect(themeTopicId("Det trygge kollegaskab")).toBe("tema:det-trygge-kollegaskab");
    expect(themeTopicId("  Åbenhed & tillid på Østerbro ")).toBe("tema:aabenhed-tillid-paa-oesterbro");
  });
});

describe("topicTitle", () => {
  it("names items and themes that are topics", () => {
    expect(topicTitle(feedbackStrategy, "trivsel")).toBe("Trivsel");
    expect(topicTitle(feedbackStrategy, "tema:moralsk-stress")).toBe("Moralsk stress");
  });

  it("knows nothing else: not the Indsats sub-items, pejlemærker, unit sections or made-up ids", () => {
    for (const id of [
      "en-moderne-arbejdsplads-indsats",
      "sund-drift",
      "specialenheden-ansvar",
      "forord",
      "x",
    ]) {
      expect(topicTitle(feedbackStrategy, id), id).toBeUndefined();
    }
  });
});
