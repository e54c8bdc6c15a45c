/**
 * Manifests "up to the defaults": a copy of a Kubernetes object without what the API server adds on its own
 * (status, uid, managedFields, the Job controller's labels) and without fields equal to the value Kubernetes or
 * podworks would fill in anyway (`dnsPolicy: ClusterFirst`, `backoffLimit: 6`, `protocol: TCP`). Two manifests
 * that normalize to the same object run the same workload. Import reads normalized manifests, and its tests
 * compare `render(import(m))` with `m` through this.
 */
import { isRecord } from "../context.js";

type Raw = Record<string, unknown>;

/** Kubernetes' own defaults (pkg/apis/*\/v1/defaults.go) and podworks' explicit ones, by where they apply. */
const POD_DEFAULTS: Raw = {
  dnsPolicy: "ClusterFirst",
  schedulerName: "default-scheduler",
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
};
const CONTAINER_DEFAULTS: Raw = {
  terminationMessagePath: "/dev/termination-log",
  terminationMessagePolicy: "File",
};
const JOB_DEFAULTS: Raw = {
  completionMode: "NonIndexed",
  suspend: false,
  podReplacementPolicy: "TerminatingOrFailed",
  manualSelector: false,
};
const CRONJOB_DEFAULTS: Raw = {
  concurrencyPolicy: "Allow",
  suspend: false,
  successfulJobsHistoryLimit: 3,
  failedJobsHistoryLimit: 1,
};
const ROLLOUT_DEFAULTS: Raw = { revisionHistoryLimit: 10, minReadySeconds: 0 };
const STATEFULSET_DEFAULTS: Raw = {
  ...ROLLOUT_DEFAULTS,
  replicas: 1,
  podManagementPolicy: "OrderedReady",
  updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
  persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
};
const DAEMONSET_DEFAULTS: Raw = {
  ...ROLLOUT_DEFAULTS,
  updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
};
const SERVICE_DEFAULTS: Raw = {
  type: "ClusterIP",
  sessionAffinity: "None",
  ipFamilyPolicy: "SingleStack",
  internalTrafficPolicy: "Cluster",
  publishNotReadyAddresses: false,
};

/** Fields the API server writes into every object's metadata. */
const SERVER_METADATA = [
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "managedFields",
  "selfLink",
  "deletionTimestamp",
  "deletionGracePeriodSeconds",
];
/** Annotations tools write for themselves. */
const TOOL_ANNOTATIONS = [
  "kubectl.kubernetes.io/last-applied-configuration",
  "deprecated.daemonset.template.generation",
];
/** Labels the Job controller puts on a Job and its pods (batch/v1 `controller-uid`, `job-name` and their new keys). */
export const JOB_CONTROLLER_LABELS = [
  "controller-uid",
  "job-name",
  "batch.kubernetes.io/controller-uid",
  "batch.kubernetes.io/job-name",
];

export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]))
    );
  }
  return false;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function dropDefaults(object: Raw, defaults: Raw): void {
  for (const [key, value] of Object.entries(defaults)) if (same(object[key], value)) delete object[key];
}

function dropEmpty(object: Raw, key: string): void {
  const value = object[key];
  if ((isRecord(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0))
    delete object[key];
}

/** `Always` for `latest` or no tag, else `IfNotPresent` (pkg/apis/core/v1/defaults.go SetDefaults_Container). */
export function defaultPullPolicy(image: unknown): string {
  if (typeof image !== "string") return "IfNotPresent";
  if (image.includes("@")) return "IfNotPresent";
  const last = image.slice(image.lastIndexOf("/") + 1);
  const colon = last.lastIndexOf(":");
  const tag = colon === -1 ? "latest" : last.slice(colon + 1);
  return tag === "latest" ? "Always" : "IfNotPresent";
}

function normalizeMetadata(metadata: unknown, labelsToDrop: readonly string[] = []): void {
  if (!isRecord(metadata)) return;
  for (const key of SERVER_METADATA) delete metadata[key];
  if (isRecord(metadata.annotations)) for (const key of TOOL_ANNOTATIONS) delete metadata.annotations[key];
  if (isRecord(metadata.labels)) for (const key of labelsToDrop) delete metadata.labels[key];
  dropEmpty(metadata, "labels");
  dropEmpty(metadata, "annotations");
}

function normalizeContainer(container: unknown): void {
  if (!isRecord(container)) return;
  dropDefaults(container, CONTAINER_DEFAULTS);
  if (container.imagePullPolicy === defaultPullPolicy(container.image)) delete container.imagePullPolicy;
  if (Array.isArray(container.ports))
    for (const port of container.ports) if (isRecord(port) && port.protocol === "TCP") delete port.protocol;
  if (isRecord(container.resources)) {
    dropEmpty(container.resources, "requests");
    dropEmpty(container.resources, "limits");
  }
  dropEmpty(container, "resources");
  for (const key of ["securityContext", "env", "envFrom", "ports", "volumeMounts", "args", "command"])
    dropEmpty(container, key);
}

function normalizeVolume(volume: unknown): void {
  if (!isRecord(volume)) return;
  for (const source of ["configMap", "secret", "projected", "downwardAPI"]) {
    const value = volume[source];
    if (isRecord(value) && value.defaultMode === 420) delete value.defaultMode;
  }
  if (isRecord(volume.hostPath) && volume.hostPath.type === "") delete volume.hostPath.type;
}

function normalizePodTemplate(
  template: unknown,
  restartDefault: string,
  labelsToDrop: readonly string[],
): void {
  if (!isRecord(template)) return;
  normalizeMetadata(template.metadata, labelsToDrop);
  dropEmpty(template, "metadata");
  const spec = template.spec;
  if (!isRecord(spec)) return;
  dropDefaults(spec, POD_DEFAULTS);
  if (spec.restartPolicy === restartDefault) delete spec.restartPolicy;
  if (spec.serviceAccount !== undefined && spec.serviceAccount === spec.serviceAccountName)
    delete spec.serviceAccount;
  for (const group of ["containers", "initContainers"]) {
    if (Array.isArray(spec[group])) for (const c of spec[group] as unknown[]) normalizeContainer(c);
  }
  if (Array.isArray(spec.volumes)) for (const v of spec.volumes) normalizeVolume(v);
  for (const key of ["securityContext", "initContainers", "volumes", "tolerations", "imagePullSecrets"])
    dropEmpty(spec, key);
}

function normalizeJobSpec(spec: unknown): void {
  if (!isRecord(spec)) return;
  dropDefaults(spec, JOB_DEFAULTS);
  const perIndex = spec.backoffLimitPerIndex !== undefined;
  if (spec.backoffLimit === (perIndex ? 2147483647 : 6)) delete spec.backoffLimit;
  // Both unset default to 1 each; parallelism 1 beside completions is the default too. Parallelism 1 without
  // completions is a work queue, which is not the same Job as one completion: it stays.
  // An Indexed Job needs completions, so there 1 is no default.
  if (spec.completions === 1 && spec.parallelism === 1 && spec.completionMode !== "Indexed") {
    delete spec.completions;
    delete spec.parallelism;
  } else if (spec.parallelism === 1 && spec.completions !== undefined) delete spec.parallelism;
  // The selector the Job controller generates matches its own controller-uid label.
  if (isRecord(spec.selector) && isRecord(spec.selector.matchLabels)) {
    const keys = Object.keys(spec.selector.matchLabels);
    if (keys.length > 0 && keys.every((k) => JOB_CONTROLLER_LABELS.includes(k))) delete spec.selector;
  }
  normalizePodTemplate(spec.template, "Never", JOB_CONTROLLER_LABELS);
}

function normalizeClaimTemplate(template: unknown): void {
  if (!isRecord(template)) return;
  delete template.apiVersion;
  delete template.kind;
  delete template.status;
  normalizeMetadata(template.metadata);
  if (isRecord(template.spec) && template.spec.volumeMode === "Filesystem") delete template.spec.volumeMode;
}

function normalizeService(spec: Raw): void {
  dropDefaults(spec, SERVICE_DEFAULTS);
  if (Array.isArray(spec.clusterIPs) && spec.clusterIPs.length === 1 && spec.clusterIPs[0] === spec.clusterIP)
    delete spec.clusterIPs;
  if (same(spec.ipFamilies, ["IPv4"])) delete spec.ipFamilies;
  if (Array.isArray(spec.ports)) {
    for (const port of spec.ports) {
      if (!isRecord(port)) continue;
      if (port.protocol === "TCP") delete port.protocol;
      if (port.targetPort === port.port) delete port.targetPort;
    }
  }
}

/** Fills in what the API server defaults inside a rolling update, so `rollingUpdate: {}` reads as the default. */
function fillRollingUpdate(spec: Raw, defaults: Raw): void {
  const strategy = spec.updateStrategy;
  if (!isRecord(strategy) || (strategy.type !== undefined && strategy.type !== "RollingUpdate")) return;
  strategy.type = "RollingUpdate";
  strategy.rollingUpdate = {
    ...defaults,
    ...(isRecord(strategy.rollingUpdate) ? strategy.rollingUpdate : {}),
  };
}

/** A copy of a Kubernetes object without server-written fields and without values equal to the defaults. */
export function withoutDefaults<T>(object: T): T {
  const copy = clone(object);
  if (!isRecord(copy)) return copy;
  delete copy.status;
  const kind = copy.kind;
  normalizeMetadata(copy.metadata, kind === "Job" ? JOB_CONTROLLER_LABELS : []);
  const spec = copy.spec;
  if (!isRecord(spec)) return copy;
  switch (kind) {
    case "Job":
      normalizeJobSpec(spec);
      break;
    case "CronJob":
      dropDefaults(spec, CRONJOB_DEFAULTS);
      if (isRecord(spec.jobTemplate)) {
        normalizeMetadata(spec.jobTemplate.metadata);
        dropEmpty(spec.jobTemplate, "metadata");
        normalizeJobSpec(spec.jobTemplate.spec);
      }
      break;
    case "DaemonSet":
      fillRollingUpdate(spec, { maxUnavailable: 1, maxSurge: 0 });
      dropDefaults(spec, DAEMONSET_DEFAULTS);
      normalizePodTemplate(spec.template, "Always", []);
      break;
    case "StatefulSet":
      fillRollingUpdate(spec, { partition: 0 });
      dropDefaults(spec, STATEFULSET_DEFAULTS);
      normalizePodTemplate(spec.template, "Always", []);
      if (Array.isArray(spec.volumeClaimTemplates))
        for (const t of spec.volumeClaimTemplates) normalizeClaimTemplate(t);
      dropEmpty(spec, "volumeClaimTemplates");
      break;
    case "Service":
      normalizeService(spec);
      break;
  }
  return copy;
}
