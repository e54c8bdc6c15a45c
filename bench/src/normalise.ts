/**
 * Normalisation before outputs are compared. Every system's objects go through `canonical`, and then they
 * must be deeply equal (key order ignored). These are all the differences the comparison forgives; the
 * inputs in workloads.ts are set so that nothing else differs.
 *
 * 1. Fields set to the Kubernetes API server's own default are dropped (`API_DEFAULTS`): podworks writes
 *    its defaults out, cdk8s-plus writes some and leaves others to the server. The server stores the same
 *    object either way.
 * 2. Empty maps and lists are dropped (`labels: {}`, `externalIPs: []`): Kubernetes reads them as absent.
 * 3. cdk8s-plus only: the label `cdk8s.io/metadata.addr` is removed from pod templates and from the
 *    headless Service's selector. cdk8s-plus always puts it on the pods, and adds it to the selector of the
 *    Service it is given for a StatefulSet; the pods carry it, so the Service selects the same pods.
 * 4. cdk8s-plus only: the headless Service's `targetPort` is a number (cdk8s-plus has no named target port);
 *    podworks writes the container port's name, which Kubernetes resolves to the same number. The number is
 *    mapped back to the name of the container port that has it.
 * 5. @podworks/pulumi only: what the StatefulSet protection adds is removed from StatefulSets (the annotations
 *    `pulumi.com/deletionPropagationPolicy` and `podworks.dev/identity-guard`, the pod template's
 *    `podworks.dev/service-name`, the owner reference to the lifecycle ConfigMap), and the extra resources the
 *    components register (the components themselves, the guards, the lifecycle ConfigMap and the
 *    PersistentVolumeClaimPatches) are not compared; they are counted instead.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export const CDK8S_ADDRESS_LABEL = "cdk8s.io/metadata.addr";
export const PULUMI_PROPAGATION_ANNOTATION = "pulumi.com/deletionPropagationPolicy";
/** @podworks/pulumi's StatefulSet protection: the identity guard's id, and the serviceName on the pod template. */
export const PULUMI_GUARD_ANNOTATION = "podworks.dev/identity-guard";
export const PULUMI_SERVICE_NAME_ANNOTATION = "podworks.dev/service-name";

/** Kubernetes API defaults, by kind and path (`*` is every item of a list). */
const API_DEFAULTS: Record<string, readonly (readonly [string, Json])[]> = {
  pod: [
    ["restartPolicy", "Always"],
    ["dnsPolicy", "ClusterFirst"],
    ["hostNetwork", false],
    ["setHostnameAsFQDN", false],
    ["shareProcessNamespace", false],
    ["automountServiceAccountToken", true],
    ["enableServiceLinks", true],
    ["terminationGracePeriodSeconds", 30],
    ["schedulerName", "default-scheduler"],
  ],
  job: [
    ["completions", 1],
    ["parallelism", 1],
    ["backoffLimit", 6],
    ["completionMode", "NonIndexed"],
    ["suspend", false],
  ],
  CronJob: [
    ["concurrencyPolicy", "Allow"],
    ["suspend", false],
    ["successfulJobsHistoryLimit", 3],
    ["failedJobsHistoryLimit", 1],
  ],
  DaemonSet: [
    ["updateStrategy", { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } }],
    ["minReadySeconds", 0],
    ["revisionHistoryLimit", 10],
  ],
  StatefulSet: [
    ["replicas", 1],
    ["podManagementPolicy", "OrderedReady"],
    ["updateStrategy", { type: "RollingUpdate", rollingUpdate: { partition: 0 } }],
    ["persistentVolumeClaimRetentionPolicy", { whenDeleted: "Retain", whenScaled: "Retain" }],
    ["minReadySeconds", 0],
    ["revisionHistoryLimit", 10],
  ],
  claim: [["volumeMode", "Filesystem"]],
  Service: [
    ["type", "ClusterIP"],
    ["sessionAffinity", "None"],
  ],
  servicePort: [["protocol", "TCP"]],
};

function isObj(value: Json | undefined): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameJson(a: Json | undefined, b: Json): boolean {
  return JSON.stringify(sortKeys(a ?? null)) === JSON.stringify(sortKeys(b));
}

function dropDefaults(object: Obj | undefined, group: string): void {
  if (!object) return;
  for (const [key, value] of API_DEFAULTS[group]!) {
    if (key in object && sameJson(object[key], value)) delete object[key];
  }
}

function podTemplate(template: Json | undefined, origin: Origin): void {
  if (!isObj(template)) return;
  const labels = (template.metadata as Obj | undefined)?.labels as Obj | undefined;
  if (origin === "cdk8s" && labels) delete labels[CDK8S_ADDRESS_LABEL];
  dropDefaults(template.spec as Obj | undefined, "pod");
}

function jobSpec(spec: Obj | undefined, origin: Origin): void {
  if (!spec) return;
  dropDefaults(spec, "job");
  podTemplate(spec.template, origin);
}

/** Drops empty maps and lists, everywhere. */
function dropEmpty(value: Json): Json {
  if (Array.isArray(value)) return value.map(dropEmpty);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [key, item] of Object.entries(value)) {
    const cleaned = dropEmpty(item);
    if (Array.isArray(cleaned) && cleaned.length === 0) continue;
    if (isObj(cleaned) && Object.keys(cleaned).length === 0) continue;
    out[key] = cleaned;
  }
  return out;
}

/** Sorts keys, so that equal objects print the same (cdk8s sorts its keys; podworks keeps Kubernetes' order). */
export function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key]!);
  return out;
}

export type Origin = "podworks" | "floor" | "cdk8s" | "kubernetes-models" | "pulumi";

/**
 * One object, normalised (a copy). For cdk8s-plus Services, `containerPorts` maps port numbers to the names
 * of the container ports of the StatefulSet the Service belongs to.
 */
export function canonicalObject(object: unknown, origin: Origin, containerPorts?: Map<number, string>): Json {
  const copy = JSON.parse(JSON.stringify(object)) as Obj;
  const spec = copy.spec as Obj | undefined;
  const metadata = copy.metadata as Obj | undefined;
  switch (copy.kind) {
    case "Job":
      jobSpec(spec, origin);
      break;
    case "CronJob":
      dropDefaults(spec, "CronJob");
      jobSpec((spec?.jobTemplate as Obj | undefined)?.spec as Obj | undefined, origin);
      break;
    case "DaemonSet":
      dropDefaults(spec, "DaemonSet");
      podTemplate(spec?.template, origin);
      break;
    case "StatefulSet":
      dropDefaults(spec, "StatefulSet");
      podTemplate(spec?.template, origin);
      for (const claim of (spec?.volumeClaimTemplates as Obj[] | undefined) ?? []) {
        dropDefaults(claim.spec as Obj, "claim");
      }
      if (origin === "pulumi") {
        if (isObj(metadata?.annotations)) {
          delete metadata.annotations[PULUMI_PROPAGATION_ANNOTATION];
          delete metadata.annotations[PULUMI_GUARD_ANNOTATION];
        }
        const template = isObj(spec?.template) ? spec.template : undefined;
        const templateMeta = isObj(template?.metadata) ? template.metadata : undefined;
        if (isObj(templateMeta?.annotations)) delete templateMeta.annotations[PULUMI_SERVICE_NAME_ANNOTATION];
        if (Array.isArray(metadata?.ownerReferences)) {
          metadata.ownerReferences = metadata.ownerReferences.filter(
            (ref) =>
              !(isObj(ref) && ref.kind === "ConfigMap" && String(ref.name).endsWith("-podworks-lifecycle")),
          );
        }
      }
      break;
    case "Service":
      dropDefaults(spec, "Service");
      if (origin === "cdk8s" && isObj(spec?.selector)) delete spec.selector[CDK8S_ADDRESS_LABEL];
      for (const port of (spec?.ports as Obj[] | undefined) ?? []) {
        dropDefaults(port, "servicePort");
        if (origin === "cdk8s" && typeof port.targetPort === "number") {
          port.targetPort = containerPorts?.get(port.targetPort) ?? port.targetPort;
        }
      }
      break;
  }
  return sortKeys(dropEmpty(copy));
}

/** A list of objects, normalised; Services are matched to the StatefulSet of the same name for rule 4. */
export function canonical(objects: readonly unknown[], origin: Origin): Json[] {
  const portsByName = new Map<string, Map<number, string>>();
  if (origin === "cdk8s") {
    for (const object of objects as Obj[]) {
      if (object.kind !== "StatefulSet") continue;
      const ports = new Map<number, string>();
      const template = (object.spec as Obj).template as Obj;
      for (const container of ((template.spec as Obj).containers as Obj[]) ?? []) {
        for (const port of (container.ports as Obj[] | undefined) ?? []) {
          if (typeof port.name === "string") ports.set(port.containerPort as number, port.name);
        }
      }
      portsByName.set(String((object.metadata as Obj).name), ports);
    }
  }
  return objects.map((object) =>
    canonicalObject(object, origin, portsByName.get(String(((object as Obj).metadata as Obj)?.name))),
  );
}
