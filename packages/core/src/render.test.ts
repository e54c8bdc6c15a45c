import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { baseCronJob, baseDaemonSet, baseJob, baseStatefulSet } from "./__tests__/specs.js";
import type { WorkloadSpec } from "./kinds.js";
import type { KubernetesObject } from "./manifest.js";
import { parseSpecs } from "./parse.js";
import { toJson, toManifests, toYaml } from "./render.js";

const examples = fileURLToPath(new URL("../../../examples/specs/", import.meta.url));

function exampleSpec(file: string): WorkloadSpec {
  const parsed = parseSpecs(readFileSync(`${examples}${file}`, "utf8"));
  expect(parsed.issues).toEqual([]);
  return parsed.specs[0] as WorkloadSpec;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read deep into plain manifest objects
type Any = any;

describe("golden YAML of the seed's four workloads", () => {
  it.each(["job.yaml", "cron-job.yaml", "daemon-set.yaml", "stateful-set.yaml"])("%s", async (file) => {
    const yaml = toYaml(exampleSpec(file));
    await expect(yaml).toMatchFileSnapshot(`./__fixtures__/golden/${file}`);
  });
});

describe("defaults are written out", () => {
  it("Job: completions and parallelism 1, backoffLimit 6, NonIndexed, restartPolicy Never", () => {
    const [job] = toManifests(baseJob) as Any[];
    expect(job.spec).toMatchObject({
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      completionMode: "NonIndexed",
      suspend: false,
    });
    expect(job.spec.template.spec.restartPolicy).toBe("Never");
  });

  it("Job: parallelism alone leaves completions unset (a work queue)", () => {
    const [job] = toManifests({ ...baseJob, parallelism: 3 }) as Any[];
    expect(job.spec.completions).toBeUndefined();
    expect(job.spec.parallelism).toBe(3);
  });

  it("Job: completions alone gets parallelism 1", () => {
    const [job] = toManifests({ ...baseJob, completions: 5 }) as Any[];
    expect(job.spec).toMatchObject({ completions: 5, parallelism: 1 });
  });

  it("Job: backoffLimit defaults to MaxInt32 with backoffLimitPerIndex", () => {
    const [job] = toManifests({
      ...baseJob,
      completionMode: "Indexed",
      completions: 4,
      backoffLimitPerIndex: 1,
    }) as Any[];
    expect(job.spec.backoffLimit).toBe(2147483647);
  });

  it("CronJob: Allow, history 3/1, suspend false, Job defaults inside the template", () => {
    const [cron] = toManifests(baseCronJob) as Any[];
    expect(cron.spec).toMatchObject({
      concurrencyPolicy: "Allow",
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
      suspend: false,
    });
    expect(cron.spec.jobTemplate.spec).toMatchObject({ completions: 1, parallelism: 1, backoffLimit: 6 });
    expect(cron.spec.jobTemplate.spec.template.spec.restartPolicy).toBe("Never");
  });

  it("StatefulSet: Retain/Retain, headless Service from the ports, selector on the pods", () => {
    const [service, sts] = toManifests(baseStatefulSet) as Any[];
    expect(sts.spec.persistentVolumeClaimRetentionPolicy).toEqual({
      whenDeleted: "Retain",
      whenScaled: "Retain",
    });
    expect(sts.spec).toMatchObject({ replicas: 3, serviceName: "db", podManagementPolicy: "OrderedReady" });
    expect(service).toMatchObject({ kind: "Service", metadata: { name: "db" }, spec: { clusterIP: "None" } });
    expect(service.spec.ports).toEqual([{ name: "sql", port: 5432, targetPort: "sql", protocol: "TCP" }]);
    expect(service.spec.selector).toEqual(sts.spec.selector.matchLabels);
    expect(sts.spec.template.metadata.labels).toMatchObject(sts.spec.selector.matchLabels);
    expect(sts.spec.volumeClaimTemplates[0]).toEqual({
      metadata: { name: "data" },
      spec: {
        accessModes: ["ReadWriteOnce"],
        volumeMode: "Filesystem",
        resources: { requests: { storage: "1Gi" } },
      },
    });
  });

  it("StatefulSet: headlessService false renders no Service; Delete is rendered once acknowledged", () => {
    const objects = toManifests({
      ...baseStatefulSet,
      headlessService: false,
      persistentVolumeClaimRetentionPolicy: { whenScaled: "Delete" },
      acknowledgePvcDeletion: true,
    }) as Any[];
    expect(objects.map((o) => o.kind)).toEqual(["StatefulSet"]);
    expect(objects[0].spec.persistentVolumeClaimRetentionPolicy).toEqual({
      whenDeleted: "Retain",
      whenScaled: "Delete",
    });
  });

  it("DaemonSet: RollingUpdate 1/0 and the control-plane tolerations when asked", () => {
    const [plain] = toManifests(baseDaemonSet) as Any[];
    expect(plain.spec.updateStrategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { maxUnavailable: 1, maxSurge: 0 },
    });
    expect(plain.spec.template.spec.tolerations).toBeUndefined();
    const [ds] = toManifests({ ...baseDaemonSet, tolerateControlPlane: true }) as Any[];
    expect(ds.spec.template.spec.restartPolicy).toBe("Always");
    expect(ds.spec.template.spec.tolerations).toEqual([
      { key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" },
      { key: "node-role.kubernetes.io/master", operator: "Exists", effect: "NoSchedule" },
    ]);
  });
});

describe("secure by default (Pod Security restricted)", () => {
  const [job] = toManifests(baseJob) as Any[];
  const pod = job.spec.template.spec;

  it("runs as non-root user 65534 with RuntimeDefault seccomp", () => {
    expect(pod.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 65534,
      runAsGroup: 65534,
      seccompProfile: { type: "RuntimeDefault" },
    });
  });

  it("drops all capabilities and forbids privilege escalation", () => {
    expect(pod.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
    });
  });

  it("lets each setting be opted out of in one line", () => {
    const [custom] = toManifests({
      ...baseJob,
      securityContext: { runAsUser: null, runAsGroup: null, seccompProfile: { type: "Unconfined" } },
      containers: [{ ...baseJob.containers[0]!, securityContext: { allowPrivilegeEscalation: true } }],
    }) as Any[];
    const spec = custom.spec.template.spec;
    expect(spec.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: "Unconfined" } });
    expect(spec.containers[0].securityContext).toEqual({
      allowPrivilegeEscalation: true,
      capabilities: { drop: ["ALL"] },
    });
  });
});

describe("output", () => {
  const all: WorkloadSpec[] = [baseJob, baseCronJob, baseDaemonSet, baseStatefulSet];

  it("is deterministic", () => {
    expect(toYaml(all)).toBe(toYaml(structuredClone(all)));
  });

  it("YAML and JSON carry the same objects", () => {
    const fromYaml: KubernetesObject[] = toYaml(all)
      .split(/^---\n/m)
      .map((doc) => load(doc) as KubernetesObject);
    expect(fromYaml).toEqual(JSON.parse(toJson(all)));
    expect(fromYaml.map((o) => o.kind)).toEqual(["Job", "CronJob", "DaemonSet", "Service", "StatefulSet"]);
  });

  it("renders nothing when any spec is invalid", () => {
    expect(() => toManifests([baseJob, { ...baseDaemonSet, restartPolicy: "Never" }])).toThrow(
      /restartPolicy/,
    );
  });
});

describe("pod and container fields pass through under their Kubernetes names", () => {
  it("renders scheduling, DNS and token fields into the pod template", () => {
    const spread = {
      maxSkew: 1,
      topologyKey: "topology.kubernetes.io/zone",
      whenUnsatisfiable: "DoNotSchedule" as const,
    };
    const [ds] = toManifests({
      ...baseDaemonSet,
      topologySpreadConstraints: [spread],
      dnsPolicy: "None",
      dnsConfig: { nameservers: ["10.0.0.10"] },
      automountServiceAccountToken: false,
      priorityClassName: "system-node-critical",
      containers: [{ ...baseDaemonSet.containers[0]!, terminationMessagePolicy: "FallbackToLogsOnError" }],
    }) as Any[];
    const pod = ds.spec.template.spec;
    expect(pod).toMatchObject({
      topologySpreadConstraints: [spread],
      dnsPolicy: "None",
      dnsConfig: { nameservers: ["10.0.0.10"] },
      automountServiceAccountToken: false,
      priorityClassName: "system-node-critical",
    });
    expect(pod.containers[0].terminationMessagePolicy).toBe("FallbackToLogsOnError");
  });
});
