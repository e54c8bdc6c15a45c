import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { load, loadAll } from "js-yaml";
import { describe, expect, it } from "vitest";
import { validSpec } from "../__tests__/arbitrary.js";
import { BASE, baseStatefulSet, withContainer, withFields } from "../__tests__/specs.js";
import type { CatalogueSection, FieldDef } from "../catalogue.js";
import { fromManifests } from "../import/index.js";
import { CATALOGUE } from "../kinds.js";
import { SCHEMA_DRAFT, specJsonSchema } from "./index.js";

const schema = specJsonSchema();
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
const check = ajv.compile(schema);

const example = (name: string) =>
  readFileSync(new URL(`../../../../examples/specs/${name}.yaml`, import.meta.url), "utf8");

function errorsAt(value: unknown): string[] {
  if (check(value)) return [];
  return (check.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
}

describe("the editor schema", () => {
  it("is a draft 2020-12 schema that ajv compiles in strict mode, in both languages", () => {
    expect(schema.$schema).toBe(SCHEMA_DRAFT);
    const ko = specJsonSchema("ko");
    expect(() => new Ajv2020({ strict: true, allowUnionTypes: true }).compile(ko)).not.toThrow();
    const koDefs = ko.$defs as Record<string, { properties?: Record<string, { description?: string }> }>;
    expect(koDefs.Job!.properties!.completions!.description).toMatch(/[\uac00-\ud7a3]/);
  });

  it("accepts every example spec and every base spec", () => {
    for (const name of ["job", "cron-job", "daemon-set", "stateful-set"])
      expect(errorsAt(load(example(name)))).toEqual([]);
    for (const spec of Object.values(BASE)) expect(errorsAt(spec)).toEqual([]);
    expect(errorsAt(Object.values(BASE))).toEqual([]);
  });

  it("accepts every generated valid spec", () => {
    fc.assert(
      fc.property(validSpec, (spec) => {
        expect(errorsAt(spec)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("accepts the specs import writes for chart-shaped manifests (nulls for podworks' security defaults included)", () => {
    for (const name of ["postgres", "log-agent", "backup", "indexed-job"]) {
      const text = readFileSync(new URL(`../__fixtures__/import/${name}.yaml`, import.meta.url), "utf8");
      const { specs } = fromManifests(loadAll(text));
      expect(specs).toHaveLength(1);
      expect(errorsAt(specs[0])).toEqual([]);
    }
  });

  it("rejects the structural mistakes of examples/specs/invalid.yaml", () => {
    const [invalid] = loadAll(example("invalid"));
    const errors = errorsAt(invalid);
    // Nightly_Report is no DNS-1123 label, Local is no IANA zone, Always is no CronJob restart policy.
    expect(errors).toContain("/name pattern");
    expect(errors).toContain("/timeZone not");
    expect(errors).toContain("/restartPolicy enum");
  });

  it.each([
    ["an unknown top-level field", withFields(BASE.Job, { completion: 3 }), " additionalProperties"],
    ["a manifest instead of a spec", { kind: "Job", metadata: { name: "x" }, spec: {} }, " required"],
    ["a string where an integer goes", withFields(BASE.Job, { completions: "5" }), "/completions type"],
    ["a negative replica count", withFields(baseStatefulSet, { replicas: -1 }), "/replicas minimum"],
    [
      "a value outside an enum",
      withFields(BASE.CronJob, { concurrencyPolicy: "Never" }),
      "/concurrencyPolicy enum",
    ],
    [
      "a bad quantity",
      withFields(baseStatefulSet, {
        volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1 Gi" } } }],
      }),
      "/volumeClaimTemplates/0/resources/requests/storage pattern",
    ],
    [
      "an unknown container field",
      withContainer(BASE.Job, { imagePullPolicyy: "Always" }),
      "/containers/0 additionalProperties",
    ],
    ["a bad label key", withFields(BASE.Job, { labels: { "bad key": "v" } }), "/labels propertyNames"],
    [
      "a template without storage",
      withFields(baseStatefulSet, { volumeClaimTemplates: [{ name: "data", resources: { requests: {} } }] }),
      "/volumeClaimTemplates/0/resources/requests required",
    ],
    ["an unknown kind", { kind: "Deployment", name: "x" }, "/kind enum"],
  ])("rejects %s", (_, spec, expected) => {
    expect(errorsAt(spec).some((error) => error.startsWith(expected))).toBe(true);
  });

  it("has a definition for every section the catalogue reaches, nested ones included", () => {
    const defs = schema.$defs as Record<string, unknown>;
    const reached = new Set<string>();
    const walk = (fields: Readonly<Record<string, FieldDef>>) => {
      for (const def of Object.values(fields)) {
        if (def.section && !reached.has(def.section.name)) {
          reached.add(def.section.name);
          walk(def.section.fields);
        }
        if (def.items) reached.add(def.items);
        if (def.fields) walk(def.fields);
      }
    };
    for (const s of CATALOGUE as readonly CatalogueSection[]) walk(s.fields);
    for (const name of reached) expect(defs).toHaveProperty(name);
    expect(defs).toHaveProperty("container");
    expect(defs).toHaveProperty("volumeClaimTemplate");
  });

  it("carries the catalogue's descriptions and static defaults", () => {
    const defs = schema.$defs as Record<
      string,
      { properties: Record<string, { default?: unknown; description: string }> }
    >;
    expect(defs.StatefulSet!.properties.podManagementPolicy!.default).toBe("OrderedReady");
    expect(defs.CronJob!.properties.schedule!.description).toContain("cron syntax");
    expect(defs.Job!.properties.restartPolicy).toMatchObject({ enum: ["Never", "OnFailure"] });
  });
});
