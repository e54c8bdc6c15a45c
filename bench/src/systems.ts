/**
 * The measured systems. Each one loads its libraries (not timed), then `run` does the timed work for N
 * workloads, from nothing to the finished output, in the system's own idiom. `objects` turns that output
 * back into Kubernetes objects for the equivalence check (not timed).
 */
import type { KubernetesObject } from "@podworks/core";
import { buildCdk8s, loadCdk8s } from "./cdk8s.ts";
import type { Origin } from "./normalise.ts";
import {
  kubernetesObjects,
  loadPulumi,
  runComponents,
  runRaw,
  runRawParented,
  runRawSameResources,
} from "./pulumi.ts";
import { literalsOf, manifestsOf, specsOf, workloadAt } from "./workloads.ts";

export interface System<Context = unknown, Output = unknown> {
  readonly id: string;
  readonly title: string;
  readonly origin: Origin;
  /** What the output is: JSON or YAML text, objects, or a Pulumi program (compared by registrations). */
  readonly output: "json" | "yaml" | "objects" | "pulumi";
  readonly load: (options: { record: boolean }) => Promise<Context>;
  readonly run: (context: Context, n: number) => Output | Promise<Output>;
  readonly objects: (context: Context, output: Output, n: number) => unknown[] | Promise<unknown[]>;
}

function define<C, O>(system: System<C, O>): System {
  return system as unknown as System;
}

const yamlPackage = () => import("yaml");
const core = () => import("@podworks/core");

/** Multi-document YAML, read back with the yaml package (the same reader for every system). */
async function readYaml(text: string): Promise<unknown[]> {
  const { parseAllDocuments } = await yamlPackage();
  return parseAllDocuments(text).map((document) => {
    if (document.errors.length) throw new Error(`invalid YAML: ${document.errors[0]?.message}`);
    return document.toJS();
  });
}

export const SYSTEMS: readonly System[] = [
  define({
    id: "floor-json",
    title: "plain object literals + JSON.stringify (the floor)",
    origin: "floor",
    output: "json",
    load: async () => undefined,
    run: (_, n) => JSON.stringify(literalsOf(n), null, 2),
    objects: (_, text) => JSON.parse(text),
  }),
  define({
    id: "core-json",
    title: "podworks core: validate + render + JSON (`toJson`)",
    origin: "podworks",
    output: "json",
    load: core,
    run: (m, n) => m.toJson(specsOf(n)),
    objects: (_, text) => JSON.parse(text),
  }),
  define({
    id: "core-objects",
    title: "podworks core: validate + render to objects (`toManifests`)",
    origin: "podworks",
    output: "objects",
    load: core,
    run: (m, n) => m.toManifests(specsOf(n)),
    objects: (_, objects) => objects,
  }),
  define({
    id: "core-yaml",
    title: "podworks core: validate + render + YAML (`toYaml`)",
    origin: "podworks",
    output: "yaml",
    load: core,
    run: (m, n) => m.toYaml(specsOf(n)),
    objects: (_, text) => readYaml(text),
  }),
  define({
    id: "floor-yaml",
    title: "plain object literals + `yaml` package stringify",
    origin: "floor",
    output: "yaml",
    load: yamlPackage,
    run: (m, n) => {
      let out = "";
      for (let i = 0; i < n; i++) {
        for (const object of manifestsOf(workloadAt(i)))
          out += out === "" ? m.stringify(object) : `---\n${m.stringify(object)}`;
      }
      return out;
    },
    objects: (_, text) => readYaml(text),
  }),
  define({
    id: "cdk8s-json",
    title: "cdk8s-plus-33: construct + `toJson()` + JSON.stringify",
    origin: "cdk8s",
    output: "json",
    load: loadCdk8s,
    run: (m, n) => JSON.stringify(buildCdk8s(m, n).chart.toJson(), null, 2),
    objects: (_, text) => JSON.parse(text),
  }),
  define({
    id: "cdk8s-yaml",
    title: "cdk8s-plus-33: construct + `synthYaml()`",
    origin: "cdk8s",
    output: "yaml",
    load: loadCdk8s,
    run: (m, n) => buildCdk8s(m, n).app.synthYaml(),
    objects: (_, text) => readYaml(text),
  }),
  define({
    id: "kubernetes-models",
    title: "kubernetes-models: construct + `validate()`",
    origin: "kubernetes-models",
    output: "objects",
    load: async () => {
      const [{ Job }, { CronJob }, { DaemonSet }, { StatefulSet }, { Service }] = await Promise.all([
        import("kubernetes-models/batch/v1/Job"),
        import("kubernetes-models/batch/v1/CronJob"),
        import("kubernetes-models/apps/v1/DaemonSet"),
        import("kubernetes-models/apps/v1/StatefulSet"),
        import("kubernetes-models/v1/Service"),
      ]);
      return { Job, CronJob, DaemonSet, StatefulSet, Service } as Record<
        string,
        new (
          data: unknown,
        ) => { validate(): void }
      >;
    },
    run: (classes, n) => {
      const models: { validate(): void }[] = [];
      for (let i = 0; i < n; i++) {
        for (const object of manifestsOf(workloadAt(i))) {
          const Model = classes[object.kind!]!;
          const model = new Model(object);
          model.validate();
          models.push(model);
        }
      }
      return models;
    },
    objects: (_, models) => JSON.parse(JSON.stringify(models)),
  }),
  define({
    id: "emit-core",
    title: "emit only: podworks' emitter (`manifestsToYaml`)",
    origin: "podworks",
    output: "yaml",
    load: async () => {
      const m = await core();
      return { m, objects: [] as unknown[] };
    },
    run: (c) => c.m.manifestsToYaml(preRendered(c)),
    objects: (_, text) => readYaml(text),
  }),
  define({
    id: "emit-js-yaml",
    title: "emit only: js-yaml 5.5.0 `dump`",
    origin: "podworks",
    output: "yaml",
    load: async () => {
      const [m, jsYaml] = await Promise.all([core(), import("js-yaml")]);
      return { m, jsYaml, objects: [] as unknown[] };
    },
    run: (c) =>
      preRendered(c)
        .map((object) => c.jsYaml.dump(object, { noRefs: true, lineWidth: -1 }))
        .join("---\n"),
    objects: (_, text) => readYaml(text),
  }),
  define({
    id: "emit-yaml",
    title: "emit only: yaml 2.9.1 `stringify`",
    origin: "podworks",
    output: "yaml",
    load: async () => {
      const [m, yaml] = await Promise.all([core(), yamlPackage()]);
      return { m, yaml, objects: [] as unknown[] };
    },
    run: (c) =>
      preRendered(c)
        .map((object) => c.yaml.stringify(object))
        .join("---\n"),
    objects: (_, text) => readYaml(text),
  }),
  define({
    id: "pulumi-raw",
    title: "@pulumi/kubernetes raw resources under setMocks (register + await)",
    origin: "pulumi",
    output: "pulumi",
    load: ({ record }) => loadPulumi(record),
    run: (m, n) => runRaw(m, n),
    objects: (m) => kubernetesObjects(m.recorded),
  }),
  define({
    id: "pulumi-raw-parented",
    title: "@pulumi/kubernetes raw resources, each workload's under a bare ComponentResource",
    origin: "pulumi",
    output: "pulumi",
    load: ({ record }) => loadPulumi(record),
    run: (m, n) => runRawParented(m, n),
    objects: (m) => kubernetesObjects(m.recorded),
  }),
  define({
    id: "pulumi-raw-same",
    title: "@pulumi/kubernetes raw resources + the components' extra registrations, by hand",
    origin: "pulumi",
    output: "pulumi",
    load: ({ record }) => loadPulumi(record),
    run: (m, n) => runRawSameResources(m, n),
    objects: (m) => kubernetesObjects(m.recorded),
  }),
  define({
    id: "pulumi-podworks",
    title: "@podworks/pulumi components under setMocks (register + await)",
    origin: "pulumi",
    output: "pulumi",
    load: ({ record }) => loadPulumi(record),
    run: (m, n) => runComponents(m, n),
    objects: (m) => kubernetesObjects(m.recorded),
  }),
];

/** The objects an emit-only system writes: rendered by core in `prepare`, before the clock starts. */
function preRendered(c: { objects: unknown[] }) {
  return c.objects as KubernetesObject[];
}

/** Emit-only systems render their input in `prepare`, before the clock starts. */
export async function prepare(system: System, context: unknown, n: number): Promise<void> {
  if (!system.id.startsWith("emit-")) return;
  const c = context as { m: typeof import("@podworks/core"); objects: unknown[] };
  c.objects = c.m.toManifests(specsOf(n));
}

export function systemById(id: string): System {
  const system = SYSTEMS.find((s) => s.id === id);
  if (!system) throw new Error(`unknown system ${id}; known: ${SYSTEMS.map((s) => s.id).join(", ")}`);
  return system;
}

/** Resources each Pulumi system registers for N workloads (the mock engine's count is checked against it). */
export function expectedRegistrations(id: string, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) {
    const kind = workloadAt(i).kind;
    if (id === "pulumi-raw") count += kind === "StatefulSet" ? 2 : 1;
    // the raw resources plus one bare component per workload
    else if (id === "pulumi-raw-parented") count += kind === "StatefulSet" ? 3 : 2;
    // pulumi-raw-same registers what the components register (below), by hand
    // component + child; a Job: also its in-place JobPatch; a StatefulSet: component, identity and owner guards,
    // lifecycle ConfigMap, Service, StatefulSet, one patch per claim (3)
    else count += kind === "StatefulSet" ? 6 + 3 : kind === "Job" ? 3 : 2;
  }
  return count;
}
