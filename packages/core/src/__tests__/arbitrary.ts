/** Generated valid specs of every kind, shared by the property tests (render, import, the editor schema). */
import fc from "fast-check";
import type { WorkloadSpec } from "../kinds.js";

const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,20}[a-z0-9])?$/);
const portName = fc.stringMatching(/^[a-z]{1,8}$/);
const cpu = fc.oneof(
  fc.integer({ min: 1, max: 4000 }).map((m) => `${m}m`),
  fc.constantFrom("0.5", "1", "2"),
);
const memory = fc.integer({ min: 1, max: 4096 }).map((m) => `${m}Mi`);
const schedule = fc.constantFrom(
  "*/5 * * * *",
  "0 3 * * *",
  "@daily",
  "@hourly",
  "30 2 1 * *",
  "0 9 * * MON-FRI",
  "15 */2 * JAN,JUL *",
);
const timeZone = fc.constantFrom(undefined, "UTC", "Asia/Seoul", "America/New_York", "Europe/Berlin");

const container = fc.record({
  name: label,
  image: fc.constantFrom(
    "busybox:1.37",
    "nginx:1.27",
    `registry.example.com/team/app@sha256:${"a".repeat(64)}`,
  ),
  command: fc.constantFrom(undefined, ["tail", "-f", "/dev/null"], ["sh", "-c", "echo hi"]),
  limits: fc.record({ cpu, memory }),
  ports: fc.uniqueArray(fc.record({ name: portName, containerPort: fc.integer({ min: 1, max: 65535 }) }), {
    maxLength: 3,
    selector: (p) => p.name,
  }),
});

const pod = fc.record({
  name: label.filter((n) => n.length <= 40),
  labels: fc.dictionary(label, label, { maxKeys: 3 }),
  containers: fc.uniqueArray(container, { minLength: 1, maxLength: 2, selector: (c) => c.name }),
});

type Pod = typeof pod extends fc.Arbitrary<infer T> ? T : never;

function containersOf(p: Pod, allowPorts: boolean) {
  const seen = new Set<string>();
  return p.containers.map((c) => {
    // Port names are unique in the pod, and a container lists each containerPort once (per protocol: all TCP
    // here), as server-side apply requires.
    const numbers = new Set<number>();
    return {
      name: c.name,
      image: c.image,
      ...(c.command ? { command: c.command } : {}),
      resources: { requests: { cpu: c.limits.cpu, memory: c.limits.memory }, limits: c.limits },
      ports: allowPorts
        ? c.ports.filter((port) => {
            if (seen.has(port.name) || numbers.has(port.containerPort)) return false;
            seen.add(port.name);
            numbers.add(port.containerPort);
            return true;
          })
        : [],
    };
  });
}

const jobFields = fc.record(
  {
    completions: fc.integer({ min: 1, max: 20 }),
    parallelism: fc.integer({ min: 0, max: 20 }),
    backoffLimit: fc.integer({ min: 0, max: 10 }),
    ttlSecondsAfterFinished: fc.integer({ min: 0, max: 86400 }),
    activeDeadlineSeconds: fc.integer({ min: 1, max: 86400 }),
  },
  { requiredKeys: [] },
);

export const validSpec: fc.Arbitrary<WorkloadSpec> = fc.oneof(
  fc.tuple(pod, jobFields, fc.boolean()).map(([p, j, indexed]) => ({
    kind: "Job" as const,
    name: p.name,
    labels: p.labels,
    ...j,
    ...(indexed ? { completionMode: "Indexed" as const, completions: j.completions ?? 3 } : {}),
    containers: containersOf(p, true),
  })),
  fc
    .tuple(
      pod,
      jobFields,
      schedule,
      timeZone,
      fc.constantFrom("Allow", "Forbid", "Replace") as fc.Arbitrary<"Allow">,
    )
    .map(([p, j, s, tz, policy]) => ({
      kind: "CronJob" as const,
      name: p.name,
      labels: p.labels,
      schedule: s,
      ...(tz ? { timeZone: tz } : {}),
      concurrencyPolicy: policy,
      jobTemplate: j,
      containers: containersOf(p, true),
    })),
  fc.tuple(pod, fc.boolean()).map(([p, cp]) => ({
    kind: "DaemonSet" as const,
    name: p.name,
    labels: p.labels,
    tolerateControlPlane: cp,
    containers: containersOf(p, true),
  })),
  fc
    .tuple(
      pod,
      fc.integer({ min: 0, max: 5 }),
      fc.constantFrom("OrderedReady", "Parallel") as fc.Arbitrary<"Parallel">,
      fc.uniqueArray(label, { minLength: 0, maxLength: 2 }),
    )
    .map(([p, replicas, policy, templates]) => {
      const containers = containersOf(p, true);
      return {
        kind: "StatefulSet" as const,
        name: p.name,
        labels: p.labels,
        replicas,
        podManagementPolicy: policy,
        containers: containers.map((c, i) =>
          i === 0 ? { ...c, volumeMounts: templates.map((t) => ({ name: t, mountPath: `/mnt/${t}` })) } : c,
        ),
        volumeClaimTemplates: templates.map((t) => ({
          name: t,
          resources: { requests: { storage: "1Gi" } },
        })),
      };
    }),
);
