/** Helpers over rendered manifests: the workload object, its pod template, and comparing sent with stored. */
import { type KubernetesObject, toManifests } from "@podworks/core";
import type { KObject } from "./kube.js";
import type { Manifest } from "./rejections.js";

export const WORKLOAD_KINDS = new Set(["Job", "CronJob", "DaemonSet", "StatefulSet"]);

/** Core's manifests for specs, as plain JSON objects the e2e client can send. */
export function render(specs: unknown | readonly unknown[]): KObject[] {
  return toManifests(specs as Parameters<typeof toManifests>[0]).map(
    (object: KubernetesObject) => JSON.parse(JSON.stringify(object)) as KObject,
  );
}

export function workloadOf(objects: readonly KObject[]): Manifest {
  const workload = objects.find((o) => WORKLOAD_KINDS.has(o.kind));
  if (!workload) throw new Error(`no workload among ${objects.map((o) => o.kind).join(", ")}`);
  return workload as Manifest;
}

/**
 * A bare Pod built from a workload's pod template, to have Pod Security admission judge it directly. For a
 * StatefulSet, the claim volumes its controller adds (one per volumeClaimTemplate) are added the same way.
 */
export function podFromTemplate(workload: Manifest): KObject {
  const template =
    workload.kind === "CronJob" ? workload.spec.jobTemplate.spec.template : workload.spec.template;
  const spec = { ...template.spec };
  if (workload.kind === "StatefulSet" && Array.isArray(workload.spec.volumeClaimTemplates)) {
    const claims = workload.spec.volumeClaimTemplates.map((claim: { metadata: { name: string } }) => ({
      name: claim.metadata.name,
      persistentVolumeClaim: { claimName: `${claim.metadata.name}-${workload.metadata.name}-0` },
    }));
    spec.volumes = [...(spec.volumes ?? []), ...claims];
  }
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name: `${workload.metadata.name}-probe`.slice(0, 63),
      labels: template.metadata?.labels ?? {},
    },
    spec,
  };
}

/**
 * The places where `stored` differs from `sent`, looking only at what was sent: every sent field must come
 * back with the same value (the server may add defaults, but must not drop or change what podworks wrote).
 * Quantities the API server writes in canonical form (e.g. "0.5" as "500m") are compared by value.
 */
export function differences(sent: unknown, stored: unknown, path = ""): string[] {
  if (Array.isArray(sent)) {
    if (!Array.isArray(stored) || stored.length !== sent.length) {
      return [`${path}: sent ${JSON.stringify(sent)}, stored ${JSON.stringify(stored)}`];
    }
    return sent.flatMap((item, i) => differences(item, stored[i], `${path}[${i}]`));
  }
  if (sent !== null && typeof sent === "object") {
    if (stored === null || typeof stored !== "object" || Array.isArray(stored)) {
      return [`${path}: sent an object, stored ${JSON.stringify(stored)}`];
    }
    const s = stored as Record<string, unknown>;
    return Object.entries(sent as Record<string, unknown>).flatMap(([key, value]) =>
      // A zero value (0, false, "", {} or []) is the same as absent on the server (Go's omitempty).
      isZero(value) && s[key] === undefined ? [] : differences(value, s[key], path ? `${path}.${key}` : key),
    );
  }
  if (sent === stored || sameQuantity(sent, stored)) return [];
  return [`${path}: sent ${JSON.stringify(sent)}, stored ${JSON.stringify(stored)}`];
}

function isZero(value: unknown): boolean {
  if (value === 0 || value === false || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === "object" && Object.keys(value).length === 0;
}

const SUFFIX: Record<string, number> = {
  "": 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

function quantity(value: unknown): number | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const match = /^([0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(String(value));
  if (!match) return undefined;
  return Number(match[1]) * SUFFIX[match[2] ?? ""]!;
}

function sameQuantity(a: unknown, b: unknown): boolean {
  const x = quantity(a);
  const y = quantity(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) <= Math.abs(x) * 1e-9;
}
