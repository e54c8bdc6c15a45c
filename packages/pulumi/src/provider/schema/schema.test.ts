/**
 * The provider's Pulumi schema against core's catalogue (every field at its place, with its description, enum values
 * and default), and against the committed `provider/schema.json` (drift). Pulumi's own checks run on the real CLI
 * in e2e: `pulumi package gen-sdk` binds the schema, metaschema validation included, before it generates
 * (`e2e/pulumi/tests/sdks.e2e.test.ts`), and a YAML program type-checks against it
 * (`e2e/pulumi/tests/provider.e2e.test.ts`).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type FieldDef, section, WORKLOAD_KINDS } from "@podworks/core";
import { describe, expect, it } from "vitest";
import {
  describeField,
  enumValueName,
  kindFields,
  type PulumiComplexTypeSpec,
  type PulumiPropertySpec,
  podworksSchema,
  podworksSchemaJson,
  specTypeName,
  token,
} from "./index.js";

const here = dirname(fileURLToPath(import.meta.url));
const schema = podworksSchema();
const types = schema.types as Record<string, PulumiComplexTypeSpec>;

function objectType(ref: string | undefined): Extract<PulumiComplexTypeSpec, { type: "object" }> {
  expect(ref, "a $ref to a type").toMatch(/^#\/types\/podworks:index:/);
  const found = types[ref!.replace("#/types/", "")];
  expect(found?.type, `${ref} is an object type`).toBe("object");
  return found as Extract<PulumiComplexTypeSpec, { type: "object" }>;
}

/** Walks a catalogue's fields and the schema's type side by side: every field must be where the catalogue puts it. */
function checkFields(
  where: string,
  fields: Readonly<Record<string, FieldDef>>,
  type: Extract<PulumiComplexTypeSpec, { type: "object" }>,
  seen: Set<string>,
): number {
  let count = 0;
  for (const [key, def] of Object.entries(fields)) {
    const property = type.properties[key] as PulumiPropertySpec | undefined;
    expect(property, `${where}.${key} is in the schema`).toBeDefined();
    count++;
    expect(property!.description).toContain(def.description.en.trim());
    if (def.default && "value" in def.default)
      expect(property!.description, `${where}.${key} states its default`).toContain(
        `Default: \`${typeof def.default.value === "string" ? def.default.value : JSON.stringify(def.default.value)}\``,
      );
    if (def.default && "derived" in def.default)
      expect(property!.description).toContain(def.default.derived.en.trim());
    if (def.since) expect(property!.description).toContain(`Needs Kubernetes ${def.since} or later`);
    // No Pulumi `default`: the SDKs would fill it in on the client (see index.ts).
    expect(property).not.toHaveProperty("default");
    const item: PulumiPropertySpec | undefined = def.type.endsWith("[]")
      ? (property!.items as PulumiPropertySpec)
      : property;
    if (def.enum) {
      const enumType = types[String(item?.$ref).replace("#/types/", "")];
      expect(enumType?.type, `${where}.${key} is an enum type`).toBe("string");
      expect((enumType as { enum: readonly { value: string }[] }).enum.map((e) => e.value)).toEqual([
        ...def.enum,
      ]);
    }
    const nested = def.section?.fields ?? (def.items ? section(def.items).fields : def.fields);
    if (nested && (def.type === "object" || def.type === "object[]")) {
      const ref = item?.$ref;
      if (seen.has(String(ref))) continue;
      seen.add(String(ref));
      count += checkFields(`${where}.${key}`, nested, objectType(ref), seen);
    }
    if (def.type === "int-or-string" || def.type === "int-or-percent")
      expect(property!.oneOf).toEqual([{ type: "integer" }, { type: "string" }]);
  }
  // And nothing else: a schema property without a catalogue field would be a field core rejects.
  const extra = Object.keys(type.properties).filter((k) => !(k in fields) && k !== "kind");
  expect(extra, `${where}: properties without a catalogue field`).toEqual([]);
  return count;
}

describe("podworksSchema", () => {
  it("names the package and the four components with the contract's tokens", () => {
    expect(schema.name).toBe("podworks");
    expect(Object.keys(schema.resources).sort()).toEqual([
      "podworks:index:CronJob",
      "podworks:index:DaemonSet",
      "podworks:index:Job",
      "podworks:index:StatefulSet",
    ]);
    for (const resource of Object.values(schema.resources)) {
      expect(resource.isComponent).toBe(true);
      expect(resource.requiredInputs).toEqual(["spec"]);
      expect(resource.description).toContain("transformManifest");
    }
    const python = schema.language.python as { packageName: string };
    expect(python.packageName).toBe("pulumi_podworks");
    expect((schema.language.csharp as { rootNamespace: string }).rootNamespace).toBe("Podworks");
  });

  it.each(WORKLOAD_KINDS)("has every catalogue field of a %s, nested ones included, at its place", (kind) => {
    const resource = schema.resources[token(kind)]!;
    const spec = objectType(resource.inputProperties.spec?.$ref);
    expect(resource.inputProperties.spec?.$ref).toBe(`#/types/${token(specTypeName(kind))}`);
    const count = checkFields(kind, kindFields(kind), spec, new Set());
    expect(count).toBeGreaterThan(100);
    // `name` defaults to the component's name, as in TypeScript; `containers` stays required.
    expect(spec.required).not.toContain("name");
    expect(spec.required).toContain("containers");
  });

  it("fails when a catalogue field has no schema entry", () => {
    const spec = objectType(schema.resources[token("Job")]!.inputProperties.spec?.$ref);
    const fields = {
      ...kindFields("Job"),
      brandNew: { type: "string", description: { en: "new", ko: "새" }, link: "" },
    };
    expect(() => checkFields("Job", fields as Record<string, FieldDef>, spec, new Set())).toThrow(/brandNew/);
  });

  it("gives the components the TypeScript components' inputs and outputs", () => {
    const sts = schema.resources[token("StatefulSet")]!;
    expect(Object.keys(sts.inputProperties)).toEqual(
      expect.arrayContaining([
        "spec",
        "timeoutSeconds",
        "acknowledgeRename",
        "acknowledgeSelectorChange",
        "acknowledgeTemplateAddition",
        "replacePropagationPolicy",
        "destroyPropagationPolicy",
        "resizeClaims",
        "clusterDomain",
        "kubernetesVersion",
      ]),
    );
    expect(Object.keys(sts.properties).sort()).toEqual([
      "name",
      "namespace",
      "podDnsNames",
      "pvcNames",
      "serviceName",
    ]);
    expect(Object.keys(schema.resources[token("Job")]!.properties).sort()).toEqual([
      "completionTime",
      "failed",
      "name",
      "namespace",
      "outcome",
      "succeeded",
    ]);
    expect(Object.keys(schema.resources[token("CronJob")]!.properties).sort()).toEqual([
      "lastScheduleTime",
      "name",
      "namespace",
      "nextRuns",
      "schedule",
    ]);
    expect(Object.keys(schema.resources[token("Job")]!.inputProperties)).toEqual(
      expect.arrayContaining(["wait", "timeoutSeconds", "replaceUnready", "nameFromSpecHash"]),
    );
  });

  it("keeps the guards out of the schema's resources (they are internal to the provider)", () => {
    expect(Object.keys(schema.resources).some((t) => t.includes("Guard"))).toBe(false);
  });

  it("states the per-kind restart policies in the spec type's description", () => {
    const job = types[token("JobSpec")] as { description: string };
    expect(job.description).toContain("`Never` or `OnFailure`");
    expect((types[token("StatefulSetSpec")] as { description: string }).description).toContain("`Always`");
  });

  it("names enum values so every generator gets an identifier", () => {
    expect(enumValueName("")).toBe("Empty");
    expect(enumValueName("metadata.name")).toBe("MetadataName");
    expect(enumValueName("IfNotPresent")).toBe("IfNotPresent");
    for (const type of Object.values(types)) {
      if (type.type !== "string") continue;
      for (const value of type.enum) expect(value.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    }
  });

  it("describes defaults, versions and unions in words", () => {
    const text = describeField({
      type: "int-or-percent",
      description: { en: "How many.", ko: "몇 개." },
      default: { value: 1 },
      since: "1.35",
      link: "https://kubernetes.io",
    });
    expect(text).toBe(
      "How many. A whole number, or a percentage string such as `25%`. Default: `1`. Needs Kubernetes 1.35 or later (beta). See https://kubernetes.io",
    );
  });

  it("refers only to types it defines", () => {
    const refs = [...podworksSchemaJson().matchAll(/"\$ref": "#\/types\/([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) expect(types, ref).toHaveProperty([ref]);
  });

  it("is what packages/pulumi/provider/schema.json holds (run `pnpm --filter @podworks/pulumi gen:schema`)", () => {
    const committed = readFileSync(join(here, "..", "..", "..", "provider", "schema.json"), "utf8");
    expect(committed).toBe(podworksSchemaJson());
  });
});
