/**
 * The provider's `construct` and guard operations with Pulumi's mocks: what a program in another language gets
 * (the same children as the TypeScript component, the outputs, the guards as the provider's own custom resources),
 * validation as an InputPropertiesError before anything registers, and specs whose values come as Outputs.
 */
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { installMocks, promiseOf } from "../__tests__/mocks.js";

const recorder = await installMocks();
const { DYNAMIC_GUARDS, guardFactory, resetOwnerSlots, useGuards } = await import("../identity-guard.js");
const { StatefulSet } = await import("../stateful-set.js");
const { constructComponent, componentSpec, resolveDeep } = await import("./construct.js");
const { PROVIDER_GUARDS, guardOperations, IDENTITY_GUARD_RESOURCE, OWNER_GUARD_RESOURCE, unwrapSecrets } =
  await import("./guards.js");
const { PodworksProvider } = await import("./provider.js");
const { podworksSchemaJson } = await import("./schema/index.js");

const DYNAMIC_IDENTITY = "pulumi-nodejs:dynamic/podworks:StatefulSetIdentity";
const DYNAMIC_OWNER = "pulumi-nodejs:dynamic/podworks:StatefulSetOwner";

const web = () => ({
  replicas: 2,
  containers: [
    {
      name: "web",
      image: "busybox:1.37",
      volumeMounts: [{ name: "data", mountPath: "/data" }],
      resources: { requests: { cpu: "50m", memory: "32Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
    },
  ],
  volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } } }],
});

function withLang<T>(lang: string, run: () => Promise<T>): Promise<T> {
  const before = process.env.PODWORKS_LANG;
  process.env.PODWORKS_LANG = lang;
  return run().finally(() => {
    if (before === undefined) delete process.env.PODWORKS_LANG;
    else process.env.PODWORKS_LANG = before;
  });
}

beforeEach(() => {
  recorder.clear();
  resetOwnerSlots();
});
afterEach(() => useGuards(DYNAMIC_GUARDS));

describe("guard factory", () => {
  it("gives TypeScript programs the dynamic guards", async () => {
    expect(guardFactory()).toBe(DYNAMIC_GUARDS);
    const sts = new StatefulSet("web", { spec: web() });
    await promiseOf(sts.urn);
    await promiseOf(sts.identityGuard.urn);
    expect(recorder.one(DYNAMIC_IDENTITY).name).toBe("web-identity");
    expect(recorder.one(DYNAMIC_OWNER).name).toBe("podworks-statefulset:-/*[data]#0");
    expect(recorder.byType(IDENTITY_GUARD_RESOURCE)).toEqual([]);
  });

  it("gives components inside the provider the provider's own guards, with the same inputs", async () => {
    useGuards(PROVIDER_GUARDS);
    const sts = new StatefulSet("web", { spec: web() });
    await promiseOf(sts.identityGuard.urn);
    await promiseOf(sts.ownerGuard.urn);
    const identity = recorder.one(IDENTITY_GUARD_RESOURCE);
    expect(identity.custom).toBe(true);
    expect(identity.options.parent).toBe(await promiseOf(sts.urn));
    expect(identity.inputs.identity).toMatchObject({ name: "web", serviceName: "web", namespace: "" });
    expect(identity.inputs.acknowledgeRename).toBe(false);
    const owner = recorder.one(OWNER_GUARD_RESOURCE);
    expect(owner.inputs).toMatchObject({ owner: "web", kubernetesName: "web", fixedName: false });
    // Registered at the stack's root, as the dynamic owner guard is.
    expect(owner.options.parent).not.toBe(await promiseOf(sts.urn));
    expect(recorder.byType(DYNAMIC_IDENTITY)).toEqual([]);
    // The StatefulSet carries the guard's id, as with the dynamic guard.
    await promiseOf(sts.statefulSet.urn);
    const child = recorder
      .childrenOf(await promiseOf(sts.urn))
      .find((r) => r.type === "kubernetes:apps/v1:StatefulSet")!.inputs;
    expect(child.metadata.annotations).toHaveProperty(["podworks.dev/identity-guard"]);
  });
});

describe("guard operations", () => {
  const identityUrn = `urn:pulumi:dev::p::podworks:index:StatefulSet$${IDENTITY_GUARD_RESOURCE}::web-identity`;
  const ownerUrn = `urn:pulumi:dev::p::${OWNER_GUARD_RESOURCE}::podworks-statefulset:-/web`;
  const identity = (serviceName: string) => ({
    identity: { namespace: "", name: "web", serviceName, templates: [{ name: "data", storage: "1Gi" }] },
    acknowledgeRename: false,
  });

  it("refuses a serviceName change with the identity guard's message and lets it through when acknowledged", async () => {
    await expect(guardOperations.diff("id", identityUrn, identity("web"), identity("peers"))).rejects.toThrow(
      /serviceName changes from "web" to "peers"[\s\S]*serviceName이 "web"에서 "peers"로 바뀐다/,
    );
    const acknowledged = { ...identity("peers"), acknowledgeRename: true };
    expect(await guardOperations.diff("id", identityUrn, identity("web"), acknowledged)).toEqual({
      changes: true,
    });
    expect(await guardOperations.diff("id", identityUrn, identity("web"), identity("web"))).toEqual({
      changes: false,
    });
  });

  it("compares secret values by what they hold", async () => {
    const secret = (value: unknown) => ({
      "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
      value,
    });
    const olds = { ...identity("web"), identity: { ...identity("web").identity, namespace: secret("apps") } };
    expect(unwrapSecrets(olds)).toEqual({
      ...identity("web"),
      identity: { ...identity("web").identity, namespace: "apps" },
    });
    await expect(guardOperations.diff("id", identityUrn, olds, identity("web"))).rejects.toThrow(
      /namespace changes/,
    );
  });

  it("creates with the dynamic provider's id and keeps the inputs as state", async () => {
    expect(await guardOperations.create(identityUrn, identity("web"))).toEqual({
      id: "-/web",
      outs: identity("web"),
    });
    const owner = {
      owner: "web",
      aliases: [],
      kubernetesName: "web",
      fixedName: true,
      acknowledgeRename: false,
    };
    expect(await guardOperations.create(ownerUrn, owner)).toEqual({ id: "web", outs: owner });
    await expect(guardOperations.update("id", ownerUrn, owner, { ...owner, owner: "db" })).rejects.toThrow(
      /without an alias|take over/,
    );
  });

  it("refuses types it does not serve", async () => {
    await expect(guardOperations.check("urn:pulumi:dev::p::podworks:index:Other::x", {}, {})).rejects.toThrow(
      /no custom resource of type podworks:index:Other/,
    );
  });
});

describe("construct", () => {
  it("builds components in the order it is asked to, however fast their inputs resolve", async () => {
    useGuards(PROVIDER_GUARDS);
    const slow = pulumi.output(
      new Promise<Record<string, string>>((resolve) => setTimeout(() => resolve({ tier: "first" }), 50)),
    );
    const first = constructComponent(
      "first",
      "podworks:index:StatefulSet",
      { spec: { ...web(), labels: slow } },
      {},
    );
    const second = constructComponent("second", "podworks:index:StatefulSet", { spec: web() }, {});
    // The StatefulSets' outputs come after their guards registered (the StatefulSet depends on them).
    for (const made of await Promise.all([first, second]))
      await promiseOf(made.state.podDnsNames as pulumi.Output<string[]>);
    const owners = await Promise.all(
      [0, 1].map(async (slot) => {
        const found = recorder.byType(OWNER_GUARD_RESOURCE).find((r) => r.name.endsWith(`#${slot}`));
        return found?.inputs.owner;
      }),
    );
    // Without the queue, "second" (whose inputs resolve at once) would take position 0.
    expect(owners).toEqual(["first", "second"]);
  });

  it("builds the StatefulSet component with the provider's guards and returns its outputs", async () => {
    useGuards(PROVIDER_GUARDS);
    const result = await constructComponent("web", "podworks:index:StatefulSet", { spec: web() }, {});
    expect(await promiseOf(result.urn)).toContain("podworks:index:StatefulSet::web");
    expect(Object.keys(result.state).sort()).toEqual([
      "name",
      "namespace",
      "podDnsNames",
      "pvcNames",
      "serviceName",
    ]);
    expect(await promiseOf(result.state.pvcNames as pulumi.Output<string[]>)).toEqual([
      "data-web-0",
      "data-web-1",
    ]);
    expect(await promiseOf(result.state.podDnsNames as pulumi.Output<string[]>)).toEqual([
      "web-0.web.default.svc.cluster.local",
      "web-1.web.default.svc.cluster.local",
    ]);
    expect(recorder.byType(IDENTITY_GUARD_RESOURCE)).toHaveLength(1);
  });

  it("passes the component arguments through", async () => {
    const result = await constructComponent(
      "db",
      "podworks:index:StatefulSet",
      { spec: web(), clusterDomain: "example.internal", resizeClaims: false },
      {},
    );
    expect((await promiseOf(result.state.podDnsNames as pulumi.Output<string[]>))[0]).toBe(
      "db-0.db.default.svc.example.internal",
    );
    expect(recorder.byType("kubernetes:core/v1:PersistentVolumeClaimPatch")).toEqual([]);
  });

  it("reports every problem with its property path, before anything is registered", async () => {
    const spec = { ...web(), replicas: -1, containers: [{ ...web().containers[0], image: "" }] };
    const error = await constructComponent("web", "podworks:index:StatefulSet", { spec }, {}).catch((e) => e);
    expect(pulumi.InputPropertiesError.isInstance(error)).toBe(true);
    expect(error.message).toContain('podworks:index:StatefulSet "web" (args.spec) is invalid: 2 problems');
    expect(error.errors.map((e: { propertyPath: string }) => e.propertyPath).sort()).toEqual([
      "spec.containers[0].image",
      "spec.replicas",
    ]);
    expect(
      error.errors.find((e: { propertyPath: string }) => e.propertyPath === "spec.replicas").reason,
    ).toMatch(/\[minimum\] fix: /);
    expect(recorder.resources).toEqual([]);
  });

  it("reports in Korean with PODWORKS_LANG=ko", async () => {
    const spec = { ...web(), replicas: -1 };
    const error = await withLang("ko", () =>
      constructComponent("web", "podworks:index:StatefulSet", { spec }, {}).catch((e) => e),
    );
    expect(error.message).toContain("문제가 1개 있다");
    expect(error.errors[0].reason).toMatch(/[가-힣].*해결: /);
  });

  it("validates a Job against the Job's rules (restartPolicy)", async () => {
    const spec = { containers: [{ name: "pi", image: "busybox:1.37" }], restartPolicy: "Always" };
    const error = await constructComponent("pi", "podworks:index:Job", { spec }, {}).catch((e) => e);
    expect(error.errors.map((e: { propertyPath: string }) => e.propertyPath)).toEqual(["spec.restartPolicy"]);
  });

  it("refuses a spec that is not an object, and an unknown component", async () => {
    const error = await constructComponent("pi", "podworks:index:Job", { spec: "nope" }, {}).catch((e) => e);
    expect(pulumi.InputPropertyError.isInstance(error)).toBe(true);
    expect(error.propertyPath).toBe("spec");
    await expect(constructComponent("x", "podworks:index:Deployment", {}, {})).rejects.toThrow(
      /no component podworks:index:Deployment/,
    );
  });

  it("returns a CronJob's and a Job's outputs", async () => {
    const cron = await constructComponent(
      "nightly",
      "podworks:index:CronJob",
      {
        spec: { schedule: "0 3 * * *", containers: [{ name: "b", image: "busybox:1.37" }] },
        nextRunCount: 2,
      },
      {},
    );
    expect(await promiseOf(cron.state.nextRuns as pulumi.Output<unknown[]>)).toHaveLength(2);
    const job = await constructComponent(
      "pi",
      "podworks:index:Job",
      { spec: { containers: [{ name: "pi", image: "busybox:1.37" }] } },
      {},
    );
    expect(Object.keys(job.state).sort()).toEqual([
      "completionTime",
      "failed",
      "name",
      "namespace",
      "outcome",
      "succeeded",
    ]);
  });
});

describe("specs with Outputs", () => {
  it("resolves nested Outputs and reports unknown ones", async () => {
    expect(await resolveDeep({ a: pulumi.output("x"), b: [pulumi.output(1)] })).toEqual({
      value: { a: "x", b: [1] },
      known: true,
    });
    expect((await resolveDeep({ a: pulumi.unknown })).known).toBe(false);
  });

  it("makes plain keys plain and keeps the rest Outputs, with the spec's secrecy", async () => {
    const spec = pulumi.secret({ replicas: 2, containers: [{ name: "web" }] });
    const made = await componentSpec(spec, ["replicas"]);
    // The plain keys are values even in a secret spec (they decide which resources exist); the rest stays secret.
    expect(made.replicas).toBe(2);
    expect(await (made.containers as pulumi.Output<unknown> & { isSecret: Promise<boolean> }).isSecret).toBe(
      true,
    );
    expect(await promiseOf(made.containers as pulumi.Output<unknown>)).toEqual([{ name: "web" }]);
    const open = await componentSpec(pulumi.output({ replicas: 2, namespace: "apps" }), ["replicas"]);
    expect(open.replicas).toBe(2);
    expect(pulumi.Output.isInstance(open.namespace)).toBe(true);
    expect(await promiseOf(open.namespace as pulumi.Output<string>)).toBe("apps");
    const nested = await componentSpec({ replicas: pulumi.output(3), namespace: pulumi.output("apps") }, [
      "replicas",
    ]);
    expect(nested.replicas).toBe(3);
    expect(pulumi.Output.isInstance(nested.namespace)).toBe(true);
  });

  it("refuses a spec unknown as a whole, naming the property", async () => {
    const unknownSpec = pulumi.output(pulumi.unknown) as pulumi.Output<unknown>;
    const error = await componentSpec(unknownSpec, []).catch((e) => e);
    expect(pulumi.InputPropertyError.isInstance(error)).toBe(true);
    expect(error.propertyPath).toBe("spec");
    expect(error.reason).toContain("must be known at preview");
  });

  it("builds a component whose namespace comes from another resource", async () => {
    const result = await constructComponent(
      "web",
      "podworks:index:StatefulSet",
      { spec: { ...web(), namespace: pulumi.output("apps") } },
      {},
    );
    expect(await promiseOf(result.state.podDnsNames as pulumi.Output<string[]>)).toEqual([
      "web-0.web.apps.svc.cluster.local",
      "web-1.web.apps.svc.cluster.local",
    ]);
  });
});

describe("PodworksProvider", () => {
  it("serves the generated schema and the package version", async () => {
    const provider = new PodworksProvider();
    expect(await provider.getSchema()).toBe(podworksSchemaJson());
    expect(provider.version).toBe("0.1.0");
  });
});
