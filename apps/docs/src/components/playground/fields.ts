/**
 * Which catalogue fields are valid at a place in a spec: the top level of a kind is its metadata, pod and own
 * fields (as core's validation reads them); below that, a field's nested object is its `section`, its inline
 * `fields`, or the section its `items` name (containers are `container` objects).
 */
import { type FieldDef, type SectionName, section, WORKLOAD_KINDS, type WorkloadKind } from "@podworks/core";
import type { Step } from "./yaml-path";

type Fields = Readonly<Record<string, FieldDef>>;

const KIND_SECTION: Record<WorkloadKind, SectionName> = {
  Job: "job",
  CronJob: "cronJob",
  DaemonSet: "daemonSet",
  StatefulSet: "statefulSet",
};

/** The top-level fields of a kind's spec: metadata, then the pod's, then the kind's own. */
export function kindFields(kind: WorkloadKind): Fields {
  return { ...section("metadata").fields, ...section("pod").fields, ...section(KIND_SECTION[kind]).fields };
}

function isKind(kind: string | undefined): kind is WorkloadKind {
  return WORKLOAD_KINDS.some((k) => k === kind);
}

function nestedFields(def: FieldDef): Fields | undefined {
  return def.section?.fields ?? def.fields ?? (def.items ? section(def.items).fields : undefined);
}

/** The fields of the mapping the steps lead to, or undefined where the catalogue does not describe one. */
export function fieldsAt(kind: string | undefined, steps: readonly Step[]): Fields | undefined {
  if (!isKind(kind)) return undefined;
  let fields: Fields | undefined = kindFields(kind);
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (!fields || !("key" in step) || !Object.hasOwn(fields, step.key)) return undefined;
    const def: FieldDef = fields[step.key]!;
    if (def.type === "object") {
      fields = nestedFields(def);
    } else if (def.type === "object[]") {
      const next = steps[i + 1];
      if (!next || !("item" in next)) return undefined;
      i++;
      fields = nestedFields(def);
    } else {
      return undefined;
    }
  }
  return fields;
}

/** The field a path of steps names (its key last). */
export function fieldAt(
  kind: string | undefined,
  steps: readonly Step[],
): { readonly name: string; readonly def: FieldDef } | undefined {
  const last = steps[steps.length - 1];
  if (!last || !("key" in last)) return undefined;
  const fields = fieldsAt(kind, steps.slice(0, -1));
  return fields && Object.hasOwn(fields, last.key) ? { name: last.key, def: fields[last.key]! } : undefined;
}

/** The values a field's value may be completed with: its enum, or true and false. */
export function valuesOf(def: FieldDef): readonly string[] {
  if (def.enum) return def.enum;
  if (def.type === "boolean") return ["true", "false"];
  return [];
}
