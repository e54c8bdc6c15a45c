/**
 * The workload mix every system builds: N workloads, a quarter each Job, CronJob, DaemonSet and StatefulSet
 * (3 replicas, port 8080, a headless Service and one 1Gi volumeClaimTemplate), each with one container that has
 * CPU and memory limits. 1.25 x N Kubernetes objects in every system.
 *
 * Each system gets the same workloads in its own idiom: podworks specs, plain object literals (the floor),
 * cdk8s-plus constructs, kubernetes-models classes, raw @pulumi/kubernetes resources. Where the systems differ
 * in what they write by default, the inputs are set so that they agree (see `configured` below), and what
 * cannot be configured is normalised before the comparison (see normalise.ts).
 */
import type { KubernetesObject, WorkloadSpec } from "@podworks/core";

export const KINDS = ["Job", "CronJob", "DaemonSet", "StatefulSet"] as const;
export type Kind = (typeof KINDS)[number];

export const NAME_LABEL = "app.kubernetes.io/name";
const PREFIX: Record<Kind, string> = { Job: "job", CronJob: "cron", DaemonSet: "ds", StatefulSet: "sts" };
/** A few schedules, repeated (real fleets share a handful of schedules). */
export const SCHEDULES = ["0 3 * * *", "*/15 * * * *", "30 2 * * 1-5", "0 */6 * * *"];

export interface Workload {
  readonly index: number;
  readonly kind: Kind;
  readonly name: string;
  readonly schedule: string;
  readonly command: readonly string[];
}

/** The i-th workload of the mix: its kind, its unique name and the few values that vary. */
export function workloadAt(index: number): Workload {
  const kind = KINDS[index % 4]!;
  return {
    index,
    kind,
    name: `${PREFIX[kind]}-${index}`,
    schedule: SCHEDULES[(index >> 2) % SCHEDULES.length]!,
    command: ["sh", "-c", `echo workload ${index}; sleep 5`],
  };
}

/**
 * The container settings every system is told to write, so that the outputs agree without normalisation:
 * an explicit pull policy, and the container security context that podworks' defaults plus cdk8s-plus'
 * defaults add up to (seccomp at the container level, since cdk8s-plus has no pod-level seccomp option).
 */
export const configured = {
  image: "busybox:1.37",
  imagePullPolicy: "IfNotPresent",
  cpuLimit: "100m",
  memoryLimit: "64Mi",
  terminationGracePeriodSeconds: 30,
  runAs: 65534,
  concurrencyPolicy: "Forbid",
  startingDeadlineSeconds: 10,
  replicas: 3,
  port: 8080,
  portName: "http",
  storage: "1Gi",
  mountPath: "/data",
} as const;

// ---------------------------------------------------------------------------------------------------------
// podworks specs
// ---------------------------------------------------------------------------------------------------------

function specContainer(w: Workload, withPort: boolean) {
  return {
    name: "main",
    image: configured.image,
    imagePullPolicy: configured.imagePullPolicy,
    command: w.command,
    ...(withPort ? { ports: [{ name: configured.portName, containerPort: configured.port }] } : {}),
    resources: { limits: { cpu: configured.cpuLimit, memory: configured.memoryLimit } },
    ...(withPort ? { volumeMounts: [{ name: "data", mountPath: configured.mountPath }] } : {}),
    securityContext: {
      privileged: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    },
  };
}

/**
 * podworks' pod settings: its defaults, with seccomp moved to the container (cdk8s-plus has no pod-level
 * seccomp option; `null` removes a podworks default, which the spec type only spells out for runAsUser and
 * runAsGroup, hence the casts below) and cdk8s-plus' fsGroupChangePolicy.
 */
const SPEC_POD = {
  terminationGracePeriodSeconds: configured.terminationGracePeriodSeconds,
  securityContext: { seccompProfile: null, fsGroupChangePolicy: "Always" },
} as const;

/** The podworks spec of the i-th workload. */
export function specOf(w: Workload): WorkloadSpec {
  switch (w.kind) {
    case "Job":
      return {
        kind: "Job",
        name: w.name,
        containers: [specContainer(w, false)],
        ...SPEC_POD,
      } as unknown as WorkloadSpec;
    case "CronJob":
      return {
        kind: "CronJob",
        name: w.name,
        schedule: w.schedule,
        concurrencyPolicy: configured.concurrencyPolicy,
        startingDeadlineSeconds: configured.startingDeadlineSeconds,
        containers: [specContainer(w, false)],
        ...SPEC_POD,
      } as unknown as WorkloadSpec;
    case "DaemonSet":
      return {
        kind: "DaemonSet",
        name: w.name,
        containers: [specContainer(w, false)],
        ...SPEC_POD,
      } as unknown as WorkloadSpec;
    case "StatefulSet":
      return {
        kind: "StatefulSet",
        name: w.name,
        replicas: configured.replicas,
        containers: [specContainer(w, true)],
        volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: configured.storage } } }],
        ...SPEC_POD,
      } as unknown as WorkloadSpec;
  }
}

export function specsOf(n: number): WorkloadSpec[] {
  const specs = new Array<WorkloadSpec>(n);
  for (let i = 0; i < n; i++) specs[i] = specOf(workloadAt(i));
  return specs;
}

// ---------------------------------------------------------------------------------------------------------
// The floor: the manifests podworks renders, written out as object literals (same keys, same order)
// ---------------------------------------------------------------------------------------------------------

function literalContainer(w: Workload, withPort: boolean) {
  const container: Record<string, unknown> = {
    name: "main",
    image: configured.image,
    imagePullPolicy: configured.imagePullPolicy,
    command: [...w.command],
  };
  if (withPort) container.ports = [{ name: configured.portName, containerPort: configured.port }];
  container.resources = { limits: { cpu: configured.cpuLimit, memory: configured.memoryLimit } };
  if (withPort) container.volumeMounts = [{ name: "data", mountPath: configured.mountPath }];
  container.securityContext = {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ["ALL"] },
    privileged: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    seccompProfile: { type: "RuntimeDefault" },
  };
  return container;
}

function literalPodSpec(w: Workload, restartPolicy: string, withPort: boolean) {
  return {
    securityContext: {
      runAsNonRoot: true,
      runAsUser: configured.runAs,
      runAsGroup: configured.runAs,
      fsGroupChangePolicy: "Always",
    },
    containers: [literalContainer(w, withPort)],
    restartPolicy,
    terminationGracePeriodSeconds: configured.terminationGracePeriodSeconds,
  };
}

function literalJobSpec(w: Workload) {
  return {
    completions: 1,
    parallelism: 1,
    backoffLimit: 6,
    completionMode: "NonIndexed",
    suspend: false,
    template: { metadata: { labels: {} }, spec: literalPodSpec(w, "Never", false) },
  };
}

/** The Kubernetes objects of the i-th workload, as plain object literals. */
export function manifestsOf(w: Workload): KubernetesObject[] {
  const labels = () => ({ [NAME_LABEL]: w.name });
  switch (w.kind) {
    case "Job":
      return [
        { apiVersion: "batch/v1", kind: "Job", metadata: { name: w.name }, spec: literalJobSpec(w) },
      ] as unknown as KubernetesObject[];
    case "CronJob":
      return [
        {
          apiVersion: "batch/v1",
          kind: "CronJob",
          metadata: { name: w.name },
          spec: {
            schedule: w.schedule,
            concurrencyPolicy: configured.concurrencyPolicy,
            startingDeadlineSeconds: configured.startingDeadlineSeconds,
            suspend: false,
            successfulJobsHistoryLimit: 3,
            failedJobsHistoryLimit: 1,
            jobTemplate: { spec: literalJobSpec(w) },
          },
        },
      ] as unknown as KubernetesObject[];
    case "DaemonSet":
      return [
        {
          apiVersion: "apps/v1",
          kind: "DaemonSet",
          metadata: { name: w.name, labels: labels() },
          spec: {
            selector: { matchLabels: labels() },
            template: { metadata: { labels: labels() }, spec: literalPodSpec(w, "Always", false) },
            updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
            minReadySeconds: 0,
            revisionHistoryLimit: 10,
          },
        },
      ] as unknown as KubernetesObject[];
    case "StatefulSet":
      return [
        {
          apiVersion: "v1",
          kind: "Service",
          metadata: { name: w.name, labels: labels() },
          spec: {
            clusterIP: "None",
            selector: labels(),
            ports: [
              {
                name: configured.portName,
                port: configured.port,
                targetPort: configured.portName,
                protocol: "TCP",
              },
            ],
          },
        },
        {
          apiVersion: "apps/v1",
          kind: "StatefulSet",
          metadata: { name: w.name, labels: labels() },
          spec: {
            replicas: configured.replicas,
            serviceName: w.name,
            selector: { matchLabels: labels() },
            template: { metadata: { labels: labels() }, spec: literalPodSpec(w, "Always", true) },
            podManagementPolicy: "OrderedReady",
            updateStrategy: { type: "RollingUpdate", rollingUpdate: { partition: 0 } },
            volumeClaimTemplates: [
              {
                metadata: { name: "data" },
                spec: {
                  accessModes: ["ReadWriteOnce"],
                  volumeMode: "Filesystem",
                  resources: { requests: { storage: configured.storage } },
                },
              },
            ],
            persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain", whenScaled: "Retain" },
            minReadySeconds: 0,
            revisionHistoryLimit: 10,
          },
        },
      ] as unknown as KubernetesObject[];
  }
}

export function literalsOf(n: number): KubernetesObject[] {
  const objects: KubernetesObject[] = [];
  for (let i = 0; i < n; i++) {
    for (const object of manifestsOf(workloadAt(i))) objects.push(object);
  }
  return objects;
}
