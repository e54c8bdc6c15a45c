/**
 * Rendering: specs to plain Kubernetes objects, and those to YAML or JSON. Every entry point validates
 * first and throws PodworksValidationError before anything is rendered. Output is deterministic:
 * key order is fixed by the renderers and nothing depends on time or randomness.
 */
import type { ValidateOptions } from "./context.js";
import { KINDS, type WorkloadSpec } from "./kinds.js";
import type { KubernetesObject } from "./manifest.js";
import type { AnyKubernetesObject } from "./object.js";
import { assertValid } from "./validate.js";
import { emitYaml } from "./yaml.js";

export interface RenderOptions extends ValidateOptions {}

function renderOne(spec: WorkloadSpec): KubernetesObject[] {
  // The kind selects its renderer; the union cannot be narrowed through the table, hence the cast.
  return (KINDS[spec.kind].render as (s: WorkloadSpec) => KubernetesObject[])(spec);
}

/** The Kubernetes objects for one spec or many, in order (a StatefulSet's Service comes before it). */
export function toManifests(
  specs: WorkloadSpec | readonly WorkloadSpec[],
  options?: RenderOptions,
): KubernetesObject[] {
  const list: readonly WorkloadSpec[] = Array.isArray(specs) ? specs : [specs as WorkloadSpec];
  // Validate all first, so a bad spec late in the list stops everything before any output.
  const valid: WorkloadSpec[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) valid[i] = assertValid(list[i], options);
  const out: KubernetesObject[] = [];
  for (let i = 0; i < valid.length; i++) {
    const objects = renderOne(valid[i]!);
    for (let j = 0; j < objects.length; j++) out.push(objects[j]!);
  }
  return out;
}

/** Multi-document YAML (documents separated by `---`). */
export function toYaml(specs: WorkloadSpec | readonly WorkloadSpec[], options?: RenderOptions): string {
  return manifestsToYaml(toManifests(specs, options));
}

/**
 * Kubernetes objects as multi-document YAML, written by core's emitter for JSON-shaped data (yaml.ts). Any object
 * is accepted, so a program can put its own ConfigMaps or NetworkPolicies beside `toManifests(specs)`.
 */
export function manifestsToYaml(objects: readonly (KubernetesObject | AnyKubernetesObject)[]): string {
  let out = "";
  for (let i = 0; i < objects.length; i++)
    out += i === 0 ? emitYaml(objects[i]) : `---\n${emitYaml(objects[i])}`;
  return out;
}

/** A Kubernetes `List` would need a kind; JSON here is simply the array of objects. */
export function toJson(specs: WorkloadSpec | readonly WorkloadSpec[], options?: RenderOptions): string {
  return JSON.stringify(toManifests(specs, options), null, 2);
}
