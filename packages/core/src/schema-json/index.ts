/**
 * The JSON Schema (draft 2020-12) of a podworks spec file, generated from the field catalogue: one `$defs`
 * entry per catalogue section (nested sections included, found by walking `section`, `items` and `fields`), the
 * descriptions, enums, bounds and static defaults of every field, and the string formats as patterns taken from
 * the checks themselves (`FORMAT_PATTERNS`). Editors read it through the YAML language server; the build writes
 * it to `dist/schema.json` (English) and `dist/schema.ko.json` (Korean descriptions). Rules that span fields
 * (a request above its limit, a mount naming no volume) stay with `validate`: the schema catches the shape.
 */
import type { CatalogueSection, FieldDef, FieldFormat, SectionName } from "../catalogue.js";
import { FORMAT_PATTERNS } from "../formats.js";
import type { Lang } from "../i18n.js";
import { KINDS, section, WORKLOAD_KINDS } from "../kinds.js";

/** A JSON Schema document, as `specJsonSchema` returns it. */
export type JsonSchema = { readonly [key: string]: unknown };

/** The JSON Schema dialect the editor schema is written in (draft 2020-12). */
export const SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema";
/** The `$id` of the editor schema: the address it is published at. */
export const SCHEMA_ID = "https://podworks.dev/schema.json";

const STRING_PATTERNS: Partial<Record<FieldFormat, { pattern: string; maxLength?: number }>> = {
  "dns1123-label": FORMAT_PATTERNS["dns1123-label"],
  "dns1123-subdomain": FORMAT_PATTERNS["dns1123-subdomain"],
  "port-name": FORMAT_PATTERNS["port-name"],
  "env-name": FORMAT_PATTERNS["env-name"],
  image: FORMAT_PATTERNS.image,
};

const LABEL_KEY = FORMAT_PATTERNS["label-key"];
const LABEL_VALUE = FORMAT_PATTERNS["label-value"];
const QUANTITY = { type: "string", pattern: FORMAT_PATTERNS.quantity.pattern };

function describe(def: FieldDef, lang: Lang): string {
  const parts = [def.description[lang]];
  if (def.default && "derived" in def.default)
    parts.push(lang === "ko" ? `기본값: ${def.default.derived.ko}` : `Default: ${def.default.derived.en}`);
  if (def.since)
    parts.push(
      lang === "ko"
        ? `쿠버네티스 ${def.since} 이상에서 쓸 수 있다.`
        : `Needs Kubernetes ${def.since} or later.`,
    );
  for (const rule of def.rules ?? []) parts.push(rule[lang]);
  return parts.join(" ");
}

class Generator {
  readonly defs: Record<string, JsonSchema> = {};

  constructor(readonly lang: Lang) {}

  /** `$ref` to a section's definition, generating it (and the sections under it) the first time. */
  ref(target: CatalogueSection): JsonSchema {
    if (!(target.name in this.defs)) {
      this.defs[target.name] = {}; // reserve the name first: sections may refer to themselves
      this.defs[target.name] = this.object(target.fields, {
        title: target.title[this.lang],
        ...(target.description ? { description: target.description[this.lang] } : {}),
      });
    }
    return { $ref: `#/$defs/${target.name}` };
  }

  object(fields: Readonly<Record<string, FieldDef>>, extra: JsonSchema = {}): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, def] of Object.entries(fields)) {
      properties[key] = this.field(def);
      if (def.required) required.push(key);
    }
    return {
      ...extra,
      type: "object",
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
    };
  }

  /** The schema of one item of an object or object array, as the validator resolves it. */
  nested(def: FieldDef): JsonSchema | undefined {
    if (def.section) return this.ref(def.section);
    if (def.items) return this.ref(section(def.items as SectionName));
    if (def.fields) return this.object(def.fields);
    return undefined;
  }

  field(def: FieldDef): JsonSchema {
    const base: Record<string, unknown> = { description: describe(def, this.lang) };
    if (def.default && "value" in def.default) base.default = def.default.value;
    if (def.link) base.$comment = def.link;
    // As in validation: `null` on an optional field that has a default means "leave the default out".
    if (def.default !== undefined && !def.required)
      return { ...base, anyOf: [this.shape(def), { type: "null" }] };
    return { ...base, ...this.shape(def) };
  }

  shape(def: FieldDef): JsonSchema {
    switch (def.type) {
      case "string": {
        const out: Record<string, unknown> = { type: "string" };
        if (def.enum) out.enum = [...def.enum];
        const format = def.format ? STRING_PATTERNS[def.format] : undefined;
        if (format) out.pattern = format.pattern;
        const maxLength = def.maxLength ?? format?.maxLength;
        if (maxLength !== undefined) out.maxLength = maxLength;
        if (def.format === "time-zone") out.not = { const: "Local" };
        if (def.format === "cron") out.minLength = 1;
        return out;
      }
      case "integer":
        return {
          type: "integer",
          ...(def.minimum !== undefined ? { minimum: def.minimum } : {}),
          ...(def.maximum !== undefined ? { maximum: def.maximum } : {}),
        };
      case "boolean":
        return { type: "boolean" };
      case "string[]":
        return this.array(def, { type: "string", ...(def.enum ? { enum: [...def.enum] } : {}) });
      case "integer[]":
        return this.array(def, { type: "integer" });
      case "map":
        if (def.format === "label-map")
          return {
            type: "object",
            propertyNames: { pattern: LABEL_KEY.pattern, maxLength: LABEL_KEY.maxLength },
            additionalProperties: {
              type: "string",
              pattern: LABEL_VALUE.pattern,
              maxLength: LABEL_VALUE.maxLength,
            },
          };
        if (def.format === "quantity-map") return { type: "object", additionalProperties: this.quantity() };
        return { type: "object", additionalProperties: { type: "string" } };
      case "quantity":
        return this.quantity();
      case "int-or-percent":
        return {
          anyOf: [
            { type: "integer", minimum: 0 },
            { type: "string", pattern: FORMAT_PATTERNS.percent.pattern },
          ],
        };
      case "int-or-string":
        return { type: ["integer", "string"] };
      case "object":
        return this.nested(def) ?? { type: "object" };
      case "object[]":
        return this.array(def, this.nested(def) ?? { type: "object" });
    }
  }

  quantity(): JsonSchema {
    return { anyOf: [QUANTITY, { type: "number", minimum: 0 }] };
  }

  array(def: FieldDef, items: JsonSchema): JsonSchema {
    return { type: "array", items, ...(def.maxItems !== undefined ? { maxItems: def.maxItems } : {}) };
  }
}

/**
 * The schema of a spec file: one spec per YAML document, or (in JSON) a spec or an array of specs. `kind` selects
 * the kind's definition, which lists every top-level field (metadata, pod template, the kind's own) and no other.
 */
export function specJsonSchema(lang: Lang = "en"): JsonSchema {
  const generator = new Generator(lang);
  const branches = WORKLOAD_KINDS.map((kind) => {
    const definition = KINDS[kind];
    const made = generator.object(definition.fields, { title: definition.section.title[lang] }) as {
      properties: Record<string, JsonSchema>;
      required?: string[];
    };
    // The pod's restart policy depends on the kind: only the ones the kind allows are offered.
    const restartPolicy = { ...made.properties.restartPolicy, enum: [...definition.restartPolicies] };
    generator.defs[kind] = {
      ...made,
      properties: { kind: { const: kind }, ...made.properties, restartPolicy },
      required: ["kind", ...(made.required ?? [])],
    };
    return {
      if: { properties: { kind: { const: kind } }, required: ["kind"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
      then: { $ref: `#/$defs/${kind}` },
    };
  });
  generator.defs.spec = {
    title: lang === "ko" ? "podworks 스펙" : "podworks spec",
    type: "object",
    required: ["kind"],
    properties: {
      kind: {
        enum: [...WORKLOAD_KINDS],
        description:
          lang === "ko"
            ? "워크로드의 종류. 나머지 필드는 kind에 따라 정해진다."
            : "The kind of workload; it decides which other fields exist.",
      },
    },
    allOf: branches,
  };
  return {
    $schema: SCHEMA_DRAFT,
    $id: lang === "ko" ? SCHEMA_ID.replace(/\.json$/, ".ko.json") : SCHEMA_ID,
    title: lang === "ko" ? "podworks 스펙 파일" : "podworks spec file",
    description:
      lang === "ko"
        ? "podworks의 잡(Job), 크론잡(CronJob), 데몬셋(DaemonSet), 스테이트풀셋(StatefulSet) 스펙. 필드 카탈로그에서 생성했다."
        : "A podworks Job, CronJob, DaemonSet or StatefulSet spec, generated from podworks' field catalogue.",
    anyOf: [{ $ref: "#/$defs/spec" }, { type: "array", items: { $ref: "#/$defs/spec" } }],
    $defs: generator.defs,
  };
}
