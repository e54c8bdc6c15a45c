/**
 * The workload mix as Pulumi programs under `pulumi.runtime.setMocks`: the @podworks/pulumi components, or the
 * raw @pulumi/kubernetes resources they stand for (the floor's objects, one resource each). A run registers
 * everything and waits until the mock engine has answered every registration.
 */
import type { KubernetesObject } from "@podworks/core";
import type * as PodworksPulumi from "@podworks/pulumi";
import type * as K8s from "@pulumi/kubernetes";
import type * as Pulumi from "@pulumi/pulumi";
import { manifestsOf, specOf, workloadAt } from "./workloads.ts";

export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly custom: boolean;
  readonly inputs: Record<string, unknown>;
}

export interface PulumiModules {
  readonly pulumi: typeof Pulumi;
  readonly k8s: typeof K8s;
  readonly podworks: typeof PodworksPulumi;
  /** Every registration the mock engine has seen, when recording (for the equivalence check). */
  readonly recorded: Registration[];
  readonly count: { value: number };
}

/** Installs the mocks (before the SDK registers anything), then loads the libraries. */
export async function loadPulumi(record: boolean): Promise<PulumiModules> {
  const pulumi = await import("@pulumi/pulumi");
  const recorded: Registration[] = [];
  const count = { value: 0 };
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        count.value++;
        if (record) {
          recorded.push({
            type: args.type,
            name: args.name,
            custom: args.custom ?? false,
            inputs: args.inputs,
          });
        }
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call(args) {
        return args.inputs;
      },
    },
    "bench",
    "bench",
    false,
  );
  const [k8s, podworks] = await Promise.all([import("@pulumi/kubernetes"), import("@podworks/pulumi")]);
  return { pulumi, k8s, podworks, recorded, count };
}

/**
 * Waits until the SDK has no RPC left in flight (registrations, and the components' registerOutputs): what a
 * program's end waits for under a real engine. `waitForRPCs` is exported by the SDK's runtime module.
 */
async function drained(m: PulumiModules): Promise<void> {
  await (m.pulumi.runtime as unknown as { waitForRPCs(): Promise<void> }).waitForRPCs();
}

/** Waits for every registration, then for the RPC queue; returns how many registrations the mock engine saw. */
async function settled(m: PulumiModules, waits: readonly Promise<unknown>[]): Promise<number> {
  await Promise.all(waits);
  await drained(m);
  return m.count.value;
}

/** A ComponentResource with no inputs, standing for a component's own registration. */
function bareComponent(m: PulumiModules, kind: string, name: string): Pulumi.ComponentResource {
  return new m.pulumi.ComponentResource(`bench:index:${kind}`, name, {}, {});
}

/** `registerOutputs` is protected; a component's constructor calls it, so the bench calls it the same way. */
function registerNoOutputs(component: Pulumi.ComponentResource): void {
  (component as unknown as { registerOutputs(outputs: object): void }).registerOutputs({});
}

/** Resolves when a resource's registration is done (the SDK's internal `promise()` of its URN). */
function registered(resource: Pulumi.Resource): Promise<unknown> {
  return (resource.urn as unknown as { promise(): Promise<unknown> }).promise();
}

function rawResource(
  m: PulumiModules,
  object: KubernetesObject,
  opts?: Pulumi.CustomResourceOptions,
): Pulumi.CustomResource {
  const name = `${object.kind}-${object.metadata?.name}`;
  const args = { metadata: object.metadata, spec: object.spec } as never;
  switch (object.kind) {
    case "Job":
      return new m.k8s.batch.v1.Job(name, args, opts);
    case "CronJob":
      return new m.k8s.batch.v1.CronJob(name, args, opts);
    case "DaemonSet":
      return new m.k8s.apps.v1.DaemonSet(name, args, opts);
    case "StatefulSet":
      return new m.k8s.apps.v1.StatefulSet(name, args, opts);
    case "Service":
      return new m.k8s.core.v1.Service(name, args, opts);
    default:
      throw new Error(`no raw resource for ${object.kind}`);
  }
}

/** Raw resources: the objects of each workload, as the floor writes them, one resource per object. */
export async function runRaw(m: PulumiModules, n: number): Promise<number> {
  const waits: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    for (const object of manifestsOf(workloadAt(i))) waits.push(registered(rawResource(m, object)));
  }
  return settled(m, waits);
}

/**
 * The raw resources, each workload's under a bare ComponentResource of its own (no inputs, empty outputs): what
 * any component costs before it does anything, the lower bound for a component that wraps these resources.
 */
export async function runRawParented(m: PulumiModules, n: number): Promise<number> {
  const waits: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const w = workloadAt(i);
    const parent = bareComponent(m, w.kind, w.name);
    waits.push(registered(parent));
    for (const object of manifestsOf(w)) waits.push(registered(rawResource(m, object, { parent })));
    registerNoOutputs(parent);
  }
  return settled(m, waits);
}

/**
 * The raw resources again, plus what the components register besides them, created by hand: a
 * ComponentResource per workload as the parent, for a Job its in-place JobPatch, and for a StatefulSet the
 * identity and owner guards, the
 * lifecycle ConfigMap and one PersistentVolumeClaimPatch per claim. Same registration count as the components; what is left between
 * the two is podworks' own work (validation, rendering, Outputs).
 */
export async function runRawSameResources(m: PulumiModules, n: number): Promise<number> {
  const waits: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const w = workloadAt(i);
    const parent = bareComponent(m, w.kind, w.name);
    waits.push(registered(parent));
    const children: Pulumi.Resource[] = [];
    if (w.kind === "StatefulSet") {
      const guard = new m.podworks.StatefulSetIdentityGuard(
        `${w.name}-identity`,
        {
          identity: {
            namespace: "",
            name: w.name,
            serviceName: w.name,
            templates: [{ name: "data", storage: "1Gi" }],
          },
          acknowledgeRename: false,
          acknowledgeSelectorChange: false,
          acknowledgeTemplateAddition: false,
        },
        { parent },
      );
      children.push(guard);
      // The owner guard sits at the stack's root (no parent), and the lifecycle ConfigMap owns the StatefulSet.
      children.push(
        new m.podworks.StatefulSetOwnerGuard(m.podworks.ownerGuardName("", undefined, ["data"]), {
          owner: w.name,
          aliases: [],
          kubernetesName: w.name,
          fixedName: false,
          acknowledgeRename: false,
        }),
        new m.k8s.core.v1.ConfigMap(
          `${w.name}-lifecycle`,
          {
            metadata: { name: `${w.name}-podworks-lifecycle` },
            immutable: true,
            data: { statefulSet: w.name, volumeClaimTemplates: "data" },
          },
          { parent, deleteBeforeReplace: true, replaceOnChanges: ["data", "immutable"], dependsOn: [guard] },
        ),
      );
    }
    for (const object of manifestsOf(w)) {
      const resource = rawResource(m, object, { parent });
      children.push(resource);
      if (object.kind === "Job") {
        // The Job component's in-place patch (the fields Kubernetes updates in place); no TTL here, so no record.
        children.push(
          new m.k8s.batch.v1.JobPatch(
            `${w.name}-in-place`,
            {
              metadata: {
                name: w.name,
                annotations: { "pulumi.com/skipAwait": "true", "pulumi.com/patchForce": "true" },
              },
              spec: { parallelism: 1 },
            },
            { parent, dependsOn: [resource], retainOnDelete: true },
          ),
        );
      }
      if (object.kind === "StatefulSet") {
        for (let ordinal = 0; ordinal < 3; ordinal++) {
          const claim = `data-${w.name}-${ordinal}`;
          children.push(
            new m.k8s.core.v1.PersistentVolumeClaimPatch(
              `${w.name}-claim-${claim}`,
              {
                metadata: { name: claim, annotations: { "pulumi.com/patchForce": "true" } },
                spec: { resources: { requests: { storage: "1Gi" } } },
              },
              { parent, dependsOn: [resource], retainOnDelete: true },
            ),
          );
        }
      }
    }
    registerNoOutputs(parent);
    for (const child of children) waits.push(registered(child));
  }
  return settled(m, waits);
}

/** The podworks components, from the same specs core renders; waits for every child they register. */
export async function runComponents(m: PulumiModules, n: number): Promise<number> {
  const { Job, CronJob, DaemonSet, StatefulSet } = m.podworks;
  const waits: Promise<unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const w = workloadAt(i);
    const { kind: _kind, name: _name, ...spec } = specOf(w) as unknown as Record<string, unknown>;
    const args = { spec } as never;
    switch (w.kind) {
      case "Job": {
        const c = new Job(w.name, args);
        waits.push(registered(c), registered(c.job));
        break;
      }
      case "CronJob": {
        const c = new CronJob(w.name, args);
        waits.push(registered(c), registered(c.cronJob));
        break;
      }
      case "DaemonSet": {
        const c = new DaemonSet(w.name, args);
        waits.push(registered(c), registered(c.daemonSet));
        break;
      }
      case "StatefulSet": {
        const c = new StatefulSet(w.name, args);
        waits.push(registered(c), registered(c.statefulSet), registered(c.identityGuard));
        if (c.service) waits.push(registered(c.service));
        for (const patch of c.claimPatches) waits.push(registered(patch));
        break;
      }
    }
  }
  return settled(m, waits);
}

/** The Kubernetes objects among the recorded registrations (Jobs, CronJobs, DaemonSets, StatefulSets, Services). */
export function kubernetesObjects(recorded: readonly Registration[]): unknown[] {
  const kinds = new Set([
    "kubernetes:batch/v1:Job",
    "kubernetes:batch/v1:CronJob",
    "kubernetes:apps/v1:DaemonSet",
    "kubernetes:apps/v1:StatefulSet",
    "kubernetes:core/v1:Service",
  ]);
  return recorded
    .filter((r) => kinds.has(r.type))
    .map((r) => ({
      apiVersion: r.inputs.apiVersion,
      kind: r.inputs.kind,
      metadata: r.inputs.metadata,
      spec: r.inputs.spec,
    }));
}
