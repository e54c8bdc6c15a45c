import { readFileSync } from "node:fs";
import fc from "fast-check";
import { load, loadAll } from "js-yaml";
import { describe, expect, it } from "vitest";
import { validSpec } from "../__tests__/arbitrary.js";
import { HANGUL } from "../__tests__/specs.js";
import type { KubernetesObject } from "../manifest.js";
import { toManifests } from "../render.js";
import { validate } from "../validate.js";
import { fromManifests, type ImportNote, withoutDefaults } from "./index.js";

const fixture = (name: string) =>
  loadAll(readFileSync(new URL(`../__fixtures__/import/${name}.yaml`, import.meta.url), "utf8"));
const example = (name: string) =>
  load(readFileSync(new URL(`../../../../examples/specs/${name}.yaml`, import.meta.url), "utf8"));

// biome-ignore lint/suspicious/noExplicitAny: fixture documents are loose YAML that the tests reshape
type Loose = Record<string, any>;

const notesOf = (notes: readonly ImportNote[]) => notes.map((n) => `${n.object} ${n.path}`);

describe("import", () => {
  it.each(["job", "cron-job", "daemon-set", "stateful-set"])(
    "gives back the example spec %s.yaml from its manifests",
    (name) => {
      const spec = example(name);
      const { specs, notes } = fromManifests(toManifests(spec as never));
      expect(notes).toEqual([]);
      expect(specs).toEqual([spec]);
    },
  );

  it("gives back generated specs: the same manifests, and nothing to note", () => {
    fc.assert(
      fc.property(validSpec, (spec) => {
        const manifests = toManifests(spec);
        const { specs, notes } = fromManifests(manifests);
        expect(notes).toEqual([]);
        expect(specs).toHaveLength(1);
        expect(toManifests(specs[0]!).map(withoutDefaults)).toEqual(manifests.map(withoutDefaults));
        // Fields equal to the defaults are the only ones that may go: the import adds no field of its own.
        for (const key of Object.keys(specs[0]!)) expect(Object.keys(spec)).toContain(key);
        // And importing what the import renders changes nothing any more.
        expect(fromManifests(toManifests(specs[0]!)).specs).toEqual(specs);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["postgres", 2],
    ["log-agent", 1],
    ["backup", 1],
    ["indexed-job", 1],
  ])("renders the chart-shaped %s manifests back as they were, up to the defaults", (name, count) => {
    const manifests = fixture(name);
    const { specs, notes } = fromManifests(manifests);
    // The log agent reads the node's logs through hostPath, which Pod Security restricted forbids: the spec opts
    // out with podSecurity: "privileged", and the one note says so.
    expect(notesOf(notes)).toEqual(
      name === "log-agent" ? ['DaemonSet "logging/fluent-bit" spec.template.spec'] : [],
    );
    expect(specs).toHaveLength(1);
    if (name === "log-agent") expect(specs[0]).toMatchObject({ podSecurity: "privileged" });
    expect(validate(specs[0]).ok).toBe(true);
    const rendered = toManifests(specs[0]!);
    expect(rendered).toHaveLength(count);
    const byKind = (objects: readonly unknown[]) =>
      Object.fromEntries(objects.map((o) => [(o as KubernetesObject).kind, withoutDefaults(o)]));
    expect(byKind(rendered)).toEqual(byKind(manifests));
  });

  it("folds the database's headless Service into its spec and keeps what is not a default", () => {
    const [spec] = fromManifests(fixture("postgres")).specs as unknown as Record<string, unknown>[];
    expect(spec).toMatchObject({
      kind: "StatefulSet",
      name: "pg-postgresql",
      namespace: "data",
      serviceName: "pg-postgresql-hl",
      selector: { "app.kubernetes.io/instance": "pg" },
      podAnnotations: { "checksum/config": "5f1e1c2a9d" },
      securityContext: { fsGroup: 1001, runAsUser: 1001 },
      volumeClaimTemplates: [
        { name: "data", storageClassName: "fast-ssd", resources: { requests: { storage: "20Gi" } } },
        { name: "wal", resources: { requests: { storage: "5Gi" } } },
      ],
    });
    for (const key of ["replicas", "updateStrategy", "headlessService", "podManagementPolicy"])
      expect(spec).not.toHaveProperty(key);
    expect((spec!.containers as Record<string, unknown>[])[0]).not.toHaveProperty("imagePullPolicy");
  });

  it("turns the log agent's control-plane tolerations into tolerateControlPlane and keeps it root-capable", () => {
    const [spec] = fromManifests(fixture("log-agent")).specs as unknown as Record<string, unknown>[];
    expect(spec).toMatchObject({
      kind: "DaemonSet",
      tolerateControlPlane: true,
      priorityClassName: "system-node-critical",
    });
    expect(spec).not.toHaveProperty("tolerations");
    // The chart sets no runAsNonRoot/runAsUser: the spec switches podworks' defaults off rather than changing the pod.
    expect(spec!.securityContext).toEqual({
      seccompProfile: { type: "RuntimeDefault" },
      runAsNonRoot: null,
      runAsUser: null,
      runAsGroup: null,
    });
  });

  it("reads kubectl get -o yaml: a List, server fields and the Job controller's labels", () => {
    const [job] = fixture("indexed-job") as Loose[];
    const fromServer = {
      apiVersion: "v1",
      kind: "List",
      items: [
        {
          ...job,
          metadata: {
            ...job!.metadata,
            uid: "0d3c",
            resourceVersion: "123",
            generation: 1,
            creationTimestamp: "2026-01-01T00:00:00Z",
            labels: {
              ...job!.metadata.labels,
              "batch.kubernetes.io/controller-uid": "0d3c",
              "controller-uid": "0d3c",
            },
            annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{}" },
          },
          spec: {
            ...job!.spec,
            suspend: false,
            podReplacementPolicy: "TerminatingOrFailed",
            manualSelector: false,
            selector: { matchLabels: { "batch.kubernetes.io/controller-uid": "0d3c" } },
            template: {
              metadata: {
                labels: {
                  ...job!.spec.template.metadata.labels,
                  "batch.kubernetes.io/job-name": "reindex",
                  "job-name": "reindex",
                },
              },
              spec: {
                ...job!.spec.template.spec,
                dnsPolicy: "ClusterFirst",
                schedulerName: "default-scheduler",
                terminationGracePeriodSeconds: 30,
                securityContext: {},
                containers: job!.spec.template.spec.containers.map((c: object) => ({
                  ...c,
                  imagePullPolicy: "IfNotPresent",
                  terminationMessagePath: "/dev/termination-log",
                  terminationMessagePolicy: "File",
                })),
              },
            },
          },
          status: { succeeded: 10 },
        },
      ],
    };
    const { specs, notes } = fromManifests([fromServer]);
    // The server's restricted-less pod keeps running as before: podworks' security defaults are switched off.
    expect(notesOf(notes)).toEqual([]);
    expect(specs).toEqual(fromManifests(fixture("indexed-job")).specs);
    expect(specs[0]).toMatchObject({
      completionMode: "Indexed",
      completions: 10,
      parallelism: 3,
      backoffLimitPerIndex: 2,
    });
  });

  it("lists what it cannot express, with the reason in English and Korean, and never drops it silently", () => {
    const [agent] = fixture("log-agent") as Loose[];
    const withHostNetwork = {
      ...agent,
      spec: {
        ...agent!.spec,
        template: { ...agent!.spec.template, spec: { ...agent!.spec.template.spec, hostNetwork: true } },
      },
    };
    const deployment = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: {} };
    const { specs, notes } = fromManifests([withHostNetwork, deployment, 42]);
    expect(specs).toHaveLength(1);
    expect(notesOf(notes)).toEqual([
      'DaemonSet "logging/fluent-bit" spec.template.spec',
      'Deployment "web" kind',
      "document ",
    ]);
    for (const note of notes) {
      expect(note.reason.en).not.toBe("");
      expect(note.reason.ko).toMatch(HANGUL);
    }
  });

  it("keeps a Service that differs from the generated one out, and says so", () => {
    const [service, sts] = fixture("postgres") as Loose[];
    const published = { ...service, spec: { ...service!.spec, publishNotReadyAddresses: true } };
    const { specs, notes } = fromManifests([published, sts]);
    expect(specs[0]).toMatchObject({ headlessService: false });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      object: 'Service "data/pg-postgresql-hl"',
      value: ["spec.publishNotReadyAddresses"],
    });
    const alone = fromManifests([sts]);
    expect(alone.specs[0]).toMatchObject({ headlessService: false });
    expect(notesOf(alone.notes)).toEqual(['StatefulSet "data/pg-postgresql" spec.serviceName']);
  });

  it("keeps completions 1 of an Indexed Job, which needs it, and drops it where it is the default", () => {
    const base = { name: "one", containers: [{ name: "c", image: "busybox:1.37" }] };
    const indexed = { kind: "Job", ...base, completionMode: "Indexed", completions: 1 } as const;
    expect(fromManifests(toManifests(indexed))).toEqual({ specs: [indexed], notes: [] });
    const plain = fromManifests(toManifests({ kind: "Job", ...base, completions: 1, parallelism: 1 }));
    expect(plain).toEqual({ specs: [{ kind: "Job", ...base }], notes: [] });
    // Parallelism 1 alone is a work queue: no completions, so it stays.
    const queue = { kind: "Job", ...base, parallelism: 1 } as const;
    expect(fromManifests(toManifests(queue)).specs).toEqual([queue]);
  });

  it("notes labels podworks would add to the pods, and objects a controller created", () => {
    const [backup] = fixture("backup") as Loose[];
    const chartLabels = {
      ...backup,
      metadata: {
        ...backup!.metadata,
        labels: { ...backup!.metadata.labels, "helm.sh/chart": "pg-backup-1.0.0" },
      },
    };
    const { notes } = fromManifests([chartLabels]);
    expect(notesOf(notes)).toEqual([
      'CronJob "data/pg-backup" spec.jobTemplate.metadata.labels.helm.sh/chart',
      'CronJob "data/pg-backup" spec.jobTemplate.spec.template.metadata.labels.helm.sh/chart',
    ]);
    expect(notes[0]!.reason.en).toContain("renders");
    const owned = {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: {
        name: "pg-backup-29000000",
        ownerReferences: [{ kind: "CronJob", name: "pg-backup", controller: true }],
      },
      spec: {},
    };
    expect(notesOf(fromManifests([owned]).notes)).toEqual([
      'Job "pg-backup-29000000" metadata.ownerReferences',
    ]);
  });
});
