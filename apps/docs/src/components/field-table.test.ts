import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOGUE, type FieldDef, LANGS, type SectionName, validate, WORKLOAD_KINDS } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { describe, expect, it } from "vitest";
import { fieldRows, inlineValue, SECTION_PAGES, walkFields } from "../lib/field-rows";
import { fromHash, toHash } from "../lib/share";
import { checkSpecs, kubernetesVersions, typescriptFor } from "../lib/specs";
import { TEMPLATES } from "../lib/templates";

const HANGUL = /[\uac00-\ud7a3]/;
const APP = join(import.meta.dirname, "..", "..");
const DOCS = { en: join(APP, "docs"), ko: join(APP, "i18n/ko/docusaurus-plugin-content-docs/current") };

/** Every field of every section under its dotted path, as the catalogue declares it. */
const fields: [string, FieldDef][] = CATALOGUE.flatMap((section) =>
  [...walkFields(section.fields)].map(({ name, def }): [string, FieldDef] => [
    `${section.name}.${name}`,
    def,
  ]),
);

describe("the catalogue the docs are rendered from", () => {
  it.each(fields)("%s has a description, rules and derived defaults in English and Korean", (_path, def) => {
    expect(def.description.en.trim()).not.toBe("");
    expect(def.description.ko).toMatch(HANGUL);
    for (const rule of def.rules ?? []) {
      expect(rule.en.trim()).not.toBe("");
      expect(rule.ko).toMatch(HANGUL);
    }
    if (def.default && "derived" in def.default) {
      expect(def.default.derived.en.trim()).not.toBe("");
      expect(def.default.derived.ko).toMatch(HANGUL);
    }
    expect(def.link).toMatch(/^https:\/\//);
  });

  it("has titles in both languages for every section", () => {
    for (const section of CATALOGUE) {
      expect(section.title.en.trim()).not.toBe("");
      expect(section.title.ko).toMatch(HANGUL);
    }
  });
});

describe("fieldRows (what <FieldTable> renders)", () => {
  it.each(LANGS)("covers every catalogue field exactly once in %s", (lang) => {
    const rendered = CATALOGUE.flatMap((section) =>
      fieldRows(section.name, lang).map((row) => `${section.name}.${row.name}`),
    );
    expect(rendered).toEqual(fields.map(([path]) => path));
    expect(new Set(rendered).size).toBe(rendered.length);
  });

  it.each(LANGS)("takes every description, default and rule from the catalogue in %s", (lang) => {
    for (const section of CATALOGUE) {
      const rows = fieldRows(section.name, lang);
      const defs = [...walkFields(section.fields)];
      rows.forEach((row, i) => {
        const def = defs[i]!.def;
        expect(row.description).toBe(def.description[lang]);
        expect(row.type).toBe(def.type);
        expect(row.since).toBe(def.since);
        expect(row.link).toBe(def.link);
        for (const rule of def.rules ?? []) expect(row.constraints).toContain(rule[lang]);
        if (def.default && "derived" in def.default) expect(row.defaultText).toBe(def.default.derived[lang]);
        if (def.default && "value" in def.default)
          expect(row.defaultText).toBe(inlineValue(def.default.value));
        if (def.enum) expect(row.constraints.some((c) => def.enum!.every((v) => c.includes(v)))).toBe(true);
      });
    }
  });

  it("words the constraints in Korean on Korean pages", () => {
    const name = fieldRows("metadata", "ko").find((row) => row.name === "name")!;
    expect(name.constraints).toEqual(expect.arrayContaining(["필수", "최대 63자", "생성 후 변경 불가"]));
  });

  it("flattens nested fields under dotted names", () => {
    const names = fieldRows("daemonSet", "en").map((row) => row.name);
    expect(names).toContain("updateStrategy.rollingUpdate.maxSurge");
    expect(fieldRows("cronJob", "en").map((row) => row.name)).toContain("jobTemplate.completions");
  });

  it("links every item section to a page", () => {
    for (const section of CATALOGUE) {
      expect(SECTION_PAGES[section.name]).toMatch(/^\/[a-z-]+#[a-z-]+$/);
    }
  });
});

describe("the guide's pages", () => {
  const pages = (lang: "en" | "ko") =>
    readdirSync(DOCS[lang])
      .filter((f) => f.endsWith(".mdx"))
      .sort();
  const read = (lang: "en" | "ko", file: string) => readFileSync(join(DOCS[lang], file), "utf8");

  it("exist in both locales with the same files", () => {
    expect(pages("ko")).toEqual(pages("en"));
    expect(pages("en").length).toBeGreaterThanOrEqual(8);
  });

  it("render every catalogue section in a <FieldTable> in both locales", () => {
    for (const lang of ["en", "ko"] as const) {
      const text = pages(lang)
        .map((f) => read(lang, f))
        .join("\n");
      const shown = [...text.matchAll(/<FieldTable section="([A-Za-z]+)" \/>/g)].map((m) => m[1]);
      expect(new Set(shown)).toEqual(new Set(CATALOGUE.map((s) => s.name as SectionName)));
    }
  });

  it("have the same heading ids and components in both locales", () => {
    for (const file of pages("en")) {
      const ids = (lang: "en" | "ko") =>
        [...read(lang, file).matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]);
      const parts = (lang: "en" | "ko") =>
        [...read(lang, file).matchAll(/<(FieldTable|SpecExample|ValidationExample|CronExample)\b/g)].map(
          (m) => m[1],
        );
      expect(ids("ko"), file).toEqual(ids("en"));
      expect(parts("ko"), file).toEqual(parts("en"));
    }
  });

  it("contain no YAML written by hand outside the example components", () => {
    for (const lang of ["en", "ko"] as const) {
      for (const file of pages(lang)) {
        // Drop the examples (their spec is input checked by core) and the Pulumi language tabs (their Pulumi YAML
        // program is the file e2e/pulumi previews, held to it by tests/getting-started.test.ts), then look for any
        // yaml fence left.
        const rest = read(lang, file)
          .replace(/<(SpecExample|ValidationExample)[^>]*>[\s\S]*?<\/\1>/g, "")
          .replace(/<Tabs groupId="pulumi-language">[\s\S]*?<\/Tabs>/g, "");
        expect(rest, `${lang}/${file}`).not.toMatch(/```ya?ml/);
      }
    }
  });

  it("give every example a spec that parses (the build renders or rejects it)", () => {
    for (const lang of ["en", "ko"] as const) {
      for (const file of pages(lang)) {
        for (const match of read(lang, file).matchAll(/<(SpecExample)[^>]*>\s*```yaml\n([\s\S]*?)```/g)) {
          const checked = checkSpecs(match[2]!);
          expect(checked.problems, `${lang}/${file}`).toEqual([]);
        }
      }
    }
  });
});

describe("the playground's helpers", () => {
  it.each(WORKLOAD_KINDS)("offers a valid %s template in both languages", (kind) => {
    for (const lang of LANGS) {
      const { specs, issues } = parseSpecs(TEMPLATES[kind][lang]);
      expect(issues).toEqual([]);
      expect(validate(specs[0]).ok).toBe(true);
      expect((specs[0] as { kind: string }).kind).toBe(kind);
    }
    expect(TEMPLATES[kind].ko).toMatch(HANGUL);
  });

  it("round-trips a spec with Korean comments through the URL hash", () => {
    const state = { spec: TEMPLATES.StatefulSet.ko, version: "1.31" };
    const hash = toHash(state);
    expect(hash).toMatch(/^#v=1\.31&spec=[A-Za-z0-9_-]+$/);
    expect(fromHash(hash)).toEqual(state);
    expect(fromHash("#spec=%%%")).toBeUndefined();
    expect(fromHash("")).toBeUndefined();
  });

  it("reports problems and renders nothing for a bad spec", () => {
    const checked = checkSpecs(
      "kind: CronJob\nname: x\nschedule: '0 25 * * *'\ncontainers: [{ name: a, image: busybox:1.37 }]\n",
    );
    expect(checked.yaml).toBeUndefined();
    expect(checked.problems[0]!.issues[0]!.path).toBe("schedule");
    expect(checkSpecs("kind: [").problems[0]!.issues[0]!.rule).toBe("yaml.syntax");
  });

  it("writes TypeScript with core's builders", () => {
    const { specs } = parseSpecs(TEMPLATES.Job.en);
    const ts = typescriptFor(specs);
    expect(ts).toContain('import { job, toYaml } from "@podworks/core";');
    expect(ts).toContain("const batchImport = job({");
    expect(ts).toContain("console.log(toYaml(batchImport));");
  });

  it("offers the Kubernetes versions core supports", () => {
    const versions = kubernetesVersions();
    expect(versions[0]).toBe("1.25");
    expect(versions).toContain("1.34");
  });
});
