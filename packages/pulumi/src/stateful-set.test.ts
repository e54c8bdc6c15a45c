import { isPodworksValidationError, type StatefulSetSpec } from "@podworks/core";
import * as pulumi from "@pulumi/pulumi";
import { beforeEach, describe, expect, it } from "vitest";
import {
  captureLogs,
  installMocks,
  type Json,
  promiseOf,
  type Registered,
  settle,
} from "./__tests__/mocks.js";

const recorder = await installMocks();
const k8s = await import("@pulumi/kubernetes");
const { StatefulSet, STATEFULSET_IMMUTABLE_FIELDS } = await import("./stateful-set.js");
const { STATEFULSET_REPLACEMENT_FIELDS, STATEFULSET_REPLACEMENT_PATHS } = await import(
  "./replacement-fields.js"
);
const { identityGuardProvider, ownerGuardProvider, resetOwnerSlots } = await import("./identity-guard.js");
type Args = import("./stateful-set.js").StatefulSetArgs;
type Component = InstanceType<typeof StatefulSet>;

const STS = "kubernetes:apps/v1:StatefulSet";
const SERVICE = "kubernetes:core/v1:Service";
const PATCH = "kubernetes:core/v1:PersistentVolumeClaimPatch";
const GUARD = "pulumi-nodejs:dynamic/podworks:StatefulSetIdentity";
const CONFIGMAP = "kubernetes:core/v1:ConfigMap";
const OWNER = "pulumi-nodejs:dynamic/podworks:StatefulSetOwner";
/** The guard's diff when a replacement field of the StatefulSet changed. */
const REPLACED = { changes: true, replaces: ["replacementFields"], deleteBeforeReplace: false };

/** The seed's StatefulSet (examples/specs/stateful-set.yaml), written as a component spec. */
function webSpec(overrides: Partial<Omit<StatefulSetSpec, "kind">> = {}): Args["spec"] {
  return {
    replicas: 3,
    containers: [
      {
        name: "web",
        image: "busybox:1.37",
        command: ["tail", "-f", "/dev/null"],
        ports: [{ name: "http", containerPort: 8080 }],
        volumeMounts: [{ name: "data", mountPath: "/data" }],
        resources: { limits: { cpu: "100m", memory: "128Mi" } },
      },
    ],
    volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } } }],
    ...overrides,
  };
}

/** Two templates, like the database example. */
function dbSpec(overrides: Partial<Omit<StatefulSetSpec, "kind">> = {}): Args["spec"] {
  return webSpec({
    replicas: 2,
    containers: [
      {
        name: "db",
        image: "postgres:17",
        ports: [{ name: "pg", containerPort: 5432 }],
        volumeMounts: [
          { name: "data", mountPath: "/var/lib/postgresql/data" },
          { name: "wal", mountPath: "/var/lib/postgresql/wal" },
        ],
      },
    ],
    volumeClaimTemplates: [
      { name: "data", resources: { requests: { storage: "10Gi" } } },
      { name: "wal", resources: { requests: { storage: "2Gi" } } },
    ],
    ...overrides,
  });
}

async function deploy(name: string, args: Args, opts?: pulumi.ComponentResourceOptions): Promise<Component> {
  const component = new StatefulSet(name, args, opts);
  await settle(
    component,
    component.statefulSet,
    component.identityGuard,
    ...(component.service ? [component.service] : []),
    ...component.claimPatches,
  );
  return component;
}

let logs: { info: string[]; warn: string[] };
beforeEach(() => {
  recorder.clear();
  logs = captureLogs();
});

describe("StatefulSet component: what it registers", () => {
  it("registers podworks:index:StatefulSet with a headless Service, the StatefulSet, the guard and one patch per claim, all parented to it", async () => {
    const web = await deploy("web", { spec: webSpec() });
    const component = recorder.one("podworks:index:StatefulSet", "web");
    expect(
      recorder
        .childrenOf(component.urn)
        .map((r) => r.type)
        .sort(),
    ).toEqual([CONFIGMAP, GUARD, PATCH, PATCH, PATCH, SERVICE, STS].sort());
    expect(await promiseOf(web.urn)).toBe(component.urn);
  });

  it("renders core's objects: headless Service and StatefulSet with explicit names (no auto-naming)", async () => {
    await deploy("web", { spec: webSpec() });
    const service = recorder.one(SERVICE).inputs;
    expect(service.metadata.name).toBe("web");
    expect(service.spec.clusterIP).toBe("None");
    expect(service.spec.ports).toEqual([{ name: "http", port: 8080, targetPort: "http", protocol: "TCP" }]);
    const sts = recorder.one(STS).inputs;
    expect(sts.metadata.name).toBe("web");
    expect(sts.spec.serviceName).toBe("web");
    expect(sts.spec.replicas).toBe(3);
    expect(sts.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
  });

  it("uses spec.name for the Kubernetes objects and the component name for the Pulumi resources", async () => {
    await deploy("primary", { spec: webSpec({ name: "db" }) });
    expect(recorder.one(STS).name).toBe("primary");
    expect(recorder.one(STS).inputs.metadata.name).toBe("db");
    expect(recorder.one(SERVICE).inputs.metadata.name).toBe("db");
    expect(recorder.byType(PATCH).map((p) => p.inputs.metadata.name)).toEqual([
      "data-db-0",
      "data-db-1",
      "data-db-2",
    ]);
    expect(recorder.one(GUARD).name).toBe("primary-identity");
  });

  it("leaves the Service out with headlessService: false", async () => {
    const web = await deploy("web", { spec: webSpec({ headlessService: false, serviceName: "shared" }) });
    expect(recorder.byType(SERVICE)).toHaveLength(0);
    expect(web.service).toBeUndefined();
    expect(recorder.one(STS).inputs.spec.serviceName).toBe("shared");
  });

  it("registers outputs: name, namespace, serviceName, pod DNS names and claim names", async () => {
    const db = await deploy("db", { spec: dbSpec({ namespace: "data", serviceName: "db-headless" }) });
    expect(await promiseOf(db.name)).toBe("db");
    expect(await promiseOf(db.namespace)).toBe("data");
    expect(await promiseOf(db.serviceName)).toBe("db-headless");
    expect(await promiseOf(db.podDnsNames)).toEqual([
      "db-0.db-headless.data.svc.cluster.local",
      "db-1.db-headless.data.svc.cluster.local",
    ]);
    expect(await promiseOf(db.pvcNames)).toEqual(["data-db-0", "data-db-1", "wal-db-0", "wal-db-1"]);
  });

  it("numbers pods and claims from ordinals.start and honours clusterDomain", async () => {
    const web = await deploy("web", {
      spec: webSpec({ replicas: 2, ordinals: { start: 1 } }),
      clusterDomain: "corp.internal",
    });
    expect(await promiseOf(web.podDnsNames)).toEqual([
      "web-1.web.default.svc.corp.internal",
      "web-2.web.default.svc.corp.internal",
    ]);
    expect(await promiseOf(web.pvcNames)).toEqual(["data-web-1", "data-web-2"]);
  });
});

describe("StatefulSet component: validation happens in core, at construction", () => {
  it("throws core's PodworksValidationError naming the component and listing every problem", () => {
    let caught: unknown;
    try {
      new StatefulSet("web", {
        spec: webSpec({
          replicas: -1,
          containers: [
            { name: "web", image: "busybox:1.37", volumeMounts: [{ name: "nope", mountPath: "/x" }] },
          ],
        }),
      });
    } catch (error) {
      caught = error;
    }
    expect(isPodworksValidationError(caught)).toBe(true);
    if (!isPodworksValidationError(caught)) return;
    expect(caught.subject).toBe('podworks:index:StatefulSet "web" (args.spec)');
    expect(caught.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["replicas", "containers[0].volumeMounts[0].name"]),
    );
    expect(caught.message).toContain('podworks:index:StatefulSet "web" (args.spec) is invalid: 2 problems');
    expect(caught.format("ko")).toContain("문제가 2개 있다");
  });

  it("registers nothing for an invalid spec", async () => {
    expect(() => new StatefulSet("bad", { spec: webSpec({ replicas: 1.5 }) })).toThrow(/replicas/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(recorder.byType(STS)).toHaveLength(0);
    expect(recorder.byType(GUARD)).toHaveLength(0);
  });

  it("rejects keys that must be plain when they hold an Output", () => {
    expect(
      () =>
        new StatefulSet("web", { spec: { ...webSpec(), replicas: pulumi.output(3) as unknown as number } }),
    ).toThrow(/`spec.replicas` must be a plain value/);
  });

  it("rejects an unknown deletionPropagationPolicy and a bad timeout", () => {
    expect(
      () =>
        new StatefulSet("web", {
          spec: webSpec(),
          deletionPropagationPolicy: "cascade" as "orphan",
        }),
    ).toThrow(/deletionPropagationPolicy.*foreground, background, orphan/);
    expect(
      () => new StatefulSet("web", { spec: webSpec(), destroyPropagationPolicy: "later" as "orphan" }),
    ).toThrow(/`destroyPropagationPolicy` must be one of foreground, background, orphan \(got later\)/);
    expect(
      () => new StatefulSet("web", { spec: webSpec(), replacePropagationPolicy: "never" as "orphan" }),
    ).toThrow(/`replacePropagationPolicy`는 foreground, background, orphan 중 하나여야 한다/);
    expect(() => new StatefulSet("web", { spec: webSpec(), timeoutSeconds: 0 })).toThrow(/timeoutSeconds/);
  });
});

describe("protection 1: the retention policy is always rendered, Retain by default", () => {
  it("renders Retain/Retain when the spec says nothing", async () => {
    await deploy("web", { spec: webSpec() });
    expect(recorder.one(STS).inputs.spec.persistentVolumeClaimRetentionPolicy).toEqual({
      whenDeleted: "Retain",
      whenScaled: "Retain",
    });
    expect(
      recorder.one(STS).inputs.metadata.annotations?.["podworks.dev/acknowledge-pvc-deletion"],
    ).toBeUndefined();
  });

  it("refuses Delete without core's acknowledgement", () => {
    expect(
      () =>
        new StatefulSet("web", {
          spec: webSpec({ persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete" } }),
        }),
    ).toThrow(/statefulset.retention-unacknowledged/);
  });

  it("renders an acknowledged Delete with the acknowledgement annotation and a warning", async () => {
    await deploy("web", {
      spec: webSpec({
        persistentVolumeClaimRetentionPolicy: { whenDeleted: "Delete", whenScaled: "Retain" },
        acknowledgePvcDeletion: true,
      }),
    });
    const sts = recorder.one(STS).inputs;
    expect(sts.spec.persistentVolumeClaimRetentionPolicy).toEqual({
      whenDeleted: "Delete",
      whenScaled: "Retain",
    });
    expect(sts.metadata.annotations["podworks.dev/acknowledge-pvc-deletion"]).toBe("true");
    expect(logs.warn.join("\n")).toMatch(
      /Delete retention policy \(acknowledged\).*deleting it \(`pulumi destroy`, or a replacement whose replacePropagationPolicy is not orphan\)/,
    );
  });
});

describe("protection 2: stable names and rename detection", () => {
  it("gives the StatefulSet and the Service fixed names and deletes before replacing (create-first would clash)", async () => {
    await deploy("web", { spec: webSpec() });
    for (const type of [STS, SERVICE]) {
      expect(recorder.one(type).inputs.metadata.name).toBe("web");
      expect(recorder.one(type).options.deleteBeforeReplace).toBe(true);
    }
  });

  it("registers the identity guard with the names claims depend on, and makes every named child depend on it", async () => {
    await deploy("db", { spec: dbSpec({ namespace: "data", serviceName: "db-headless" }) });
    const guard = recorder.one(GUARD);
    expect(guard.inputs.identity).toEqual({
      namespace: "data",
      name: "db",
      serviceName: "db-headless",
      templates: [
        { name: "data", storage: "10Gi" },
        { name: "wal", storage: "2Gi" },
      ],
      selector: JSON.stringify({ matchLabels: { "app.kubernetes.io/name": "db" } }),
    });
    expect(guard.inputs.acknowledgeRename).toBe(false);
    expect(guard.inputs.acknowledgeSelectorChange).toBe(false);
    expect(typeof guard.inputs.__provider).toBe("string");
    expect(recorder.one(STS).options.dependencies).toContain(guard.urn);
    expect(recorder.one(SERVICE).options.dependencies).toContain(guard.urn);
  });

  it("refuses a StatefulSet rename between deployments unless acknowledgeRename is set", async () => {
    await deploy("web", { spec: webSpec() });
    const before = recorder.one(GUARD).inputs;
    recorder.clear();
    await deploy("web", { spec: webSpec({ name: "web2" }) });
    const after = recorder.one(GUARD).inputs;
    await expect(identityGuardProvider.diff!("id", before, after)).rejects.toThrow(
      /StatefulSet name changes from "web" to "web2".*data-web2-<ordinal>.*data-web-<ordinal>/s,
    );

    recorder.clear();
    await deploy("web", { spec: webSpec({ name: "web2" }), acknowledgeRename: true });
    const acknowledged = recorder.one(GUARD).inputs;
    expect(acknowledged.acknowledgeRename).toBe(true);
    await expect(identityGuardProvider.diff!("id", before, acknowledged)).resolves.toEqual(REPLACED);
    expect(logs.warn.join("\n")).toMatch(/acknowledgeRename is set/);
  });

  it("refuses a template rename and a serviceName change in the serialized guard too (what the engine runs)", async () => {
    await deploy("db", { spec: dbSpec() });
    const before = recorder.one(GUARD).inputs;
    recorder.clear();
    await deploy("db", {
      spec: dbSpec({
        serviceName: "db-dns",
        volumeClaimTemplates: [
          { name: "pgdata", resources: { requests: { storage: "10Gi" } } },
          { name: "wal", resources: { requests: { storage: "2Gi" } } },
        ],
        containers: [
          {
            name: "db",
            image: "postgres:17",
            ports: [{ name: "pg", containerPort: 5432 }],
            volumeMounts: [{ name: "pgdata", mountPath: "/var/lib/postgresql/data" }],
          },
        ],
      }),
    });
    const after = recorder.one(GUARD).inputs;
    // Run the provider exactly as the engine will: from the text serialized into the state.
    const exports: { handler?: () => pulumi.dynamic.ResourceProvider } = {};
    new Function("exports", "require", after.__provider)(exports, () => {
      throw new Error("the serialized guard must not require modules");
    });
    const provider = exports.handler!();
    const error = await provider.diff!("id", before, after).catch((e: Error) => e);
    expect(String(error)).toMatch(/serviceName changes from "db" to "db-dns"/);
    expect(String(error)).toMatch(/volumeClaimTemplate "data" is gone/);
    expect(String(error)).toMatch(/볼륨 클레임 템플릿 "data"이 없어진다/);
  });
});

describe("protection 3: replacements keep the pods running, destroy removes them", () => {
  it("marks every field the provider replaces on replaceOnChanges, from the one list, and deletes the old object first", async () => {
    await deploy("web", { spec: webSpec() });
    const sts = recorder.one(STS);
    expect(sts.options.replaceOnChanges).toEqual([...STATEFULSET_REPLACEMENT_PATHS]);
    expect(STATEFULSET_IMMUTABLE_FIELDS).toBe(STATEFULSET_REPLACEMENT_PATHS);
    expect(sts.options.replaceOnChanges).toEqual(
      expect.arrayContaining([
        "spec.volumeClaimTemplates",
        "spec.serviceName",
        "spec.podManagementPolicy",
        "spec.selector",
        "spec.revisionHistoryLimit",
      ]),
    );
    expect(sts.options.deleteBeforeReplace).toBe(true);
    // Retain means no owner references on the claims: no deletion of the StatefulSet reaches them.
    expect(sts.inputs.spec.persistentVolumeClaimRetentionPolicy.whenDeleted).toBe("Retain");
  });

  it("replaces with orphan propagation by default: the old object's pods keep running for the new one to adopt", async () => {
    await deploy("web", { spec: webSpec() });
    const sts = recorder.one(STS);
    expect(sts.inputs.metadata.annotations["pulumi.com/deletionPropagationPolicy"]).toBe("orphan");
    expect(logs.info.join("\n")).toMatch(
      /the old object is deleted with orphan propagation: its pods keep running and the new StatefulSet adopts them/,
    );
  });

  it("destroys through the lifecycle ConfigMap: it owns the StatefulSet, which is deletedWith it, foreground by default", async () => {
    const web = await deploy("web", { spec: webSpec({ namespace: "data" }) });
    const sts = recorder.one(STS);
    const lifecycle = recorder.one(CONFIGMAP);
    expect(lifecycle.inputs.metadata).toMatchObject({
      name: "web-podworks-lifecycle",
      namespace: "data",
      annotations: {
        "pulumi.com/deletionPropagationPolicy": "foreground",
        "podworks.dev/lifecycle-of": "StatefulSet/web",
      },
    });
    expect(lifecycle.inputs.immutable).toBe(true);
    expect(lifecycle.inputs.data.statefulSet).toBe("web");
    expect(JSON.parse(lifecycle.inputs.data.selector)).toEqual(sts.inputs.spec.selector);
    expect(lifecycle.options.replaceOnChanges).toEqual(["data", "immutable"]);
    expect(lifecycle.options.deleteBeforeReplace).toBe(true);
    expect(lifecycle.options.parent).toBe(recorder.one("podworks:index:StatefulSet").urn);

    // The StatefulSet names the ConfigMap as its owner (by the uid the cluster gave it), so deleting the
    // ConfigMap makes the garbage collector delete the StatefulSet and, foreground, its pods first.
    const uid = await promiseOf(web.lifecycle.metadata.uid);
    expect(sts.inputs.metadata.ownerReferences).toEqual([
      { apiVersion: "v1", kind: "ConfigMap", name: "web-podworks-lifecycle", uid, blockOwnerDeletion: true },
    ]);
    expect(sts.options.deletedWith).toBe(lifecycle.urn);
    expect(sts.options.dependencies).toContain(lifecycle.urn);
    expect(logs.info.join("\n")).toMatch(
      /`pulumi destroy` deletes the pods, then the StatefulSet \(foreground\)/,
    );
  });

  it("keeps the two paths apart: replacePropagationPolicy on the StatefulSet, destroyPropagationPolicy on the ConfigMap", async () => {
    await deploy("web", {
      spec: webSpec(),
      replacePropagationPolicy: "foreground",
      destroyPropagationPolicy: "background",
    });
    expect(recorder.one(STS).inputs.metadata.annotations["pulumi.com/deletionPropagationPolicy"]).toBe(
      "foreground",
    );
    expect(recorder.one(CONFIGMAP).inputs.metadata.annotations["pulumi.com/deletionPropagationPolicy"]).toBe(
      "background",
    );
    const info = logs.info.join("\n");
    expect(info).toMatch(/deleted with foreground propagation: every pod is deleted first \(downtime\)/);
    expect(info).toMatch(
      /`pulumi destroy` deletes the StatefulSet and the garbage collector deletes its pods/,
    );
  });

  it("takes the deprecated deletionPropagationPolicy for both paths, and warns that orphan on destroy leaves pods running", async () => {
    await deploy("web", { spec: webSpec(), deletionPropagationPolicy: "orphan" });
    expect(recorder.one(STS).inputs.metadata.annotations["pulumi.com/deletionPropagationPolicy"]).toBe(
      "orphan",
    );
    expect(recorder.one(CONFIGMAP).inputs.metadata.annotations["pulumi.com/deletionPropagationPolicy"]).toBe(
      "orphan",
    );
    expect(logs.warn.join("\n")).toMatch(
      /destroyPropagationPolicy is orphan.*`pulumi destroy` will leave it and its pods running/,
    );
    recorder.clear();
    await deploy("web", {
      spec: webSpec(),
      deletionPropagationPolicy: "foreground",
      replacePropagationPolicy: "orphan",
    });
    expect(recorder.one(STS).inputs.metadata.annotations["pulumi.com/deletionPropagationPolicy"]).toBe(
      "orphan",
    );
    expect(recorder.one(CONFIGMAP).inputs.metadata.annotations["pulumi.com/deletionPropagationPolicy"]).toBe(
      "foreground",
    );
  });

  it("writes the serviceName on the pod template, so a new serviceName rolls the pods onto the new subdomain", async () => {
    await deploy("db", { spec: dbSpec() });
    const before = recorder.one(STS).inputs.spec.template;
    expect(before.metadata.annotations["podworks.dev/service-name"]).toBe("db");
    recorder.clear();
    await deploy("db", { spec: dbSpec({ serviceName: "db-dns" }), acknowledgeRename: true });
    const after = recorder.one(STS).inputs.spec.template;
    expect(after.metadata.annotations["podworks.dev/service-name"]).toBe("db-dns");
    // Only that annotation differs: the rest of the template (and so the pods) is what it was.
    const { metadata: m1, ...rest1 } = before;
    const { metadata: m2, ...rest2 } = after;
    expect(rest2).toEqual(rest1);
    expect({ ...m2.annotations, "podworks.dev/service-name": "db" }).toEqual(m1.annotations);
    expect(logs.info.join("\n")).toMatch(/serviceName: .*restarts them one at a time/);
  });

  it("says in the preview that OnDelete leaves a new serviceName to the pods deleted by hand", async () => {
    await deploy("db", { spec: dbSpec({ updateStrategy: { type: "OnDelete" } }) });
    expect(logs.info.join("\n")).toMatch(
      /updateStrategy is OnDelete: the pods get the new value only when you delete them/,
    );
  });

  it("replaces a StatefulSet given a new volumeClaimTemplate, keeping its name; the pods go first, the claims are re-attached", async () => {
    await deploy("db", { spec: webSpec({ name: "db", replicas: 2 }) });
    const before = { sts: recorder.one(STS).inputs, guard: recorder.one(GUARD).inputs };
    // Second deployment: a template is added (a replacement field of the StatefulSet). Running pods cannot get
    // the new volume, so the guard asks for the acknowledgement, and the lifecycle ConfigMap (whose data holds the
    // template names) is replaced: its deletion takes the old StatefulSet's pods first.
    const lifecycleBefore = recorder.one(CONFIGMAP).inputs;
    recorder.clear();
    await deploy("db", { spec: dbSpec({ name: "db", replicas: 2 }) });
    await expect(identityGuardProvider.diff!("id", before.guard, recorder.one(GUARD).inputs)).rejects.toThrow(
      /volumeClaimTemplate "wal" is added.*acknowledgeTemplateAddition: true/s,
    );
    expect(recorder.one(CONFIGMAP).inputs.data.volumeClaimTemplates).toBe("data,wal");
    expect(lifecycleBefore.data.volumeClaimTemplates).toBe("data");
    recorder.clear();
    await deploy("db", { spec: dbSpec({ name: "db", replicas: 2 }), acknowledgeTemplateAddition: true });
    expect(logs.warn.join("\n")).toMatch(/acknowledgeTemplateAddition is set/);
    const sts = recorder.one(STS);
    expect(
      sts.inputs.spec.volumeClaimTemplates.map((t: { metadata: { name: string } }) => t.metadata.name),
    ).toEqual(["data", "wal"]);
    expect(before.sts.spec.volumeClaimTemplates).not.toEqual(sts.inputs.spec.volumeClaimTemplates);
    expect(sts.inputs.metadata.name).toBe(before.sts.metadata.name);
    expect(sts.inputs.spec.selector).toEqual(before.sts.spec.selector);
    // The guard lets an added template through (no claim loses its pod) and records the new identity.
    await expect(
      identityGuardProvider.diff!("id", before.guard, recorder.one(GUARD).inputs),
    ).resolves.toEqual(REPLACED);
    const info = logs.info.join("\n");
    expect(info).toContain(
      'podworks PVC protection for StatefulSet "db": claims data-db-0, data-db-1, wal-db-0, wal-db-1.',
    );
    for (const field of STATEFULSET_REPLACEMENT_FIELDS) {
      expect(info).toContain(`    - ${field.field.replace("spec.", "")}: ${field.en}`);
    }
  });

  it("refuses a selector change unless acknowledgeSelectorChange is set, saying the pods go first and the claims stay", async () => {
    await deploy("db", { spec: dbSpec() });
    const before = recorder.one(GUARD).inputs;
    const lifecycleBefore = recorder.one(CONFIGMAP).inputs;
    recorder.clear();
    const moved = dbSpec({ podLabels: { tier: "db" }, selector: { tier: "db" } });
    await deploy("db", { spec: moved });
    const after = recorder.one(GUARD).inputs;
    const error = await identityGuardProvider.diff!("id", before, after).catch((e: Error) => String(e));
    expect(error).toMatch(
      /the selector changes from .*app.kubernetes.io\/name.* to \{"matchLabels":\{"tier":"db"\}\}/,
    );
    expect(error).toMatch(/every pod is deleted before the new pods start.*the claims are kept/);
    expect(error).toMatch(/fix: if this is intended, set `acknowledgeSelectorChange: true`/);
    expect(error).toMatch(/셀렉터가 바뀐다/);
    // The lifecycle ConfigMap's data changes with the selector: it is replaced, and the StatefulSet with it.
    expect(recorder.one(CONFIGMAP).inputs.data.selector).not.toBe(lifecycleBefore.data.selector);

    recorder.clear();
    await deploy("db", { spec: moved, acknowledgeSelectorChange: true });
    const acknowledged = recorder.one(GUARD).inputs;
    expect(acknowledged.acknowledgeSelectorChange).toBe(true);
    await expect(identityGuardProvider.diff!("id", before, acknowledged)).resolves.toEqual(REPLACED);
    expect(logs.warn.join("\n")).toMatch(
      /acknowledgeSelectorChange is set.*every pod is deleted first \(downtime\)/,
    );
  });

  it("speaks Korean in the preview when PODWORKS_LANG=ko", async () => {
    const saved = process.env.PODWORKS_LANG;
    process.env.PODWORKS_LANG = "ko";
    try {
      await deploy("db", { spec: dbSpec(), acknowledgeSelectorChange: true });
    } finally {
      if (saved === undefined) delete process.env.PODWORKS_LANG;
      else process.env.PODWORKS_LANG = saved;
    }
    const info = logs.info.join("\n");
    expect(info).toContain(
      'podworks PVC 보호(스테이트풀셋 "db"): 클레임 data-db-0, data-db-1, wal-db-0, wal-db-1.',
    );
    expect(info).toContain("기존 오브젝트를 orphan 전파로 삭제한다");
    for (const field of STATEFULSET_REPLACEMENT_FIELDS) {
      expect(info).toContain(`    - ${field.field.replace("spec.", "")}: ${field.ko}`);
    }
    expect(logs.warn.join("\n")).toMatch(/acknowledgeSelectorChange가 지정되어 있다/);
  });
});

describe("protection 2c: a rename of the component without an alias is refused", () => {
  /** Deploys once per program run, as `pulumi up` does, and returns the owner guard's registration. */
  async function run(name: string, args: Args, opts?: pulumi.ComponentResourceOptions): Promise<Registered> {
    recorder.clear();
    resetOwnerSlots();
    await deploy(name, args, opts);
    return recorder.one(OWNER);
  }

  it("registers an owner guard at the stack's root, named without the component's name, that the objects depend on", async () => {
    const owner = await run("db", { spec: dbSpec({ namespace: "data" }) });
    expect(owner.name).toBe("podworks-statefulset:data/*[data,wal]#0");
    expect(owner.options.parent).not.toBe(recorder.one("podworks:index:StatefulSet").urn);
    expect(owner.inputs).toMatchObject({ owner: "db", aliases: [], kubernetesName: "db", fixedName: false });
    for (const type of [STS, SERVICE, CONFIGMAP])
      expect(recorder.one(type).options.dependencies).toContain(owner.urn);
    const fixed = await run("db", { spec: dbSpec({ name: "pg" }) });
    expect(fixed.name).toBe("podworks-statefulset:-/pg");
    expect(fixed.inputs.fixedName).toBe(true);
  });

  it("numbers StatefulSets with the same namespace and templates in program order", async () => {
    recorder.clear();
    resetOwnerSlots();
    await deploy("a", { spec: dbSpec() });
    await deploy("b", { spec: dbSpec() });
    await deploy("c", { spec: webSpec() });
    expect(recorder.byType(OWNER).map((r) => r.name)).toEqual([
      "podworks-statefulset:-/*[data,wal]#0",
      "podworks-statefulset:-/*[data,wal]#1",
      "podworks-statefulset:-/*[data]#0",
    ]);
  });

  it("refuses the README's rename (no spec.name): same guard, new component name, new claims", async () => {
    const before = await run("old", { spec: dbSpec() });
    const after = await run("new", { spec: dbSpec() });
    expect(after.name).toBe(before.name);
    const error = await ownerGuardProvider.diff!("id", before.inputs, after.inputs).catch((e: Error) =>
      String(e),
    );
    expect(error).toMatch(
      /component "old" \(StatefulSet "old"\) seems renamed to "new" \(StatefulSet "new"\) without an alias/,
    );
    expect(error).toMatch(/new, empty claims/);
    expect(error).toMatch(
      /fix: if the component was renamed, add the resource option `aliases: \[\{ name: "old" \}\]`/,
    );
    expect(error).toMatch(/별칭 없이 컴포넌트 이름이 바뀐 것으로 보인다/);
  });

  it("refuses a rename with spec.name fixed: the new component would take over the live StatefulSet", async () => {
    const before = await run("old", { spec: dbSpec({ name: "pg" }) });
    const after = await run("new", { spec: dbSpec({ name: "pg" }) });
    expect(after.name).toBe(before.name);
    await expect(ownerGuardProvider.diff!("id", before.inputs, after.inputs)).rejects.toThrow(
      /component "new" would take over StatefulSet "pg", which component "old" deployed/,
    );
  });

  it("lets a rename with an alias through (and records the new owner), and an acknowledged one", async () => {
    const before = await run("old", { spec: dbSpec() });
    const aliased = await run("new", { spec: dbSpec() }, { aliases: [{ name: "old" }] });
    expect(aliased.inputs.aliases).toEqual(["old"]);
    expect(aliased.inputs.kubernetesName).toBe("old");
    expect(await ownerGuardProvider.diff!("id", before.inputs, aliased.inputs)).toEqual({ changes: true });
    const acknowledged = await run("new", { spec: dbSpec(), acknowledgeRename: true });
    expect(await ownerGuardProvider.diff!("id", before.inputs, acknowledged.inputs)).toEqual({
      changes: true,
    });
    expect(await ownerGuardProvider.diff!("id", before.inputs, before.inputs)).toEqual({ changes: false });
  });

  it("refuses in the serialized provider too (what the engine runs)", async () => {
    const before = await run("old", { spec: dbSpec() });
    const after = await run("new", { spec: dbSpec() });
    const exports: { handler?: () => pulumi.dynamic.ResourceProvider } = {};
    new Function("exports", "require", after.inputs.__provider)(exports, () => {
      throw new Error("the serialized guard must not require modules");
    });
    await expect(exports.handler!().diff!("id", before.inputs, after.inputs)).rejects.toThrow(
      /seems renamed/,
    );
  });
});

describe("protection 2b: the Kubernetes name follows an alias", () => {
  it("keeps the Kubernetes name of the aliased component when it is renamed without spec.name", async () => {
    await deploy("db-renamed", { spec: dbSpec() }, { aliases: [{ name: "db" }] });
    expect(recorder.one(STS).inputs.metadata.name).toBe("db");
    expect(recorder.one(SERVICE).inputs.metadata.name).toBe("db");
    expect(recorder.one(GUARD).inputs.identity.name).toBe("db");
    expect(recorder.byType(PATCH).map((p) => p.inputs.metadata.name)).toEqual([
      "data-db-0",
      "data-db-1",
      "wal-db-0",
      "wal-db-1",
    ]);
    recorder.clear();
    await deploy(
      "db-renamed",
      { spec: dbSpec() },
      { aliases: ["urn:pulumi:test::podworks-test::podworks:index:StatefulSet::db"] },
    );
    expect(recorder.one(STS).inputs.metadata.name).toBe("db");
  });

  it("uses spec.name over an alias, and asks for spec.name when aliases disagree", async () => {
    await deploy("x", { spec: dbSpec({ name: "pg" }) }, { aliases: [{ name: "db" }] });
    expect(recorder.one(STS).inputs.metadata.name).toBe("pg");
    expect(
      () => new StatefulSet("c", { spec: dbSpec() }, { aliases: [{ name: "a" }, { name: "b" }] }),
    ).toThrow(/aliases name several earlier names \(a, b\): set `spec.name`/);
  });
});

describe("protection 3b: a replacement can be previewed", () => {
  it("replaces the identity guard when a replacement field changes, and only then; the StatefulSet carries its id", async () => {
    const web = await deploy("web", { spec: webSpec({ revisionHistoryLimit: 10 }) });
    const before = recorder.one(GUARD).inputs;
    expect(JSON.parse(before.replacementFields)).toHaveLength(STATEFULSET_REPLACEMENT_PATHS.length);
    expect(recorder.one(STS).inputs.metadata.annotations["podworks.dev/identity-guard"]).toBe(
      await promiseOf(web.identityGuard.id),
    );
    const diff = (after: Json) => identityGuardProvider.diff!("id", before, after);

    recorder.clear();
    await deploy("web", { spec: webSpec({ revisionHistoryLimit: 5 }) });
    expect(await diff(recorder.one(GUARD).inputs)).toEqual(REPLACED);

    recorder.clear();
    await deploy("web", { spec: webSpec({ revisionHistoryLimit: 10, minReadySeconds: 5 }) });
    expect(await diff(recorder.one(GUARD).inputs)).toEqual({ changes: false });

    // Guards deployed before podworks tracked the fields are updated, not replaced.
    const { replacementFields: _, ...old } = before;
    expect(await identityGuardProvider.diff!("id", old, recorder.one(GUARD).inputs)).toEqual({
      changes: false,
    });
  });
});

describe("protection 4: storage growth resizes the claims in place", () => {
  const patches = () =>
    recorder.byType(PATCH).map((p: Registered) => ({
      claim: p.inputs.metadata.name,
      storage: p.inputs.spec.resources.requests.storage,
    }));

  it("patches every claim of the current replicas after the StatefulSet, never deleting the claim", async () => {
    await deploy("db", { spec: dbSpec({ namespace: "data" }) });
    const sts = recorder.one(STS);
    expect(patches()).toEqual([
      { claim: "data-db-0", storage: "10Gi" },
      { claim: "data-db-1", storage: "10Gi" },
      { claim: "wal-db-0", storage: "2Gi" },
      { claim: "wal-db-1", storage: "2Gi" },
    ]);
    for (const patch of recorder.byType(PATCH)) {
      expect(patch.inputs.metadata.namespace).toBe("data");
      expect(patch.inputs.metadata.annotations["pulumi.com/patchForce"]).toBe("true");
      expect(Object.keys(patch.inputs.spec)).toEqual(["resources"]);
      expect(patch.options.dependencies).toContain(sts.urn);
      expect(patch.options.retainOnDelete).toBe(true);
    }
  });

  it("sends the larger request to the existing claims when a template grows", async () => {
    await deploy("db", { spec: dbSpec() });
    const before = recorder.one(GUARD).inputs;
    recorder.clear();
    await deploy("db", {
      spec: dbSpec({
        volumeClaimTemplates: [
          { name: "data", resources: { requests: { storage: "20Gi" } } },
          { name: "wal", resources: { requests: { storage: "2Gi" } } },
        ],
      }),
    });
    expect(patches()).toEqual([
      { claim: "data-db-0", storage: "20Gi" },
      { claim: "data-db-1", storage: "20Gi" },
      { claim: "wal-db-0", storage: "2Gi" },
      { claim: "wal-db-1", storage: "2Gi" },
    ]);
    expect(recorder.one(STS).inputs.spec.volumeClaimTemplates[0].spec.resources.requests.storage).toBe(
      "20Gi",
    );
    await expect(identityGuardProvider.diff!("id", before, recorder.one(GUARD).inputs)).resolves.toEqual(
      REPLACED,
    );
  });

  it("refuses to shrink a template, even with acknowledgeRename", async () => {
    await deploy("db", { spec: dbSpec() });
    const before = recorder.one(GUARD).inputs;
    recorder.clear();
    await deploy("db", {
      spec: dbSpec({
        volumeClaimTemplates: [
          { name: "data", resources: { requests: { storage: "5Gi" } } },
          { name: "wal", resources: { requests: { storage: "2Gi" } } },
        ],
      }),
      acknowledgeRename: true,
    });
    await expect(identityGuardProvider.diff!("id", before, recorder.one(GUARD).inputs)).rejects.toThrow(
      /shrinks from 10Gi to 5Gi/,
    );
  });

  it("drops the patches of removed replicas on scale-down; being retainOnDelete, dropping them leaves the claims", async () => {
    await deploy("web", { spec: webSpec({ replicas: 3 }) });
    expect(patches().map((p) => p.claim)).toEqual(["data-web-0", "data-web-1", "data-web-2"]);
    recorder.clear();
    await deploy("web", { spec: webSpec({ replicas: 1 }) });
    expect(patches().map((p) => p.claim)).toEqual(["data-web-0"]);
    expect(recorder.one(STS).inputs.spec.persistentVolumeClaimRetentionPolicy.whenScaled).toBe("Retain");
  });

  it("creates no patches with resizeClaims: false, and says so", async () => {
    const web = await deploy("web", { spec: webSpec(), resizeClaims: false });
    expect(recorder.byType(PATCH)).toHaveLength(0);
    expect(web.claimPatches).toEqual([]);
    expect(logs.info.join("\n")).toMatch(/resizeClaims is false/);
  });
});

describe("Pulumi inputs in the spec", () => {
  it("resolves Outputs and secrets anywhere in the spec, including the namespace of a Namespace resource", async () => {
    const ns = new k8s.core.v1.Namespace("data", { metadata: { name: "data" } });
    const tag = pulumi.output("17.2");
    const password = pulumi.secret("s3cret");
    const db = await deploy("db", {
      spec: dbSpec({
        namespace: ns.metadata.name as unknown as string,
        containers: [
          {
            name: "db",
            image: pulumi.interpolate`postgres:${tag}` as unknown as string,
            env: [{ name: "POSTGRES_PASSWORD", value: password as unknown as string }],
            ports: [{ name: "pg", containerPort: 5432 }],
            volumeMounts: [
              { name: "data", mountPath: "/var/lib/postgresql/data" },
              { name: "wal", mountPath: "/var/lib/postgresql/wal" },
            ],
          },
        ],
      }),
    });
    const sts = recorder.one(STS).inputs;
    expect(sts.metadata.namespace).toBe("data");
    expect(sts.spec.template.spec.containers[0].image).toBe("postgres:17.2");
    expect(sts.spec.template.spec.containers[0].env).toEqual([
      { name: "POSTGRES_PASSWORD", value: "s3cret" },
    ]);
    expect(recorder.one(GUARD).inputs.identity.namespace).toBe("data");
    expect(recorder.byType(PATCH).every((p) => p.inputs.metadata.namespace === "data")).toBe(true);
    // The secret makes the rendered spec secret; the names stay readable.
    expect(await pulumi.isSecret(db.statefulSet.spec)).toBe(true);
    expect(await pulumi.isSecret(db.statefulSet.metadata)).toBe(false);
    expect(await pulumi.isSecret(db.name)).toBe(false);
    expect(await promiseOf(db.podDnsNames)).toEqual([
      "db-0.db.data.svc.cluster.local",
      "db-1.db.data.svc.cluster.local",
    ]);
  });
});

describe("Kubernetes provider and namespaces", () => {
  it("passes an explicit provider to every child and lands in its namespace when the spec has none", async () => {
    const provider = new k8s.Provider("team-a", {
      namespace: "team-a",
      kubeconfig: "apiVersion: v1\nkind: Config\n",
    });
    const web = await deploy("web", { spec: webSpec() }, { providers: [provider] });
    const providerRef = `${await promiseOf(provider.urn)}::team-a-id`;
    for (const type of [STS, SERVICE, PATCH]) {
      for (const child of recorder.byType(type)) expect(child.options.provider).toBe(providerRef);
    }
    // Nothing is rendered for the namespace: the provider's applies (and claims follow the pods).
    expect(recorder.one(STS).inputs.metadata.namespace).toBeUndefined();
    expect(recorder.byType(PATCH).every((p) => p.inputs.metadata.namespace === undefined)).toBe(true);
    expect(await promiseOf(web.namespace)).toBe("team-a");
    expect(await promiseOf(web.podDnsNames)).toContain("web-0.web.team-a.svc.cluster.local");
    expect(recorder.one(GUARD).inputs.identity.namespace).toBe("");
  });
});

describe("escape hatches", () => {
  it("runs transformManifest on each rendered object before the children are created", async () => {
    const seen: string[] = [];
    await deploy("db", {
      spec: dbSpec(),
      transformManifest: (manifest) => {
        seen.push(String(manifest.kind));
        if (manifest.kind !== "StatefulSet") return manifest;
        const template = manifest.spec!.volumeClaimTemplates![0]!;
        template.spec!.dataSourceRef = {
          kind: "VolumeSnapshot",
          name: "nightly",
          apiGroup: "snapshot.storage.k8s.io",
        };
        manifest.spec!.template.spec!.hostname = "ignored-by-kubernetes";
        return manifest;
      },
    });
    expect(seen).toEqual(["Service", "StatefulSet"]);
    const sts = recorder.one(STS).inputs;
    expect(sts.spec.volumeClaimTemplates[0].spec.dataSourceRef.name).toBe("nightly");
    expect(sts.spec.template.spec.hostname).toBe("ignored-by-kubernetes");
  });

  it("refuses a transformManifest that changes what protection depends on", () => {
    const tamper = (change: (manifest: Json) => void) => () =>
      new StatefulSet("web", {
        spec: webSpec(),
        transformManifest: (manifest) => {
          if (manifest.kind === "StatefulSet") change(manifest);
          return manifest;
        },
      });
    expect(tamper((m) => delete m.spec.persistentVolumeClaimRetentionPolicy)).toThrow(
      /may not change what PVC protection/,
    );
    expect(tamper((m) => (m.metadata.name = "other"))).toThrow(/may not change what PVC protection/);
    expect(tamper((m) => (m.spec.volumeClaimTemplates[0].spec.resources.requests.storage = "9Gi"))).toThrow(
      /volumeClaimTemplate names and storage/,
    );
    expect(tamper((m) => (m.kind = "Deployment"))).toThrow(/may not change apiVersion or kind/);
  });

  it("lets Pulumi transforms on the component reach its children", async () => {
    await deploy(
      "web",
      { spec: webSpec() },
      {
        transforms: [
          (args) =>
            args.type === STS
              ? {
                  props: { ...args.props, metadata: { ...args.props.metadata, labels: { team: "a" } } },
                  opts: args.opts,
                }
              : undefined,
        ],
      },
    );
    expect(recorder.one(STS).inputs.metadata.labels).toEqual({ team: "a" });
    expect(recorder.one(SERVICE).inputs.metadata.labels).toEqual({ "app.kubernetes.io/name": "web" });
  });
});

describe("protection 6: the preview says what protection does", () => {
  it("logs one info message on the component naming the claims it keeps", async () => {
    await deploy("web", { spec: webSpec() });
    expect(logs.info).toHaveLength(1);
    expect(logs.info[0]).toMatch(/claims data-web-0, data-web-1, data-web-2\./);
    expect(logs.info[0]).toMatch(/whenDeleted=Retain, whenScaled=Retain; the claims and their data are kept/);
    expect(logs.info[0]).toMatch(/applied to these claims in place/);
    // The one warning is core's lint (no readiness probe in this test spec), not the protection's.
    expect(logs.warn.map((line) => /\[(lint\.[a-z-]+)\]/.exec(line)?.[1])).toEqual([
      "lint.no-readiness-probe",
    ]);
  });

  it("names no claims for 0 replicas, but still explains the protection", async () => {
    await deploy("web", { spec: webSpec({ replicas: 0 }) });
    expect(recorder.byType(PATCH)).toHaveLength(0);
    expect(logs.info[0]).toMatch(/claims \(none for 0 replicas\)\./);
    expect(logs.info[0]).toMatch(/whenDeleted=Retain/);
  });

  it("says there is nothing to protect without volumeClaimTemplates", async () => {
    await deploy("stateless", {
      spec: {
        containers: [{ name: "app", image: "busybox:1.37" }],
      },
    });
    expect(recorder.byType(PATCH)).toHaveLength(0);
    expect(logs.info[0]).toMatch(/has no volumeClaimTemplates/);
  });
});

describe("await", () => {
  it("waits for readiness with the provider default, or with timeoutSeconds as custom timeouts", async () => {
    await deploy("web", { spec: webSpec() });
    expect(recorder.one(STS).options.customTimeouts).toEqual({ create: "", update: "", delete: "" });
    expect(recorder.one(STS).inputs.metadata.annotations["pulumi.com/skipAwait"]).toBeUndefined();
    recorder.clear();
    await deploy("web", { spec: webSpec(), timeoutSeconds: 1200 });
    expect(recorder.one(STS).options.customTimeouts).toEqual({
      create: "1200s",
      update: "1200s",
      delete: "",
    });
  });
});
