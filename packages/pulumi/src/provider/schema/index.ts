/**
 * The Pulumi package schema of the podworks component provider, generated from core's field catalogue the way
 * `@podworks/core`'s editor schema is (`specJsonSchema`): one object type per catalogue section reached from a
 * kind's spec (nested sections and inline objects included), every field with its English description, enums as
 * Pulumi enum types, defaults, Kubernetes versions and cross-field rules stated in the description, and the four
 * component resources (`isComponent: true`) with the TypeScript components' arguments and outputs.
 *
 * What a Pulumi schema cannot say the way the catalogue does, and what it says instead:
 * - Korean: a schema has one description per property, so descriptions are English; Korean users get Korean from
 *   validation (every message and fix with `PODWORKS_LANG=ko`) and from the docs site.
 * - Defaults: Pulumi's `default` makes the generated SDKs fill the value in on the client (Python's input classes,
 *   Go's `Defaults()`), which would send podworks' restricted defaults explicitly and stop them giving way to settings
 *   that contradict them (a privileged container, a baseline pod). Every default is therefore stated in the
 *   description (`Default: ...`), static and derived alike, and the provider applies them, as core does in TypeScript.
 * - Unions: `int-or-string` and `int-or-percent` are `oneOf` integer or string, a quantity `oneOf` number or string
 *   (the form pulumi-kubernetes' schema uses for IntOrString, which every language generator accepts), with the rule
 *   in words.
 * - Objects the catalogue leaves open (`podFailurePolicy`, `imagePullSecrets` items) are maps of any value.
 */
import {
  CATALOGUE,
  type CatalogueSection,
  type FieldDef,
  type SectionName,
  section,
  specJsonSchema,
  WORKLOAD_KINDS,
  type WorkloadKind,
} from "@podworks/core";

/** A Pulumi schema type or property (`pkg/codegen/schema` TypeSpec and PropertySpec). */
export type PulumiTypeSpec = {
  /** A primitive type, `array` (with `items`) or `object` (a map, with `additionalProperties`). */
  readonly type?: "boolean" | "integer" | "number" | "string" | "array" | "object";
  /** A reference to a type of the schema (`#/types/podworks:index:Container`) or to `pulumi.json#/Any`. */
  readonly $ref?: string;
  /** The type of an array's items. */
  readonly items?: PulumiTypeSpec;
  /** The type of a map's values. */
  readonly additionalProperties?: PulumiTypeSpec;
  /** The types a union may be. */
  readonly oneOf?: readonly PulumiTypeSpec[];
  /** Whether the value must be plain (never an Output) in the generated SDKs. */
  readonly plain?: boolean;
};

/** One property of an object type or resource. */
export type PulumiPropertySpec = PulumiTypeSpec & {
  /** What the property does, with its default, versions and rules in words. */
  readonly description?: string;
  /** Set on a deprecated property: what to use instead. */
  readonly deprecationMessage?: string;
  /** Whether the SDKs treat the value as a secret. */
  readonly secret?: boolean;
};

/** One value of an enum type. */
export interface PulumiEnumValueSpec {
  /** The identifier the generated SDKs give the value. */
  readonly name: string;
  /** The value itself, as Kubernetes spells it. */
  readonly value: string;
  /** What the value means, when it needs saying. */
  readonly description?: string;
}

/** An object type of the schema (a catalogue section, an inline object, or an output's shape). */
export interface PulumiObjectTypeSpec {
  /** Always `object`. */
  readonly type: "object";
  /** What the object is for. */
  readonly description?: string;
  /** Its properties, by their Kubernetes names. */
  readonly properties: Readonly<Record<string, PulumiPropertySpec>>;
  /** The properties a value must set. */
  readonly required?: readonly string[];
}

/** An enum type of the schema (a catalogue field's `enum`). */
export interface PulumiEnumTypeSpec {
  /** Always `string`: every podworks enum is a string enum. */
  readonly type: "string";
  /** The field's description. */
  readonly description?: string;
  /** The allowed values, in the catalogue's order. */
  readonly enum: readonly PulumiEnumValueSpec[];
}

/** An object type (`type: object`) or an enum type (`enum`). */
export type PulumiComplexTypeSpec = PulumiObjectTypeSpec | PulumiEnumTypeSpec;

/** A component resource of the package. */
export interface PulumiResourceSpec {
  /** What the component does. */
  readonly description: string;
  /** Always true: every podworks resource in the schema is a component built by `construct`. */
  readonly isComponent: true;
  /** The component's arguments: `spec` and the TypeScript component's options. */
  readonly inputProperties: Readonly<Record<string, PulumiPropertySpec>>;
  /** The arguments a program must give (`spec`). */
  readonly requiredInputs: readonly string[];
  /** The component's outputs. */
  readonly properties: Readonly<Record<string, PulumiPropertySpec>>;
  /** The outputs that always have a value. */
  readonly required: readonly string[];
}

/** The package schema `podworksSchema()` returns (the subset of Pulumi's metaschema it uses). */
export interface PulumiPackageSchema {
  /** The package name, `podworks`. */
  readonly name: string;
  /** The name shown to people. */
  readonly displayName: string;
  /** The package version, `@podworks/pulumi`'s. */
  readonly version: string;
  /** What the package is. */
  readonly description: string;
  /** Registry keywords. */
  readonly keywords: readonly string[];
  /** The project's site. */
  readonly homepage: string;
  /** Where the sources are. */
  readonly repository: string;
  /** The license (SPDX). */
  readonly license: string;
  /** Who publishes the package. */
  readonly publisher: string;
  /** Per-language settings of the generated SDKs (package names, namespaces, import paths). */
  readonly language: Readonly<Record<string, unknown>>;
  /** Provider configuration: none. */
  readonly config: Readonly<Record<string, unknown>>;
  /** The provider resource: it takes no inputs. */
  readonly provider: {
    /** What the provider is. */
    readonly description: string;
    /** Always `object`. */
    readonly type: "object";
  };
  /** Object and enum types, by token. */
  readonly types: Readonly<Record<string, PulumiComplexTypeSpec>>;
  /** The four components, by token. */
  readonly resources: Readonly<Record<string, PulumiResourceSpec>>;
}

/** The Pulumi package name. */
export const PACKAGE_NAME = "podworks";
/** The package version: `@podworks/pulumi`'s. */
export const PACKAGE_VERSION = "0.1.0";

/** The token of a type or resource of the package's `index` module. */
export function token(name: string): string {
  return `${PACKAGE_NAME}:index:${name}`;
}

/** `volumeClaimTemplate` → `VolumeClaimTemplate`, `podDNSConfigOption` → `PodDNSConfigOption`. */
export function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The spec type of a kind: `JobSpec`, ... (`Job` is the component's own token). */
export function specTypeName(kind: WorkloadKind): string {
  return `${kind}Spec`;
}

/** The catalogue section holding a kind's own fields. */
export function kindSection(kind: WorkloadKind): CatalogueSection {
  return section((kind.charAt(0).toLowerCase() + kind.slice(1)) as SectionName);
}

/** Every top-level field of a kind's spec: metadata, pod, then the kind's own (as core's `KINDS` joins them). */
export function kindFields(kind: WorkloadKind): Readonly<Record<string, FieldDef>> {
  return { ...section("metadata").fields, ...section("pod").fields, ...kindSection(kind).fields };
}

function show(value: unknown): string {
  return `\`${typeof value === "string" ? value : JSON.stringify(value)}\``;
}

/** A field's description: what it does, its default, versions, the rules that span fields, its docs page. */
export function describeField(def: FieldDef): string {
  const parts = [def.description.en.trim()];
  if (def.type === "int-or-string") parts.push("An integer or a string.");
  if (def.type === "int-or-percent") parts.push("A whole number, or a percentage string such as `25%`.");
  if (def.type === "quantity")
    parts.push("A Kubernetes quantity: a number, or a string such as `500m` or `1Gi`.");
  if (def.format === "quantity-map")
    parts.push("Each value is a Kubernetes quantity (`500m`, `1Gi`, or a number).");
  if (def.minimum !== undefined && def.maximum !== undefined)
    parts.push(`From ${def.minimum} to ${def.maximum}.`);
  else if (def.minimum !== undefined) parts.push(`At least ${def.minimum}.`);
  else if (def.maximum !== undefined) parts.push(`At most ${def.maximum}.`);
  if (def.maxLength !== undefined) parts.push(`At most ${def.maxLength} characters.`);
  if (def.maxItems !== undefined) parts.push(`At most ${def.maxItems} items.`);
  if (def.default && "value" in def.default) parts.push(`Default: ${show(def.default.value)}.`);
  if (def.default && "derived" in def.default) parts.push(`Default: ${def.default.derived.en.trim()}`);
  if (def.since && def.ga && def.since !== def.ga)
    parts.push(`Needs Kubernetes ${def.since} or later (beta until ${def.ga}).`);
  else if (def.since && !def.ga) parts.push(`Needs Kubernetes ${def.since} or later (beta).`);
  else if (def.since) parts.push(`Needs Kubernetes ${def.since} or later.`);
  if (def.availability) parts.push("Available only in some Kubernetes releases: validation names them.");
  if (def.immutable) parts.push("Kubernetes refuses to change it after creation.");
  for (const rule of def.rules ?? []) parts.push(rule.en.trim());
  if (def.link) parts.push(`See ${def.link}`);
  return parts.filter((p) => p.length > 0).join(" ");
}

/** A name for an enum value in the generated SDKs: `IfNotPresent`, `MetadataName`, `Empty` for `""`. */
export function enumValueName(value: string): string {
  if (value === "") return "Empty";
  const words = value.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0);
  const name = words.map(pascal).join("");
  return /^[0-9]/.test(name) ? `Value${name}` : name;
}

class Generator {
  readonly types: Record<string, PulumiComplexTypeSpec> = {};
  /** Which catalogue section (or inline object) each object type was made from. */
  readonly origins = new Map<string, Readonly<Record<string, FieldDef>>>();

  /** The `$ref` of a catalogue section's type, generated (with the types under it) the first time. */
  sectionRef(target: CatalogueSection): PulumiTypeSpec {
    const name = pascal(target.name);
    if (!(token(name) in this.types))
      this.object(name, target.fields, target.description?.en ?? target.title.en);
    return { $ref: `#/types/${token(name)}` };
  }

  object(
    name: string,
    fields: Readonly<Record<string, FieldDef>>,
    description: string,
    options: { optional?: readonly string[]; extra?: Record<string, PulumiPropertySpec> } = {},
  ): void {
    const key = token(name);
    // Reserve the token first: a section may refer to itself.
    this.types[key] = { type: "object", properties: {} };
    this.origins.set(key, fields);
    const properties: Record<string, PulumiPropertySpec> = { ...options.extra };
    const required: string[] = [];
    for (const [field, def] of Object.entries(fields)) {
      properties[field] = { ...this.shape(name, field, def), description: describeField(def) };
      if (def.required && !options.optional?.includes(field)) required.push(field);
    }
    this.types[key] = {
      type: "object",
      description,
      properties,
      ...(required.length > 0 ? { required } : {}),
    };
  }

  enumRef(owner: string, field: string, values: readonly string[], description: string): PulumiTypeSpec {
    const key = token(`${owner}${pascal(field)}`);
    if (!(key in this.types)) {
      this.types[key] = {
        type: "string",
        description,
        enum: values.map((value) => ({ name: enumValueName(value), value })),
      };
    }
    return { $ref: `#/types/${key}` };
  }

  /** The type of one item of an object or object array. */
  nested(owner: string, field: string, def: FieldDef): PulumiTypeSpec {
    if (def.section) return this.sectionRef(def.section);
    if (def.items) return this.sectionRef(section(def.items));
    if (def.fields) {
      const name = `${owner}${pascal(field)}`;
      if (!(token(name) in this.types)) this.object(name, def.fields, def.description.en.trim());
      return { $ref: `#/types/${token(name)}` };
    }
    return { type: "object", additionalProperties: { $ref: "pulumi.json#/Any" } };
  }

  shape(owner: string, field: string, def: FieldDef): PulumiTypeSpec {
    switch (def.type) {
      case "string":
        return def.enum
          ? this.enumRef(owner, field, def.enum, def.description.en.trim())
          : { type: "string" };
      case "integer":
        return { type: "integer" };
      case "boolean":
        return { type: "boolean" };
      case "string[]":
        return {
          type: "array",
          items: def.enum
            ? this.enumRef(owner, field, def.enum, def.description.en.trim())
            : { type: "string" },
        };
      case "integer[]":
        return { type: "array", items: { type: "integer" } };
      case "map":
        return {
          type: "object",
          additionalProperties: def.format === "quantity-map" ? QUANTITY : { type: "string" },
        };
      case "quantity":
        return QUANTITY;
      case "int-or-percent":
      case "int-or-string":
        return { oneOf: [{ type: "integer" }, { type: "string" }] };
      case "object":
        if (def.format === "quantity-map") return { type: "object", additionalProperties: QUANTITY };
        return this.nested(owner, field, def);
      case "object[]":
        return { type: "array", items: this.nested(owner, field, def) };
    }
  }
}

const QUANTITY: PulumiTypeSpec = { oneOf: [{ type: "number" }, { type: "string" }] };

const string = (description: string): PulumiPropertySpec => ({ type: "string", description });
const integer = (description: string): PulumiPropertySpec => ({ type: "integer", description });
const boolean = (description: string): PulumiPropertySpec => ({ type: "boolean", description });

const NO_TRANSFORM =
  "`transformManifest` (a function) cannot cross a provider boundary: it exists only in the TypeScript component.";

const KUBERNETES_VERSION = string(
  "The Kubernetes release the spec targets (`1.33`, `1.35.2`): version-gated fields are checked against it. Default: podworks' newest modelled release.",
);

const COMMON_OUTPUTS = (kind: WorkloadKind): Record<string, PulumiPropertySpec> => ({
  name: string(
    `The ${kind}'s name in the cluster: the spec's \`name\`, or the component's name when the spec has none.`,
  ),
  namespace: string(`The namespace the ${kind} is in, as the cluster reports it.`),
});

const WAIT = boolean(
  "Wait for the workload to finish its rollout (a Job: to complete) before the update counts as done. Default: `true`.",
);
const TIMEOUT = integer(
  "How long Pulumi waits, on create and update, in seconds (a whole number above 0). Default: 600 (the Kubernetes provider's 10 minutes).",
);

/** The four components: description, inputs besides `spec`, outputs. */
function components(): Record<
  WorkloadKind,
  {
    description: string;
    inputs: Record<string, PulumiPropertySpec>;
    outputs: Record<string, PulumiPropertySpec>;
    required: string[];
  }
> {
  const propagation = (what: string, fallback: string): PulumiPropertySpec => ({
    $ref: `#/types/${token("DeletionPropagation")}`,
    description: `${what} Default: \`${fallback}\`.`,
  });
  return {
    Job: {
      description: `A podworks Job: the spec validated and defaulted by @podworks/core, deployed as a \`batch/v1\` Job with two JobPatches (the fields Kubernetes changes in place, and the record finalizer with \`ttlSecondsAfterFinished\`). Pulumi waits for the Job to complete and fails the update when it fails. ${NO_TRANSFORM}`,
      inputs: {
        wait: WAIT,
        timeoutSeconds: TIMEOUT,
        replaceUnready: boolean(
          "Replace a Job that did not complete during the previous update, instead of waiting for it again. Default: `false`.",
        ),
        nameFromSpecHash: boolean(
          "Name the Job `<spec.name>-<hash>` (10 hex digits of SHA-256 over the rendered Job minus what updates in place): a changed spec is a new Job, created next to the old one, which Pulumi lets go of and leaves to its `ttlSecondsAfterFinished` (required with this option). Default: `false`.",
        ),
      },
      outputs: {
        outcome: {
          $ref: `#/types/${token("JobOutcome")}`,
          description:
            "The final condition, `Complete` or `Failed` with its reason; unset while the Job runs (or when it is not awaited).",
        },
        succeeded: integer("Pods that succeeded (`status.succeeded`)."),
        failed: integer("Pods that failed (`status.failed`)."),
        completionTime: string("When the Job completed (`status.completionTime`, RFC 3339), if it did."),
      },
      required: ["succeeded", "failed"],
    },
    CronJob: {
      description: `A podworks CronJob: the spec validated (schedule and time zone included) and defaulted by @podworks/core, deployed as a \`batch/v1\` CronJob. ${NO_TRANSFORM}`,
      inputs: {
        nextRunCount: integer("How many upcoming runs `nextRuns` lists, from 0 to 100. Default: 5."),
      },
      outputs: {
        schedule: string("The schedule as deployed (`spec.schedule`)."),
        nextRuns: {
          type: "array",
          items: { $ref: `#/types/${token("ScheduledRun")}` },
          description:
            "The next scheduled runs after this deployment, in the spec's `timeZone` (UTC without one), counted the way the CronJob controller counts.",
        },
        lastScheduleTime: string(
          "When the controller last scheduled a Job (`status.lastScheduleTime`), as of the last read.",
        ),
      },
      required: ["schedule", "nextRuns"],
    },
    DaemonSet: {
      description: `A podworks DaemonSet: the spec validated and defaulted by @podworks/core, deployed as an \`apps/v1\` DaemonSet. With \`updateStrategy.type: OnDelete\` Pulumi waits only until the controller has observed the new generation. ${NO_TRANSFORM}`,
      inputs: { wait: WAIT, timeoutSeconds: TIMEOUT },
      outputs: {},
      required: [],
    },
    StatefulSet: {
      description: `A podworks StatefulSet with its headless Service and the protection of the data in its PersistentVolumeClaims: claims retained (Retain/Retain unless Delete is acknowledged), an identity guard that refuses at preview a change of name, namespace, serviceName, selector or claim templates that would orphan the claims, replacement without downtime (orphan propagation), and claim resizing in place. ${NO_TRANSFORM}`,
      inputs: {
        timeoutSeconds: integer(
          "How long Pulumi waits, on create and update, for every replica to be ready (and so for every claim to exist), in seconds. Default: 600.",
        ),
        acknowledgeRename: boolean(
          "Lets a change of the StatefulSet's name, namespace or serviceName, or the removal or renaming of a volumeClaimTemplate, through the identity guard; the old claims are left behind, unused. Set it for the one deployment that makes the change, then remove it. Default: `false`.",
        ),
        acknowledgeSelectorChange: boolean(
          "Lets a change of the selector through the identity guard: every pod is deleted before the new ones start (downtime); the claims are kept and mounted again. Default: `false`.",
        ),
        acknowledgeTemplateAddition: boolean(
          "Lets the addition of a volumeClaimTemplate through the identity guard: every pod is deleted before the new ones start with it (downtime); the existing claims are kept. Default: `false`.",
        ),
        replacePropagationPolicy: propagation(
          "How the old StatefulSet object is deleted when a change replaces it: `orphan` keeps its pods running for the new StatefulSet to adopt (no downtime), `foreground` deletes the pods first, `background` lets the garbage collector delete them.",
          "orphan",
        ),
        destroyPropagationPolicy: propagation(
          "How `pulumi destroy` deletes the StatefulSet and its pods: `foreground` (pods, then the StatefulSet, awaited), `background`, or `orphan` (left running). The claims are kept in every case while retention is Retain.",
          "foreground",
        ),
        deletionPropagationPolicy: {
          $ref: `#/types/${token("DeletionPropagation")}`,
          description:
            "One value for both `replacePropagationPolicy` and `destroyPropagationPolicy` where those are not given. Unset by default.",
          deprecationMessage: "Use replacePropagationPolicy and destroyPropagationPolicy.",
        },
        resizeClaims: boolean(
          "Patch each existing claim to the template's storage request, so growing a template resizes the claims in place (the StorageClass must allow volume expansion). Default: `true`.",
        ),
        clusterDomain: string("DNS domain of the cluster, for `podDnsNames`. Default: `cluster.local`."),
      },
      outputs: {
        serviceName: string("The governing Service's name (`spec.serviceName`)."),
        podDnsNames: {
          type: "array",
          items: { type: "string" },
          description:
            "The pods' DNS names, `<name>-<ordinal>.<serviceName>.<namespace>.svc.<clusterDomain>`.",
        },
        pvcNames: {
          type: "array",
          items: { type: "string" },
          description: "The names of the claims of the current replicas, `<template>-<name>-<ordinal>`.",
        },
      },
      required: ["serviceName", "podDnsNames", "pvcNames"],
    },
  };
}

/**
 * The package schema: the four components, one object type per catalogue section their specs reach, enum types,
 * and the language sections that make the generated SDKs sensible (`pulumi_podworks`, the Go import path, C#
 * namespace `Podworks`, `@podworks/pulumi-sdk` for a generated Node.js SDK).
 */
export function podworksSchema(): PulumiPackageSchema {
  const generator = new Generator();
  const editor = specJsonSchema("en") as {
    $defs: Record<string, { properties: Record<string, { enum?: string[] }> }>;
  };
  const resources: Record<string, PulumiResourceSpec> = {};
  const made = components();
  for (const kind of WORKLOAD_KINDS) {
    const restartPolicies = editor.$defs[kind]?.properties.restartPolicy?.enum ?? [];
    generator.object(
      specTypeName(kind),
      kindFields(kind),
      `The podworks ${kind} spec: the same fields as a podworks spec file or @podworks/core, Kubernetes' own names. Validated by @podworks/core at preview: every problem is reported at once, in English, or in Korean with PODWORKS_LANG=ko. restartPolicy may be ${restartPolicies.map(show).join(" or ")} for a ${kind}.`,
      {
        optional: ["name"],
        extra: {
          kind: string(`Optional; when set it must be \`${kind}\`.`),
        },
      },
    );
    const component = made[kind];
    resources[token(kind)] = {
      description: component.description,
      isComponent: true,
      inputProperties: {
        spec: {
          $ref: `#/types/${token(specTypeName(kind))}`,
          description: `The podworks ${kind} spec. \`name\` defaults to the component's name.`,
        },
        kubernetesVersion: KUBERNETES_VERSION,
        ...component.inputs,
      },
      requiredInputs: ["spec"],
      properties: { ...COMMON_OUTPUTS(kind), ...component.outputs },
      required: ["name", "namespace", ...component.required],
    };
  }
  const types: Record<string, PulumiComplexTypeSpec> = {
    ...generator.types,
    [token("DeletionPropagation")]: {
      type: "string",
      description: "How Kubernetes deletes a StatefulSet's pods when the StatefulSet is deleted or replaced.",
      enum: ["foreground", "background", "orphan"].map((value) => ({ name: pascal(value), value })),
    },
    [token("JobOutcome")]: {
      type: "object",
      description: "A Job's final condition.",
      properties: {
        type: string("`Complete` or `Failed`."),
        reason: string(
          "The condition's reason (`BackoffLimitExceeded`, `DeadlineExceeded`, `PodFailurePolicy`, ...).",
        ),
        message: string("The condition's message, in the controller's words."),
      },
      required: ["type"],
    },
    [token("ScheduledRun")]: {
      type: "object",
      description: "One upcoming run of a CronJob.",
      properties: {
        iso: string("The instant, RFC 3339 in UTC."),
        local: string("The same instant as local time in the schedule's zone."),
      },
      required: ["iso", "local"],
    },
  };
  return {
    name: PACKAGE_NAME,
    displayName: "podworks",
    version: PACKAGE_VERSION,
    description:
      "Kubernetes Job, CronJob, DaemonSet and StatefulSet components from podworks specs: validated the way the API server validates them (every problem at once, English, or Korean with PODWORKS_LANG=ko), defaulted to Pod Security restricted, with StatefulSet PVC protection. Descriptions are in English; the docs site has them in Korean too.",
    keywords: ["pulumi", "kubernetes", "podworks", "category/cloud", "kind/component"],
    homepage: "https://podworks.dev",
    repository: "https://github.com/podworks/podworks",
    license: "Apache-2.0",
    publisher: "podworks",
    language: {
      csharp: {
        rootNamespace: "Podworks",
        namespaces: { podworks: "Podworks", index: "Podworks" },
        respectSchemaVersion: true,
      },
      go: {
        importBasePath: "github.com/podworks/podworks/sdk/go/podworks",
        generateResourceContainerTypes: true,
        respectSchemaVersion: true,
      },
      nodejs: { packageName: "@podworks/pulumi-sdk", respectSchemaVersion: true },
      python: { packageName: "pulumi_podworks", respectSchemaVersion: true, pyproject: { enabled: true } },
    },
    config: {},
    provider: { description: "The podworks provider: it takes no configuration.", type: "object" },
    types,
    resources,
  };
}

/** The schema as `packages/pulumi/provider/schema.json` holds it (two-space JSON, newline at the end). */
export function podworksSchemaJson(): string {
  return `${JSON.stringify(podworksSchema(), null, 2)}\n`;
}

/** The object types made from the catalogue, with the fields each was made from (for the tests). */
export function schemaOrigins(): ReadonlyMap<string, Readonly<Record<string, FieldDef>>> {
  const generator = new Generator();
  for (const kind of WORKLOAD_KINDS) generator.object(specTypeName(kind), kindFields(kind), "");
  return generator.origins;
}

/** Every catalogue section, for tests that walk it independently of the generator. */
export const CATALOGUE_SECTIONS = CATALOGUE;
