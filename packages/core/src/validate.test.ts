import { describe, expect, it } from "vitest";
import {
  BASE,
  baseCronJob,
  baseDaemonSet,
  baseJob,
  baseStatefulSet,
  HANGUL,
  withContainer,
  withFields,
} from "./__tests__/specs.js";
import { PodworksValidationError } from "./issues.js";
import { cronJob, job, statefulSet, validate } from "./validate.js";
import type { KubernetesVersion } from "./version.js";

interface Case {
  readonly name: string;
  readonly spec: unknown;
  readonly path: string;
  readonly rule: string;
  readonly version?: KubernetesVersion;
}

const longName = "a".repeat(53);

/** One case per rule: the spec breaks exactly that rule, at that path. */
const CASES: readonly Case[] = [
  // generic, catalogue-driven rules
  { name: "missing name", spec: { ...baseJob, name: undefined }, path: "name", rule: "required" },
  {
    name: "name not DNS-1123",
    spec: withFields(baseJob, { name: "My_Job" }),
    path: "name",
    rule: "format.dns1123-label",
  },
  {
    name: "name too long",
    spec: withFields(baseJob, { name: "a".repeat(64) }),
    path: "name",
    rule: "max-length",
  },
  {
    name: "unknown field with suggestion",
    spec: withFields(baseStatefulSet, { replica: 2 }),
    path: "replica",
    rule: "unknown-field",
  },
  {
    name: "manifest shape",
    spec: withFields(baseJob, { metadata: { name: "x" } }),
    path: "metadata",
    rule: "unknown-field",
  },
  {
    name: "integer type",
    spec: withFields(baseJob, { completions: "5" }),
    path: "completions",
    rule: "type",
  },
  {
    name: "non-integer number",
    spec: withFields(baseJob, { parallelism: 1.5 }),
    path: "parallelism",
    rule: "type",
  },
  {
    name: "negative completions",
    spec: withFields(baseJob, { completions: -1 }),
    path: "completions",
    rule: "minimum",
  },
  {
    name: "negative backoffLimit",
    spec: withFields(baseJob, { backoffLimit: -1 }),
    path: "backoffLimit",
    rule: "minimum",
  },
  {
    name: "negative ttl",
    spec: withFields(baseJob, { ttlSecondsAfterFinished: -5 }),
    path: "ttlSecondsAfterFinished",
    rule: "minimum",
  },
  {
    name: "completionMode enum",
    spec: withFields(baseJob, { completionMode: "indexed" }),
    path: "completionMode",
    rule: "enum",
  },
  {
    name: "concurrencyPolicy enum",
    spec: withFields(baseCronJob, { concurrencyPolicy: "Never" }),
    path: "concurrencyPolicy",
    rule: "enum",
  },
  {
    name: "history limit negative",
    spec: withFields(baseCronJob, { successfulJobsHistoryLimit: -1 }),
    path: "successfulJobsHistoryLimit",
    rule: "minimum",
  },
  {
    name: "starting deadline negative",
    spec: withFields(baseCronJob, { startingDeadlineSeconds: -1 }),
    path: "startingDeadlineSeconds",
    rule: "minimum",
  },
  {
    name: "replicas negative",
    spec: withFields(baseStatefulSet, { replicas: -1 }),
    path: "replicas",
    rule: "minimum",
  },
  {
    name: "podManagementPolicy enum",
    spec: withFields(baseStatefulSet, { podManagementPolicy: "Ordered" }),
    path: "podManagementPolicy",
    rule: "enum",
  },
  {
    name: "partition negative",
    spec: withFields(baseStatefulSet, { updateStrategy: { rollingUpdate: { partition: -1 } } }),
    path: "updateStrategy.rollingUpdate.partition",
    rule: "minimum",
  },
  {
    name: "minReadySeconds negative",
    spec: withFields(baseDaemonSet, { minReadySeconds: -1 }),
    path: "minReadySeconds",
    rule: "minimum",
  },
  {
    name: "label key",
    spec: withFields(baseJob, { labels: { "bad key!": "x" } }),
    path: "labels.bad key!",
    rule: "format.label-key",
  },
  {
    name: "label value",
    spec: withFields(baseJob, { labels: { app: "has space" } }),
    path: "labels.app",
    rule: "format.label-value",
  },
  {
    name: "image with space",
    spec: withContainer(baseJob, { image: "busy box" }),
    path: "containers[0].image",
    rule: "format.image",
  },
  {
    name: "missing image",
    spec: withContainer(baseJob, { image: undefined }),
    path: "containers[0].image",
    rule: "required",
  },
  {
    name: "unknown container field",
    spec: withContainer(baseJob, { imagePullPolicy: "Sometimes" }),
    path: "containers[0].imagePullPolicy",
    rule: "enum",
  },
  // version gates
  {
    name: "retention needs 1.27",
    spec: withFields(baseStatefulSet, { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Retain" } }),
    path: "persistentVolumeClaimRetentionPolicy",
    rule: "since",
    version: "1.26",
  },
  {
    name: "podFailurePolicy needs 1.26 (beta, on by default)",
    spec: withFields(baseJob, {
      podFailurePolicy: { rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget" }] }] },
    }),
    path: "podFailurePolicy",
    rule: "since",
    version: "1.25",
  },
  {
    name: "backoffLimitPerIndex needs 1.29 (beta, on by default)",
    spec: withFields(baseJob, { completionMode: "Indexed", completions: 3, backoffLimitPerIndex: 1 }),
    path: "backoffLimitPerIndex",
    rule: "since",
    version: "1.28",
  },
  {
    name: "ordinals needs 1.27 (beta, on by default)",
    spec: withFields(baseStatefulSet, { ordinals: { start: 1 } }),
    path: "ordinals",
    rule: "since",
    version: "1.26",
  },
  // pod rules
  {
    name: "Job restartPolicy Always",
    spec: withFields(baseJob, { restartPolicy: "Always" }),
    path: "restartPolicy",
    rule: "pod.restart-policy",
  },
  {
    name: "CronJob restartPolicy Always",
    spec: withFields(baseCronJob, { restartPolicy: "Always" }),
    path: "restartPolicy",
    rule: "pod.restart-policy",
  },
  {
    name: "DaemonSet restartPolicy Never",
    spec: withFields(baseDaemonSet, { restartPolicy: "Never" }),
    path: "restartPolicy",
    rule: "pod.restart-policy",
  },
  {
    name: "StatefulSet restartPolicy OnFailure",
    spec: withFields(baseStatefulSet, { restartPolicy: "OnFailure" }),
    path: "restartPolicy",
    rule: "pod.restart-policy",
  },
  {
    name: "no containers",
    spec: withFields(baseJob, { containers: [] }),
    path: "containers",
    rule: "pod.no-containers",
  },
  {
    name: "duplicate container",
    spec: withFields(baseJob, { containers: [baseJob.containers[0], baseJob.containers[0]] }),
    path: "containers[1].name",
    rule: "pod.duplicate-container-name",
  },
  {
    name: "init container clashes",
    spec: withFields(baseJob, { initContainers: [baseJob.containers[0]] }),
    path: "initContainers[0].name",
    rule: "pod.duplicate-container-name",
  },
  {
    name: "duplicate port name",
    spec: withContainer(baseDaemonSet, {
      ports: [
        { name: "http", containerPort: 80 },
        { name: "http", containerPort: 81 },
      ],
    }),
    path: "containers[0].ports[1].name",
    rule: "pod.duplicate-port-name",
  },
  {
    name: "port out of range",
    spec: withContainer(baseDaemonSet, { ports: [{ containerPort: 70000 }] }),
    path: "containers[0].ports[0].containerPort",
    rule: "maximum",
  },
  {
    name: "port name format",
    spec: withContainer(baseDaemonSet, { ports: [{ name: "HTTP_port", containerPort: 80 }] }),
    path: "containers[0].ports[0].name",
    rule: "format.port-name",
  },
  {
    name: "mount names no volume",
    spec: withContainer(baseJob, { volumeMounts: [{ name: "cache", mountPath: "/cache" }] }),
    path: "containers[0].volumeMounts[0].name",
    rule: "pod.mount-unknown-volume",
  },
  {
    name: "duplicate mount path",
    spec: {
      ...(withContainer(baseJob, {
        volumeMounts: [
          { name: "a", mountPath: "/x" },
          { name: "b", mountPath: "/x" },
        ],
      }) as object),
      volumes: [
        { name: "a", emptyDir: {} },
        { name: "b", emptyDir: {} },
      ],
    },
    path: "containers[0].volumeMounts[1].mountPath",
    rule: "pod.duplicate-mount-path",
  },
  {
    name: "duplicate volume",
    spec: withFields(baseJob, {
      volumes: [
        { name: "a", emptyDir: {} },
        { name: "a", emptyDir: {} },
      ],
    }),
    path: "volumes[1].name",
    rule: "pod.duplicate-volume",
  },
  {
    name: "volume clashes with template",
    spec: withFields(baseStatefulSet, { volumes: [{ name: "data", emptyDir: {} }] }),
    path: "volumes[0].name",
    rule: "pod.duplicate-volume",
  },
  {
    name: "request above limit",
    spec: withContainer(baseJob, { resources: { requests: { memory: "1Gi" }, limits: { memory: "512Mi" } } }),
    path: "containers[0].resources.requests.memory",
    rule: "pod.request-above-limit",
  },
  {
    name: "cpu request above limit",
    spec: withContainer(baseJob, { resources: { requests: { cpu: "0.2" }, limits: { cpu: "100m" } } }),
    path: "containers[0].resources.requests.cpu",
    rule: "pod.request-above-limit",
  },
  {
    name: "bad quantity",
    spec: withContainer(baseJob, { resources: { limits: { memory: "1gb" } } }),
    path: "containers[0].resources.limits.memory",
    rule: "format.quantity",
  },
  {
    name: "negative quantity",
    spec: withContainer(baseJob, { resources: { limits: { cpu: "-1" } } }),
    path: "containers[0].resources.limits.cpu",
    rule: "format.quantity-negative",
  },
  {
    name: "env value and valueFrom",
    spec: withContainer(baseJob, {
      env: [{ name: "A", value: "1", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }],
    }),
    path: "containers[0].env[0]",
    rule: "pod.env-value-and-value-from",
  },
  {
    name: "probe on a plain init container",
    spec: withFields(baseJob, {
      initContainers: [
        { name: "prep", image: "busybox:1.37", readinessProbe: { exec: { command: ["true"] } } },
      ],
    }),
    path: "initContainers[0].readinessProbe",
    rule: "pod.init-container-probe",
  },
  {
    name: "restartPolicy on a main container",
    spec: withContainer(baseJob, { restartPolicy: "Always" }),
    path: "containers[0].restartPolicy",
    rule: "pod.container-restart-policy",
  },
  {
    name: "sidecars need 1.29",
    spec: withFields(baseJob, {
      initContainers: [{ name: "proxy", image: "busybox:1.37", restartPolicy: "Always" }],
    }),
    path: "initContainers[0].restartPolicy",
    rule: "since",
    version: "1.28",
  },
  // Job rules
  {
    name: "Indexed needs completions",
    spec: withFields(baseJob, { completionMode: "Indexed" }),
    path: "completions",
    rule: "job.indexed-completions",
  },
  {
    name: "Indexed parallelism limit",
    spec: withFields(baseJob, { completionMode: "Indexed", completions: 10, parallelism: 100001 }),
    path: "parallelism",
    rule: "job.indexed-parallelism",
  },
  {
    name: "backoffLimitPerIndex only Indexed",
    spec: withFields(baseJob, { backoffLimitPerIndex: 1 }),
    path: "backoffLimitPerIndex",
    rule: "job.indexed-only",
  },
  {
    name: "maxFailedIndexes needs backoffLimitPerIndex",
    spec: withFields(baseJob, { completionMode: "Indexed", completions: 3, maxFailedIndexes: 1 }),
    path: "maxFailedIndexes",
    rule: "job.max-failed-indexes",
  },
  {
    name: "maxFailedIndexes above completions",
    spec: withFields(baseJob, {
      completionMode: "Indexed",
      completions: 3,
      backoffLimitPerIndex: 1,
      maxFailedIndexes: 4,
    }),
    path: "maxFailedIndexes",
    rule: "job.max-failed-indexes",
  },
  {
    name: "podFailurePolicy needs Never",
    spec: withFields(baseJob, {
      restartPolicy: "OnFailure",
      podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [42] } }] },
    }),
    path: "podFailurePolicy",
    rule: "job.pod-failure-policy-restart",
  },
  {
    name: "podFailurePolicy action",
    spec: withFields(baseJob, {
      podFailurePolicy: { rules: [{ action: "Explode", onExitCodes: { operator: "In", values: [1] } }] },
    }),
    path: "podFailurePolicy.rules[0].action",
    rule: "enum",
  },
  {
    name: "podFailurePolicy both matchers",
    spec: withFields(baseJob, {
      podFailurePolicy: {
        rules: [
          {
            action: "Ignore",
            onExitCodes: { operator: "In", values: [1] },
            onPodConditions: [{ type: "DisruptionTarget" }],
          },
        ],
      },
    }),
    path: "podFailurePolicy.rules[0]",
    rule: "job.pod-failure-rule-requirement",
  },
  {
    name: "podFailurePolicy In 0",
    spec: withFields(baseJob, {
      podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "In", values: [0] } }] },
    }),
    path: "podFailurePolicy.rules[0].onExitCodes.values[0]",
    rule: "job.exit-code-zero",
  },
  {
    name: "podFailurePolicy duplicate codes",
    spec: withFields(baseJob, {
      podFailurePolicy: {
        rules: [{ action: "FailJob", onExitCodes: { operator: "NotIn", values: [1, 1] } }],
      },
    }),
    path: "podFailurePolicy.rules[0].onExitCodes.values[1]",
    rule: "job.exit-code-duplicate",
  },
  {
    name: "podFailurePolicy operator",
    spec: withFields(baseJob, {
      podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes: { operator: "Equals", values: [1] } }] },
    }),
    path: "podFailurePolicy.rules[0].onExitCodes.operator",
    rule: "enum",
  },
  {
    name: "podFailurePolicy FailIndex",
    spec: withFields(baseJob, {
      podFailurePolicy: { rules: [{ action: "FailIndex", onExitCodes: { operator: "In", values: [1] } }] },
    }),
    path: "podFailurePolicy.rules[0].action",
    rule: "job.fail-index",
  },
  {
    name: "podFailurePolicy container",
    spec: withFields(baseJob, {
      podFailurePolicy: {
        rules: [{ action: "FailJob", onExitCodes: { containerName: "nope", operator: "In", values: [1] } }],
      },
    }),
    path: "podFailurePolicy.rules[0].onExitCodes.containerName",
    rule: "job.exit-code-container",
  },
  {
    name: "podFailurePolicy too many rules",
    spec: withFields(baseJob, {
      podFailurePolicy: {
        rules: Array.from({ length: 21 }, (_, i) => ({
          action: "Ignore",
          onExitCodes: { operator: "In", values: [i + 1] },
        })),
      },
    }),
    path: "podFailurePolicy.rules",
    rule: "max-items",
  },
  {
    name: "jobTemplate rules apply in CronJob",
    spec: withFields(baseCronJob, { jobTemplate: { backoffLimitPerIndex: 1 } }),
    path: "jobTemplate.backoffLimitPerIndex",
    rule: "job.indexed-only",
  },
  {
    name: "jobTemplate selector not allowed",
    spec: withFields(baseCronJob, { jobTemplate: { selector: { a: "b" } } }),
    path: "jobTemplate.selector",
    rule: "unknown-field",
  },
  // CronJob rules
  {
    name: "CronJob name 53",
    spec: withFields(baseCronJob, { name: longName }),
    path: "name",
    rule: "cronjob.name-length",
  },
  {
    name: "cron with TZ",
    spec: withFields(baseCronJob, { schedule: "TZ=UTC 0 3 * * *" }),
    path: "schedule",
    rule: "cron.tz-in-schedule",
  },
  {
    name: "cron range",
    spec: withFields(baseCronJob, { schedule: "0 25 * * *" }),
    path: "schedule",
    rule: "cron.range",
  },
  {
    name: "cron six fields",
    spec: withFields(baseCronJob, { schedule: "0 0 3 * * *" }),
    path: "schedule",
    rule: "cron.fields",
  },
  {
    name: "time zone Local",
    spec: withFields(baseCronJob, { timeZone: "Local" }),
    path: "timeZone",
    rule: "timezone.local",
  },
  {
    name: "time zone unknown",
    spec: withFields(baseCronJob, { timeZone: "Mars/Olympus" }),
    path: "timeZone",
    rule: "timezone.unknown",
  },
  // DaemonSet rules
  {
    name: "selector mismatch",
    spec: withFields(baseDaemonSet, { selector: { app: "agent" } }),
    path: "selector.app",
    rule: "selector.labels-mismatch",
  },
  {
    name: "both zero",
    spec: withFields(baseDaemonSet, { updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } }),
    path: "updateStrategy.rollingUpdate.maxUnavailable",
    rule: "rollout.both-zero",
  },
  {
    name: "both non-zero",
    spec: withFields(baseDaemonSet, {
      updateStrategy: { rollingUpdate: { maxUnavailable: 1, maxSurge: "10%" } },
    }),
    path: "updateStrategy.rollingUpdate.maxSurge",
    rule: "rollout.both-non-zero",
  },
  {
    name: "percent over 100",
    spec: withFields(baseDaemonSet, { updateStrategy: { rollingUpdate: { maxUnavailable: "150%" } } }),
    path: "updateStrategy.rollingUpdate.maxUnavailable",
    rule: "rollout.percent-range",
  },
  {
    name: "bad int-or-percent",
    spec: withFields(baseDaemonSet, { updateStrategy: { rollingUpdate: { maxUnavailable: "ten" } } }),
    path: "updateStrategy.rollingUpdate.maxUnavailable",
    rule: "format.int-or-percent",
  },
  {
    name: "rollingUpdate with OnDelete",
    spec: withFields(baseDaemonSet, {
      updateStrategy: { type: "OnDelete", rollingUpdate: { maxUnavailable: 1 } },
    }),
    path: "updateStrategy.rollingUpdate",
    rule: "rollout.rolling-update-with-on-delete",
  },
  // StatefulSet rules
  {
    name: "retention Delete unacknowledged",
    spec: withFields(baseStatefulSet, { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete" } }),
    path: "persistentVolumeClaimRetentionPolicy.whenDeleted",
    rule: "statefulset.retention-unacknowledged",
  },
  {
    name: "retention scaled Delete unacknowledged",
    spec: withFields(baseStatefulSet, { persistentVolumeClaimRetentionPolicy: { whenScaled: "Delete" } }),
    path: "persistentVolumeClaimRetentionPolicy.whenScaled",
    rule: "statefulset.retention-unacknowledged",
  },
  {
    name: "retention enum",
    spec: withFields(baseStatefulSet, { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Keep" } }),
    path: "persistentVolumeClaimRetentionPolicy.whenDeleted",
    rule: "enum",
  },
  {
    name: "template storage missing",
    spec: withFields(baseStatefulSet, {
      volumeClaimTemplates: [{ name: "data", resources: { requests: {} } }],
    }),
    path: "volumeClaimTemplates[0].resources.requests.storage",
    rule: "required",
  },
  {
    name: "template storage bad",
    spec: withFields(baseStatefulSet, {
      volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "lots" } } }],
    }),
    path: "volumeClaimTemplates[0].resources.requests.storage",
    rule: "format.quantity",
  },
  {
    name: "template duplicate",
    spec: withFields(baseStatefulSet, {
      volumeClaimTemplates: [
        baseStatefulSet.volumeClaimTemplates![0],
        baseStatefulSet.volumeClaimTemplates![0],
      ],
    }),
    path: "volumeClaimTemplates[1].name",
    rule: "statefulset.duplicate-template",
  },
  {
    name: "template access mode",
    spec: withFields(baseStatefulSet, {
      volumeClaimTemplates: [
        { name: "data", accessModes: ["ReadWriteSometimes"], resources: { requests: { storage: "1Gi" } } },
      ],
    }),
    path: "volumeClaimTemplates[0].accessModes[0]",
    rule: "enum",
  },
  {
    name: "serviceName format",
    spec: withFields(baseStatefulSet, { serviceName: "DB" }),
    path: "serviceName",
    rule: "format.dns1123-label",
  },
  {
    name: "name too long for the revision label",
    spec: withFields(baseStatefulSet, { name: "a".repeat(53) }),
    path: "name",
    rule: "statefulset.name-length",
  },
  {
    name: "service ports need names",
    spec: withContainer(baseStatefulSet, { ports: [{ containerPort: 80 }, { containerPort: 81 }] }),
    path: "containers[0].ports[0].name",
    rule: "statefulset.service-port-name",
  },
];

describe("every rule names its path and explains itself in English and Korean", () => {
  it.each(CASES)("$name", ({ spec, path, rule, version }) => {
    const result = validate(spec, version ? { kubernetesVersion: version } : {});
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.path === path && i.rule === rule);
    expect(issue, JSON.stringify(result.issues.map((i) => [i.path, i.rule]))).toBeDefined();
    expect(issue!.message.en.length).toBeGreaterThan(5);
    expect(issue!.fix.en.length).toBeGreaterThan(3);
    expect(issue!.message.ko).toMatch(HANGUL);
    expect(issue!.fix.ko).toMatch(HANGUL);
    expect(issue!.message.ko).not.toBe(issue!.message.en);
  });

  it("accepts the base spec of every kind; only lint warns about them, and lint: false silences it", () => {
    for (const spec of Object.values(BASE)) {
      expect(validate(spec, { lint: false }).issues).toEqual([]);
      const result = validate(spec);
      expect(result.ok).toBe(true);
      for (const issue of result.issues)
        expect(issue).toMatchObject({ severity: "warning", rule: expect.stringMatching(/^lint\./) });
    }
    // The small base specs are deliberately bare: no requests, no ttl, no readiness probe.
    expect(validate(baseJob).issues.map((i) => i.rule)).toEqual([
      "lint.job-without-ttl",
      "lint.no-resource-requests",
    ]);
  });

  it("allows a field from its first on-by-default release and warns while it is beta there", () => {
    const spec = withFields(baseJob, { completionMode: "Indexed", completions: 3, backoffLimitPerIndex: 1 });
    expect(validate(spec, { kubernetesVersion: "1.33", lint: false })).toMatchObject({
      ok: true,
      issues: [],
    });
    const beta = validate(spec, { kubernetesVersion: "1.29", lint: false });
    expect(beta.ok).toBe(true);
    expect(beta.issues).toEqual([
      expect.objectContaining({ path: "backoffLimitPerIndex", rule: "beta", severity: "warning" }),
    ]);
    expect(beta.issues[0]!.message.en).toBe(
      "is beta in Kubernetes 1.29 (on by default since 1.29; GA from 1.33)",
    );
    expect(beta.issues[0]!.message.ko).toBe(
      "쿠버네티스 1.29에서는 베타 기능이다(1.29부터 기본으로 켜져 있음, 1.33부터 GA다)",
    );
    expect(validate(spec, { kubernetesVersion: "1.28" }).ok).toBe(false);
    // A CronJob's timeZone was beta from 1.25, the oldest target, and GA in 1.27.
    const zoned = withFields(baseCronJob, { timeZone: "Asia/Seoul" });
    expect(
      validate(zoned, { kubernetesVersion: "1.26", lint: false }).issues.map((i) => [i.rule, i.severity]),
    ).toEqual([["beta", "warning"]]);
    expect(validate(zoned, { kubernetesVersion: "1.27", lint: false }).issues).toEqual([]);
  });

  it("reads patch versions: a bare minor stands for its newest patch", () => {
    expect(validate(baseJob, { kubernetesVersion: "1.35.2" }).ok).toBe(true);
    const spec = withFields(baseJob, { completionMode: "Indexed", completions: 3, backoffLimitPerIndex: 1 });
    expect(validate(spec, { kubernetesVersion: "1.29.0" }).ok).toBe(true);
    expect(validate(spec, { kubernetesVersion: "1.28.15" }).ok).toBe(false);
  });

  it("accepts a sidecar (init container with restartPolicy Always) that has probes", () => {
    const sidecar = {
      name: "proxy",
      image: "busybox:1.37",
      restartPolicy: "Always",
      readinessProbe: { exec: { command: ["true"] } },
    };
    expect(
      validate(withFields(baseDaemonSet, { initContainers: [sidecar] }), { lint: false }).issues,
    ).toEqual([]);
  });

  it("accepts Delete retention once acknowledged", () => {
    const spec = withFields(baseStatefulSet, {
      persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Delete" },
      acknowledgePvcDeletion: true,
    });
    expect(validate(spec, { lint: false }).issues).toEqual([]);
  });

  it("says which claims a Delete policy would remove", () => {
    const result = validate(
      withFields(baseStatefulSet, { persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete" } }),
    );
    expect(result.issues[0]!.message.en).toContain("data-db-<ordinal>");
    expect(result.issues[0]!.message.en).toContain("deleted");
  });
});

describe("reporting", () => {
  it("reports every problem at once, not just the first", () => {
    const spec = {
      kind: "CronJob",
      name: "Bad_Name",
      schedule: "0 25 * * 7",
      timeZone: "Local",
      restartPolicy: "Always",
      containers: [
        { name: "x", image: "busybox", resources: { requests: { cpu: "2" }, limits: { cpu: "1" } } },
      ],
    };
    const result = validate(spec);
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "name",
        "schedule",
        "timeZone",
        "restartPolicy",
        "containers[0].resources.requests.cpu",
      ]),
    );
  });

  it("suggests the field a typo meant", () => {
    const result = validate(withFields(baseStatefulSet, { replica: 2 }));
    expect(result.issues[0]!.fix.en).toContain('"replicas"');
  });

  it("rejects an unknown kind with a suggestion, and a non-object", () => {
    const result = validate({ kind: "Cronjob", name: "x" });
    expect(result.issues[0]).toMatchObject({ path: "kind", rule: "enum" });
    expect(result.issues[0]!.fix.en).toContain("CronJob");
    expect(validate("job").issues[0]).toMatchObject({ path: "", rule: "type" });
    expect(validate(null).ok).toBe(false);
  });

  it("builders throw one typed error carrying every issue", () => {
    let caught: unknown;
    try {
      statefulSet({ ...baseStatefulSet, name: "Bad", replicas: -1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PodworksValidationError);
    const error = caught as PodworksValidationError;
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["name", "replicas"]));
    expect(error.message).toContain('StatefulSet "Bad"');
    expect(error.format("ko")).toMatch(HANGUL);
    expect(error.format("ko")).toContain("replicas");
  });

  it("builders return the spec with its kind when it is valid", () => {
    expect(job({ name: "ok", containers: baseJob.containers }).kind).toBe("Job");
    expect(cronJob({ name: "ok", schedule: "@daily", containers: baseJob.containers }).kind).toBe("CronJob");
  });
});

describe("options", () => {
  it("rejects a target version that is not a supported 1.x, together with the spec's own problems", () => {
    for (const version of ["2.0", "1.20", "latest"]) {
      const result = validate(baseJob, { kubernetesVersion: version as "1.20" });
      expect(result.issues[0]).toMatchObject({ rule: "options.kubernetes-version", value: version });
    }
    const both = validate(withFields(baseJob, { completions: -1 }), { kubernetesVersion: "latest" as "1.1" });
    expect(both.issues.map((i) => i.rule)).toEqual(["options.kubernetes-version", "minimum"]);
    expect(validate(baseJob, { kubernetesVersion: "v1.31.2" as "1.31" }).ok).toBe(true);
  });
});
