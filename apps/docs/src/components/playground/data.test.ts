import { DEFAULT_KUBERNETES_VERSION, section } from "@podworks/core";
import { describe, expect, it } from "vitest";
import { fieldRows } from "../../lib/field-rows";
import { TEMPLATES } from "../../lib/templates";
import { checkForPage } from "./check-result";
import { playgroundData, SECTION_OF } from "./data";
import { checkText } from "./diagnostics";

const HANGUL = /[\uac00-\ud7a3]/;

describe("the playground's build-time data", () => {
  it.each(["en", "ko"] as const)(
    "opens with the CronJob template checked as the worker checks it (%s)",
    (lang) => {
      const data = playgroundData(lang);
      const text = TEMPLATES.CronJob[lang];
      expect(data.initial.text).toBe(text);
      expect(data.initial.version).toBe(DEFAULT_KUBERNETES_VERSION);
      // The worker's answer for the same text, less the next runs (the build cannot know the clock).
      expect({
        ...checkForPage(text, DEFAULT_KUBERNETES_VERSION, lang, new Date(0)),
        schedules: undefined,
      }).toEqual(data.initial);
      expect(data.initial.problems).toEqual(checkText(text, DEFAULT_KUBERNETES_VERSION).problems);
      expect(data.initial.yamlHtml).toContain('<span class="t-key');
      // It travels as JSON (a module of the route): nothing is lost on the way.
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    },
  );

  it("names each kind as the glossary does, with its top-level fields in the page's language", () => {
    const ko = playgroundData("ko");
    expect(ko.kinds.map((k) => k.kind)).toEqual(["Job", "CronJob", "DaemonSet", "StatefulSet"]);
    for (const info of ko.kinds) {
      expect(info.title).toBe(section(SECTION_OF[info.kind]).title.ko);
      const rows = fieldRows(SECTION_OF[info.kind], "ko").filter((row) => row.depth === 0);
      expect(info.hints.map((h) => h.name)).toEqual(rows.map((row) => row.name));
      expect(info.hints.every((h) => HANGUL.test(h.description))).toBe(true);
      expect(info.templateHtml).toContain("t-key");
    }
    expect(ko.kinds.find((k) => k.kind === "Job")?.hints.find((h) => h.name === "completions")?.type).toBe(
      "정수",
    );
    expect(ko.versions).toContain(DEFAULT_KUBERNETES_VERSION);
  });
});

describe("checkForPage", () => {
  it("explains each CronJob's schedule from the moment given, and nothing without one", () => {
    const text = TEMPLATES.CronJob.en;
    const from = new Date("2026-12-01T00:00:00Z");
    const result = checkForPage(text, DEFAULT_KUBERNETES_VERSION, "en", from);
    expect(result.schedules).toHaveLength(1);
    const [view] = result.schedules!;
    expect(view!.schedule).toBe("0 3 * * *");
    expect(view!.timeZone).toBe("Asia/Seoul");
    expect(view!.nextRuns).toHaveLength(3);
    // 00:00 UTC is 09:00 in Seoul: the first run is the next night's, at 03:00 Seoul time.
    expect(view!.nextRuns[0]).toContain("Dec 2, 2026, 3:00 AM");
    expect(checkForPage(text, DEFAULT_KUBERNETES_VERSION, "en").schedules).toBeUndefined();
  });

  it("renders nothing and counts the errors of a bad text", () => {
    const result = checkForPage("kind: Job\nname: Bad_Name\n", DEFAULT_KUBERNETES_VERSION, "en", new Date(0));
    expect(result.errors).toBeGreaterThan(0);
    expect(result.yaml).toBeUndefined();
    expect(result.yamlHtml).toBeUndefined();
    expect(result.schedules).toBeUndefined();
    expect(result.specCount).toBe(1);
    expect(result.textHtml).toContain("Bad_Name");
  });
});
