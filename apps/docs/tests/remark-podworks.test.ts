/**
 * The remark plugin that runs core while the site is built: each podworks component in an MDX tree gets its
 * data as a JSON payload, in the language of the page's file, and loses the spec fence it no longer needs.
 */
import { section } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { describe, expect, it } from "vitest";
import { langOfFile, transformPage } from "../plugins/remark-podworks";
import type { CronExampleData, SpecExampleData, ValidationExampleData } from "../src/lib/example-data";
import type { FieldTableData } from "../src/lib/field-rows";

const EN = "/site/apps/docs/docs/job.mdx";
const KO = "/site/apps/docs/i18n/ko/docusaurus-plugin-content-docs/current/job.mdx";
const HANGUL = /[\uac00-\ud7a3]/;

interface Node {
  type: string;
  name?: string;
  lang?: string;
  meta?: string;
  value?: string;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: Node[];
}

function element(name: string, attributes: Record<string, string>, spec?: string): Node {
  return {
    type: "mdxJsxFlowElement",
    name,
    attributes: Object.entries(attributes).map(([n, value]) => ({ type: "mdxJsxAttribute", name: n, value })),
    children: spec === undefined ? [] : [{ type: "code", lang: "yaml", value: `${spec}\n` }],
  };
}

function payloadOf<T>(node: Node): T {
  const attribute = node.attributes?.find((a) => a.name === "payload");
  expect(typeof attribute?.value).toBe("string");
  return JSON.parse(attribute!.value as string) as T;
}

const JOB =
  "kind: Job\nname: pi\ncompletions: 5\nparallelism: 2\nttlSecondsAfterFinished: 600\ncontainers:\n  - name: pi\n    image: busybox:1.37\n    resources: { requests: { cpu: 100m } }";
const BROKEN =
  "kind: Job\nname: shards\ncompletionMode: Indexed\ncontainers:\n  - name: a\n    image: busybox:1.37";

describe("remark-podworks", () => {
  it("tells Korean pages by their folder", () => {
    expect(langOfFile(EN)).toBe("en");
    expect(langOfFile(KO)).toBe("ko");
  });

  it("renders a SpecExample with core and drops the fence", () => {
    const node = element("SpecExample", { file: "pi.yaml" }, JOB);
    transformPage({ type: "root", children: [node] }, EN);
    const data = payloadOf<SpecExampleData>(node);
    expect(data.file).toBe("pi.yaml");
    expect(data.source).toBe(JOB);
    expect(parseSpecs(data.yaml).specs[0]).toMatchObject({
      kind: "Job",
      spec: { completions: 5, parallelism: 2 },
    });
    expect(data.typescript).toContain("job({");
    expect(node.children).toEqual([]);
  });

  it("fails the build on an example core rejects, and on a broken example core accepts", () => {
    expect(() => transformPage({ type: "root", children: [element("SpecExample", {}, BROKEN)] }, EN)).toThrow(
      /invalid/,
    );
    expect(() =>
      transformPage({ type: "root", children: [element("ValidationExample", {}, JOB)] }, EN),
    ).toThrow(/valid/);
    expect(() => transformPage({ type: "root", children: [element("SpecExample", {})] }, EN)).toThrow(/yaml/);
  });

  it("folds a SpecExample's YAML to the paths `show` names, from the attribute or the fence's meta", () => {
    const viaAttribute = element("SpecExample", { show: "spec.template.spec.containers[0].resources" }, JOB);
    const viaMeta = element("SpecExample", {}, JOB);
    viaMeta.children![0]!.meta = "show=spec.template.spec.containers[0].resources";
    transformPage({ type: "root", children: [viaAttribute, viaMeta] }, EN);
    const data = payloadOf<SpecExampleData>(viaAttribute);
    expect(payloadOf<SpecExampleData>(viaMeta).fold).toEqual(data.fold);
    expect(data.fold!.paths).toEqual(["spec.template.spec.containers[0].resources"]);
    // The full manifest still travels whole, for the disclosure.
    expect(parseSpecs(data.yaml).specs[0]).toMatchObject({ spec: { completions: 5 } });
    const excerpt = parseSpecs(data.fold!.excerpt).specs[0] as { spec: Record<string, unknown> };
    expect(excerpt).toMatchObject({
      kind: "Job",
      metadata: { name: "pi" },
      spec: {
        template: { spec: { containers: [{ name: "pi", resources: { requests: { cpu: "100m" } } }] } },
      },
    });
    expect(excerpt.spec.completions).toBeUndefined();
    expect(data.fold!.excerpt).toContain("# ...");
  });

  it("fails the build on a `show` path the manifest lacks, or `show` given twice", () => {
    expect(() =>
      transformPage(
        { type: "root", children: [element("SpecExample", { show: "spec.template.spec.volumes" }, JOB)] },
        EN,
      ),
    ).toThrow(/"spec.template.spec.volumes" names nothing/);
    const twice = element("SpecExample", { show: "spec.completions" }, JOB);
    twice.children![0]!.meta = "show=spec.parallelism";
    expect(() => transformPage({ type: "root", children: [twice] }, EN)).toThrow(/keep one/);
  });

  it("writes a field's version requirement from the catalogue, in the page's language", () => {
    const version = (field: string, file: string) => {
      const paragraph: Node = {
        type: "paragraph",
        children: [
          { type: "text", value: "(" },
          {
            type: "mdxJsxTextElement",
            name: "FieldVersion",
            attributes: [{ type: "mdxJsxAttribute", name: "field", value: field }],
          },
          { type: "text", value: ")" },
        ],
      };
      transformPage({ type: "root", children: [paragraph] }, file);
      return paragraph.children!.map((c) => c.value).join("");
    };
    const def = section("job").fields.successPolicy!;
    expect(version("job.successPolicy", EN)).toBe(`(Kubernetes ${def.since}+, GA in ${def.ga})`);
    expect(version("job.successPolicy", KO)).toBe(`(쿠버네티스 ${def.since} 이상, ${def.ga}에서 GA)`);
    // A field on by default only in some releases lists them.
    expect(version("statefulSet.updateStrategy.rollingUpdate.maxUnavailable", EN)).toBe(
      "(Kubernetes 1.35.0 to 1.35.3 only, beta)",
    );
    expect(() => version("job.sucessPolicy", EN)).toThrow(/has no field "sucessPolicy"/);
    expect(() => version("jobs.successPolicy", EN)).toThrow(/no catalogue section/);
    expect(() => version("job.completions", EN)).toThrow(/no version requirement/);
  });

  it("words core's report in the page's language", () => {
    const en = element("ValidationExample", {}, BROKEN);
    const ko = element("ValidationExample", {}, BROKEN);
    transformPage({ type: "root", children: [en] }, EN);
    transformPage({ type: "root", children: [{ type: "paragraph", children: [ko] }] }, KO);
    expect(payloadOf<ValidationExampleData>(en).report).toContain("an Indexed Job needs completions");
    expect(payloadOf<ValidationExampleData>(ko).report).toMatch(HANGUL);
  });

  it("counts cron runs from a fixed instant", () => {
    const node = element("CronExample", { schedule: "0 3 * * *", timeZone: "Asia/Seoul" });
    transformPage({ type: "root", children: [node] }, KO);
    const data = payloadOf<CronExampleData>(node);
    expect(data.from).toBe("2026-01-01 00:00 UTC");
    expect(data.runs[0]!.iso).toBe("2026-01-01T18:00:00.000Z");
    expect(data.description).toMatch(HANGUL);
  });

  it("fills a FieldTable from the catalogue and refuses an unknown section", () => {
    const node = element("FieldTable", { section: "job" });
    transformPage({ type: "root", children: [node] }, EN);
    const data = payloadOf<FieldTableData>(node);
    expect(data.tables[0]!.rows.find((r) => r.name === "backoffLimit")!.description).toBe(
      section("job").fields.backoffLimit!.description.en,
    );
    expect(() =>
      transformPage({ type: "root", children: [element("FieldTable", { section: "jobs" })] }, EN),
    ).toThrow(/no catalogue section/);
  });
});
