/**
 * The names `construct` takes from the package schema: each component's arguments besides `spec` and its outputs.
 * The lists below are checked by the compiler against the TypeScript components (a key their args interface or
 * their Output properties gain or lose fails the typecheck), and at run time against the schema, so the schema
 * can neither lose nor gain a name the component does not take.
 */

import type { WorkloadKind } from "@podworks/core";
import type * as pulumi from "@pulumi/pulumi";
import { describe, expect, it } from "vitest";
import type { CronJob, CronJobArgs } from "../cron-job.js";
import type { DaemonSet, DaemonSetArgs } from "../daemon-set.js";
import type { Job, JobArgs } from "../job.js";
import type { StatefulSet, StatefulSetArgs } from "../stateful-set.js";
import { COMPONENTS, componentNames } from "./construct.js";
import { podworksSchema, token } from "./schema/index.js";

/** Args only TypeScript programs have: `spec` is an input of its own, a function cannot cross the provider. */
type ArgNames<A> = Exclude<keyof A, "spec" | "transformManifest">;
/** The component's Output properties but its URN. */
type OutputNames<C> = Exclude<
  { [K in keyof C]-?: C[K] extends pulumi.Output<unknown> ? K : never }[keyof C],
  "urn"
>;

const ARGS = {
  Job: {
    kubernetesVersion: true,
    wait: true,
    timeoutSeconds: true,
    replaceUnready: true,
    nameFromSpecHash: true,
  } satisfies Record<ArgNames<JobArgs>, true>,
  CronJob: { kubernetesVersion: true, nextRunCount: true } satisfies Record<ArgNames<CronJobArgs>, true>,
  DaemonSet: { kubernetesVersion: true, wait: true, timeoutSeconds: true } satisfies Record<
    ArgNames<DaemonSetArgs>,
    true
  >,
  StatefulSet: {
    kubernetesVersion: true,
    timeoutSeconds: true,
    acknowledgeRename: true,
    acknowledgeSelectorChange: true,
    acknowledgeTemplateAddition: true,
    replacePropagationPolicy: true,
    destroyPropagationPolicy: true,
    deletionPropagationPolicy: true,
    resizeClaims: true,
    clusterDomain: true,
  } satisfies Record<ArgNames<StatefulSetArgs>, true>,
} as const satisfies Record<WorkloadKind, object>;

const OUTPUTS = {
  Job: {
    name: true,
    namespace: true,
    outcome: true,
    succeeded: true,
    failed: true,
    completionTime: true,
  } satisfies Record<OutputNames<Job>, true>,
  CronJob: {
    name: true,
    namespace: true,
    schedule: true,
    nextRuns: true,
    lastScheduleTime: true,
  } satisfies Record<OutputNames<CronJob>, true>,
  DaemonSet: { name: true, namespace: true } satisfies Record<OutputNames<DaemonSet>, true>,
  StatefulSet: {
    name: true,
    namespace: true,
    serviceName: true,
    podDnsNames: true,
    pvcNames: true,
  } satisfies Record<OutputNames<StatefulSet>, true>,
} as const satisfies Record<WorkloadKind, object>;

const KINDS = Object.keys(ARGS) as WorkloadKind[];
const sorted = (names: readonly string[]) => [...names].sort();

describe("componentNames", () => {
  it("knows every component the provider constructs, and only those", () => {
    const tokens = Object.keys(podworksSchema().resources);
    expect(sorted(Object.keys(COMPONENTS))).toEqual(sorted(tokens));
    expect(sorted(tokens)).toEqual(sorted(KINDS.map(token)));
    for (const type of tokens) expect(componentNames(type), type).toBeDefined();
    expect(componentNames(token("Deployment"))).toBeUndefined();
  });

  it.each(KINDS)("gives the %s component's arguments: every one its args take, none other", (kind) => {
    const names = componentNames(token(kind))!;
    expect(sorted(names.args)).toEqual(sorted(Object.keys(ARGS[kind])));
    expect(names.args).not.toContain("spec");
  });

  it.each(KINDS)("gives the %s component's outputs: every Output property it has, none other", (kind) => {
    expect(sorted(componentNames(token(kind))!.outputs)).toEqual(sorted(Object.keys(OUTPUTS[kind])));
  });

  it("lists the names in the schema's order, the order construct reads and returns them in", () => {
    const resource = podworksSchema().resources[token("StatefulSet")]!;
    const names = componentNames(token("StatefulSet"))!;
    expect(names.args).toEqual(Object.keys(resource.inputProperties).slice(1));
    expect(Object.keys(resource.inputProperties)[0]).toBe("spec");
    expect(names.outputs).toEqual(Object.keys(resource.properties));
  });
});
