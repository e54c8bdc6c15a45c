/**
 * The podworks component provider on the real engine, through Pulumi YAML programs (no SDK needed): the plugin
 * folder `packages/pulumi/provider` named in Pulumi.yaml's `packages:`, the seed's four workloads
 * (examples/specs/*.yaml, inlined), then
 * - `pulumi up` creates the four kinds, and a second `up --expect-no-changes` passes;
 * - an invalid spec (examples/specs/invalid.yaml) fails `pulumi preview` with core's messages, one property path per
 *   problem, and nothing is created; in Korean with PODWORKS_LANG=ko;
 * - a serviceName change of the StatefulSet is refused at preview by the identity guard, which runs as the
 *   provider's own custom resource (`podworks:index:StatefulSetIdentityGuard`), and the owner guard has a root URN;
 * - `pulumi destroy` removes the workloads and keeps every claim;
 * - the CLI gets the committed schema from the plugin (`pulumi package get-schema`);
 * - a Kubernetes provider the program passes (`options.providers`) reaches the component's children;
 * - a replacement field's change (podManagementPolicy) gives a new StatefulSet that adopts the running pods, and a
 *   larger storage request patches every claim in place: "pods restarted: 0, PVCs lost: 0" each time.
 * The programs are written into the run's temporary folder. The YAML language host comes from
 * e2e/pulumi/build-languages.sh's cache; without it the file says SKIPPED and runs nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { validate, type WorkloadSpec } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createNamespace, deleteStaticStorage, Kubectl, staticStorage } from "../src/kube.js";
import { examplesDir, exec, type RunResult, repoRoot } from "../src/pulumi.js";

const env = inject("pulumiEnv");
const kube = new Kubectl(env);
const pluginDir = join(repoRoot, "packages", "pulumi", "provider");

const languages = spawnSync(join(repoRoot, "e2e", "pulumi", "build-languages.sh"), ["--check"], {
  encoding: "utf8",
});
const languagesBin = languages.status === 0 ? join(languages.stdout.trim(), "bin") : undefined;
if (!languagesBin)
  console.log(
    "provider.e2e: SKIPPED: the Pulumi YAML language host is not cached (build it once with e2e/pulumi/build-languages.sh)",
  );

function seed(file: string, namespace: string): WorkloadSpec {
  const spec = parseSpecs(readFileSync(join(examplesDir, "specs", file), "utf8")).specs[0] as WorkloadSpec;
  return { ...spec, namespace } as WorkloadSpec;
}

/** A Pulumi YAML program: one podworks component per spec (JSON is YAML, so specs go in as JSON). */
function program(
  project: string,
  components: readonly { name: string; type: string; spec: unknown; extra?: Record<string, unknown> }[],
  outputs: Record<string, string> = {},
): string {
  const lines = [
    `name: ${project}`,
    "runtime: yaml",
    "packages:",
    `  podworks: ${JSON.stringify(pluginDir)}`,
    "resources:",
  ];
  for (const c of components) {
    const { kind: _kind, ...spec } = c.spec as Record<string, unknown>;
    lines.push(`  ${c.name}:`, `    type: podworks:index:${c.type}`, "    properties:");
    lines.push(`      spec: ${JSON.stringify(spec)}`);
    for (const [key, value] of Object.entries(c.extra ?? {}))
      lines.push(`      ${key}: ${JSON.stringify(value)}`);
  }
  if (Object.keys(outputs).length > 0) {
    lines.push("outputs:");
    for (const [key, value] of Object.entries(outputs)) lines.push(`  ${key}: ${value}`);
  }
  return `${lines.join("\n")}\n`;
}

/** A Pulumi YAML interpolation, `${resource.output}`. */
function ref(path: string): string {
  return ["$", "{", path, "}"].join("");
}

class YamlStack {
  readonly name = "e2e";
  readonly dir: string;
  constructor(readonly label: string) {
    const base = join(env.work!, "projects");
    mkdirSync(base, { recursive: true });
    this.dir = mkdtempSync(join(base, `${label}-`));
  }

  write(text: string): void {
    writeFileSync(join(this.dir, "Pulumi.yaml"), text);
  }

  run(args: readonly string[], vars: Record<string, string> = {}): Promise<RunResult> {
    const full = [...args, "--stack", this.name, "--non-interactive", "--color", "never"];
    const path = [languagesBin!, env.vars.PATH ?? process.env.PATH ?? ""].join(delimiter);
    return exec({ ...env, vars: { ...env.vars, PATH: path, ...vars } }, "pulumi", full, { cwd: this.dir });
  }

  async ok(args: readonly string[]): Promise<RunResult> {
    const result = await this.run(args);
    if (result.code !== 0)
      throw new Error(
        `[${this.label}] pulumi ${args.join(" ")} exited with ${result.code}:\n${result.output.slice(-6000)}`,
      );
    console.log(`[${this.label}] pulumi ${args.join(" ")}: ${result.seconds}s`);
    return result;
  }

  async init(): Promise<void> {
    const path = [languagesBin!, env.vars.PATH ?? process.env.PATH ?? ""].join(delimiter);
    const r = await exec(
      { ...env, vars: { ...env.vars, PATH: path } },
      "pulumi",
      ["stack", "init", this.name, "--non-interactive"],
      {
        cwd: this.dir,
      },
    );
    if (r.code !== 0)
      throw new Error(`[${this.label}] pulumi stack init exited with ${r.code}:\n${r.output}`);
  }

  async resources(): Promise<{ type: string; urn: string; parent?: string }[]> {
    const exported = JSON.parse((await this.ok(["stack", "export"])).stdout) as {
      deployment?: { resources?: { type: string; urn: string; parent?: string }[] };
    };
    return exported.deployment?.resources ?? [];
  }
}

describe("the plugin folder", () => {
  it("serves the committed schema to the CLI (`pulumi package get-schema <folder>`)", async () => {
    const dir = mkdtempSync(join(env.work!, "get-schema-"));
    const result = await exec(env, "pulumi", ["package", "get-schema", pluginDir], { cwd: dir });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    const served = JSON.parse(result.stdout.slice(result.stdout.indexOf("{"))) as unknown;
    expect(served).toEqual(JSON.parse(readFileSync(join(pluginDir, "schema.json"), "utf8")));
  });
});

describe.skipIf(!languagesBin)("the podworks provider from a Pulumi YAML program", () => {
  let namespace: string;
  let stack: YamlStack;
  // Locally the claims bind to volumes of a StorageClass of this file's own, so they take none of the cluster's
  // shared static volumes; elsewhere the cluster's default class provisions them.
  const storageClass = env.mode === "local" ? "pw-provider" : undefined;
  const withClass = (spec: WorkloadSpec): WorkloadSpec => {
    if (!storageClass || spec.kind !== "StatefulSet") return spec;
    const templates = (spec.volumeClaimTemplates ?? []).map((t) => ({
      ...t,
      storageClassName: storageClass,
    }));
    return { ...spec, volumeClaimTemplates: templates };
  };
  const specs = () => ({
    job: seed("job.yaml", namespace),
    cron: seed("cron-job.yaml", namespace),
    daemon: seed("daemon-set.yaml", namespace),
    web: withClass(seed("stateful-set.yaml", namespace)),
  });
  const seedProgram = (webExtra: Record<string, unknown> = {}, webSpec: Record<string, unknown> = {}) => {
    const s = specs();
    return program(
      "podworks-provider-seed",
      [
        { name: "pi", type: "Job", spec: s.job },
        { name: "nightly-backup", type: "CronJob", spec: s.cron },
        { name: "log-agent", type: "DaemonSet", spec: s.daemon },
        { name: "web", type: "StatefulSet", spec: { ...s.web, ...webSpec }, extra: webExtra },
      ],
      {
        pvcNames: ref("web.pvcNames"),
        podDnsNames: ref("web.podDnsNames"),
        serviceName: ref("web.serviceName"),
        succeeded: ref("pi.succeeded"),
        schedule: ref("nightly-backup.schedule"),
        nextRuns: ref("nightly-backup.nextRuns"),
        daemonSet: ref("log-agent.name"),
      },
    );
  };

  beforeAll(async () => {
    if (storageClass) {
      const storage = staticStorage(storageClass, 3, "1Gi", {
        allowVolumeExpansion: true,
        hostDir: "/tmp/podworks-e2e-pulumi-provider",
      });
      await kube.apply(storage, join(env.work!, "provider-storage.json"));
    }
    namespace = await createNamespace(kube, "pw-provider", join(env.work!, "ns-provider.json"));
    stack = new YamlStack("provider-seed");
    stack.write(seedProgram());
    await stack.init();
  });
  afterAll(async () => {
    await stack?.run(["destroy", "--yes", "--skip-preview"]);
    await stack?.run(["stack", "rm", "--yes", "--force"]);
    if (namespace) await kube.delete(["namespace", namespace]);
    if (storageClass) await deleteStaticStorage(kube, [storageClass]);
  });

  it("pulumi up creates the four kinds; a second up changes nothing", async () => {
    await stack.ok(["up", "--yes", "--skip-preview"]);
    const outputs = JSON.parse((await stack.ok(["stack", "output", "--json"])).stdout) as Record<
      string,
      unknown
    >;
    expect(outputs.pvcNames).toEqual(["data-web-0", "data-web-1", "data-web-2"]);
    expect(outputs.podDnsNames).toEqual([0, 1, 2].map((i) => `web-${i}.web.${namespace}.svc.cluster.local`));
    expect(outputs.serviceName).toBe("web");
    expect(outputs.succeeded).toBe(5);
    expect(outputs.schedule).toBe("0 3 * * *");
    expect(outputs.nextRuns).toHaveLength(5);
    expect(outputs.daemonSet).toBe("log-agent");
    for (const [kind, name] of [
      ["jobs.batch", "pi"],
      ["cronjobs.batch", "nightly-backup"],
      ["daemonsets.apps", "log-agent"],
      ["statefulsets.apps", "web"],
      ["services", "web"],
    ] as const) {
      expect(await kube.get(kind, name, namespace), `${kind} ${name}`).toBeDefined();
    }
    const sts = await kube.get("statefulsets.apps", "web", namespace);
    expect(sts?.spec.persistentVolumeClaimRetentionPolicy).toEqual({
      whenDeleted: "Retain",
      whenScaled: "Retain",
    });

    // The guards are the provider's own custom resources: the identity guard under the component, the owner
    // guard at the root; no dynamic resource (a YAML program has no pulumi-nodejs host to run one).
    const resources = await stack.resources();
    const types = resources.map((r) => r.type);
    expect(types).not.toContain("pulumi-nodejs:dynamic:Resource");
    const identity = resources.find((r) => r.type === "podworks:index:StatefulSetIdentityGuard");
    expect(identity?.parent).toContain("podworks:index:StatefulSet::web");
    const owner = resources.find((r) => r.type === "podworks:index:StatefulSetOwnerGuard");
    // Registered without a parent inside construct, it has none in the state: its URN is a root URN, which no
    // rename of the component changes.
    expect(owner?.urn).toMatch(/::podworks:index:StatefulSetOwnerGuard::podworks-statefulset:/);
    expect(owner?.parent).toBeUndefined();

    await stack.ok(["up", "--yes", "--expect-no-changes"]);
  });

  it("refuses a serviceName change of the StatefulSet at preview", async () => {
    stack.write(seedProgram({}, { serviceName: "web-peers" }));
    const preview = await stack.run(["preview"]);
    expect(preview.code).not.toBe(0);
    expect(preview.output).toContain('podworks refused to change StatefulSet "web"');
    expect(preview.output).toContain('serviceName changes from "web" to "web-peers"');
    expect(preview.output).toContain('serviceName이 "web"에서 "web-peers"로 바뀐다');
    // Nothing changed in the cluster.
    expect((await kube.get("statefulsets.apps", "web", namespace))?.spec.serviceName).toBe("web");

    // acknowledgeRename lets the preview through (the update itself is not run: the claims would be left behind).
    stack.write(seedProgram({ acknowledgeRename: true }, { serviceName: "web-peers" }));
    const acknowledged = await stack.run(["preview"]);
    expect(acknowledged.code, acknowledged.output.slice(-3000)).toBe(0);
    stack.write(seedProgram());
  });

  it("pulumi destroy removes the workloads and keeps every claim", async () => {
    const claimsBefore = (await kube.list("persistentvolumeclaims", namespace))
      .map((c) => c.metadata.name)
      .sort();
    expect(claimsBefore).toEqual(["data-web-0", "data-web-1", "data-web-2"]);
    await stack.ok(["destroy", "--yes", "--skip-preview"]);
    expect(await kube.get("statefulsets.apps", "web", namespace)).toBeUndefined();
    expect(await kube.get("daemonsets.apps", "log-agent", namespace)).toBeUndefined();
    const claimsAfter = (await kube.list("persistentvolumeclaims", namespace))
      .map((c) => c.metadata.name)
      .sort();
    expect(claimsAfter).toEqual(claimsBefore);
  });
});

describe.skipIf(!languagesBin)("a Kubernetes provider the program passes", () => {
  let namespace: string;
  let stack: YamlStack;
  beforeAll(async () => {
    namespace = await createNamespace(kube, "pw-provider-k8s", join(env.work!, "ns-provider-k8s.json"));
    stack = new YamlStack("provider-k8s");
    const lines = [
      "name: podworks-provider-k8s",
      "runtime: yaml",
      "packages:",
      `  podworks: ${JSON.stringify(pluginDir)}`,
      "resources:",
      "  k8s:",
      "    type: pulumi:providers:kubernetes",
      "    properties:",
      `      namespace: ${namespace}`,
      "  backup:",
      "    type: podworks:index:CronJob",
      "    properties:",
      `      spec: ${JSON.stringify({ schedule: "0 3 * * *", containers: [{ name: "b", image: "busybox:1.37" }] })}`,
      "    options:",
      "      providers:",
      `        - ${ref("k8s")}`,
      "outputs:",
      `  namespace: ${ref("backup.namespace")}`,
    ];
    stack.write(`${lines.join("\n")}\n`);
    await stack.init();
  });
  afterAll(async () => {
    await stack?.run(["destroy", "--yes", "--skip-preview"]);
    await stack?.run(["stack", "rm", "--yes", "--force"]);
    if (namespace) await kube.delete(["namespace", namespace]);
  });

  it("reaches the component's children (`options.providers`)", async () => {
    await stack.ok(["up", "--yes", "--skip-preview"]);
    // The spec names no namespace: the CronJob lands in the namespace of the provider the program passed.
    expect(await kube.get("cronjobs.batch", "backup", namespace)).toBeDefined();
    const outputs = JSON.parse((await stack.ok(["stack", "output", "--json"])).stdout) as Record<
      string,
      unknown
    >;
    expect(outputs.namespace).toBe(namespace);
    const child = (await stack.resources()).find((r) => r.type === "kubernetes:batch/v1:CronJob") as
      | { provider?: string }
      | undefined;
    expect(child?.provider).toContain("pulumi:providers:kubernetes::k8s::");
  });
});

describe.skipIf(!languagesBin)("an invalid spec through the provider", () => {
  let namespace: string;
  let stack: YamlStack;
  const spec = () =>
    parseSpecs(readFileSync(join(examplesDir, "specs", "invalid.yaml"), "utf8")).specs[0] as Record<
      string,
      unknown
    >;

  beforeAll(async () => {
    namespace = await createNamespace(
      kube,
      "pw-provider-invalid",
      join(env.work!, "ns-provider-invalid.json"),
    );
    stack = new YamlStack("provider-invalid");
    stack.write(
      program("podworks-provider-invalid", [
        { name: "report", type: "CronJob", spec: { ...spec(), namespace } },
      ]),
    );
    await stack.init();
  });
  afterAll(async () => {
    await stack?.run(["stack", "rm", "--yes", "--force"]);
    if (namespace) await kube.delete(["namespace", namespace]);
  });

  it("fails pulumi preview with core's messages, one property path per problem, and creates nothing", async () => {
    const result = validate({ ...spec(), namespace });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.issues.filter((i) => i.severity !== "warning");
    expect(errors.length).toBeGreaterThan(3);

    const preview = await stack.run(["preview"]);
    expect(preview.code).not.toBe(0);
    expect(preview.output).toContain(
      `podworks:index:CronJob "report" (args.spec) is invalid: ${errors.length} problems`,
    );
    for (const issue of errors) {
      const path = issue.path ? `spec.${issue.path}` : "spec";
      expect(preview.output, issue.rule).toContain(`property ${path}`);
      expect(preview.output, issue.rule).toContain(`${issue.message.en} [${issue.rule}]`);
    }
    const korean = await stack.run(["preview"], { PODWORKS_LANG: "ko" });
    expect(korean.code).not.toBe(0);
    expect(korean.output).toContain(`문제가 ${errors.length}개 있다`);
    for (const issue of errors) expect(korean.output, issue.rule).toContain(issue.message.ko);

    // up fails the same way, and nothing reaches the cluster or the state.
    const up = await stack.run(["up", "--yes", "--skip-preview"]);
    expect(up.code).not.toBe(0);
    expect(up.output).toContain(`is invalid: ${errors.length} problems; nothing was created`);
    expect(await kube.list("cronjobs.batch", namespace)).toEqual([]);
    const resources = await stack.resources();
    expect(resources.filter((r) => r.type.startsWith("kubernetes:"))).toEqual([]);
    expect(resources.filter((r) => r.type === "podworks:index:CronJob")).toEqual([]);
  });
});

describe.skipIf(!languagesBin || env.mode !== "local")("StatefulSet changes through the provider", () => {
  // The same replacement behaviour as the TypeScript components (statefulset-replacement.e2e.test.ts), from a
  // program in another language: a replacement field's change deletes the old object with orphan propagation and
  // the new one adopts the running pods; a larger storage request patches the claims in place. Static volumes of a
  // class of its own that allows expansion, so the claims' UIDs and sizes are this file's alone.
  const storageClass = "pw-provider-change";
  let namespace: string;
  let stack: YamlStack;
  const spec = (changes: Record<string, unknown> = {}, storage = "1Gi") => {
    const base = seed("stateful-set.yaml", namespace) as unknown as Record<string, unknown>;
    return {
      ...base,
      ...changes,
      volumeClaimTemplates: [
        { name: "data", storageClassName: storageClass, resources: { requests: { storage } } },
      ],
    };
  };
  const write = (changes: Record<string, unknown> = {}, storage = "1Gi") =>
    stack.write(
      program("podworks-provider-change", [
        { name: "db", type: "StatefulSet", spec: spec(changes, storage) },
      ]),
    );

  const uids = async (kind: string) =>
    new Map(
      (await kube.list(kind, namespace)).map((o) => [o.metadata.name as string, o.metadata.uid as string]),
    );
  /** Prints and returns pods restarted (gone or a new UID) and claims lost since `before`. */
  const compare = async (step: string, pods: Map<string, string>, claims: Map<string, string>) => {
    const podsNow = await uids("pods");
    const claimsNow = await uids("persistentvolumeclaims");
    const restarted = [...pods].filter(([name, uid]) => podsNow.get(name) !== uid).length;
    const lost = [...claims].filter(([name, uid]) => claimsNow.get(name) !== uid).length;
    console.log(`[provider-change: ${step}] pods restarted: ${restarted}, PVCs lost: ${lost}`);
    return { restarted, lost };
  };

  beforeAll(async () => {
    await kube.apply(
      staticStorage(storageClass, 3, "1Gi", {
        allowVolumeExpansion: true,
        hostDir: "/tmp/podworks-e2e-pulumi-provider-change",
      }),
      join(env.work!, "provider-change-storage.json"),
    );
    namespace = await createNamespace(kube, "pw-provider-change", join(env.work!, "ns-provider-change.json"));
    stack = new YamlStack("provider-change");
    write();
    await stack.init();
    await stack.ok(["up", "--yes", "--skip-preview"]);
  });
  afterAll(async () => {
    await stack?.run(["destroy", "--yes", "--skip-preview"]);
    await stack?.run(["stack", "rm", "--yes", "--force"]);
    if (namespace) await kube.delete(["namespace", namespace]);
    await deleteStaticStorage(kube, [storageClass]);
  });

  it("podManagementPolicy OrderedReady -> Parallel: a new StatefulSet adopts the pods; pods restarted 0, PVCs lost 0", async () => {
    const pods = await uids("pods");
    const claims = await uids("persistentvolumeclaims");
    expect([...pods.keys()].sort()).toEqual(["web-0", "web-1", "web-2"]);
    const before = (await kube.get("statefulsets.apps", "web", namespace))!;
    expect(before.spec.podManagementPolicy).toBe("OrderedReady");

    write({ podManagementPolicy: "Parallel" });
    const preview = await stack.ok(["preview", "--diff"]);
    expect(preview.output).toContain("replace");
    await stack.ok(["up", "--yes", "--skip-preview"]);

    const after = (await kube.get("statefulsets.apps", "web", namespace))!;
    expect(after.spec.podManagementPolicy).toBe("Parallel");
    expect(after.metadata.uid, "a new StatefulSet object").not.toBe(before.metadata.uid);
    expect(await compare("podManagementPolicy", pods, claims)).toEqual({ restarted: 0, lost: 0 });
    for (const pod of await kube.list("pods", namespace)) {
      const owner = (pod.metadata.ownerReferences as { uid: string; controller?: boolean }[]).find(
        (o) => o.controller,
      );
      expect(owner?.uid, `${pod.metadata.name} is owned by the new StatefulSet`).toBe(after.metadata.uid);
    }
  });

  it("storage 1Gi -> 2Gi: every claim is patched to 2Gi in place; pods restarted 0, PVCs lost 0", async () => {
    const pods = await uids("pods");
    const claims = await uids("persistentvolumeclaims");
    write({ podManagementPolicy: "Parallel" }, "2Gi");
    await stack.ok(["up", "--yes", "--skip-preview"]);
    for (const claim of await kube.list("persistentvolumeclaims", namespace))
      expect(claim.spec.resources.requests.storage, claim.metadata.name).toBe("2Gi");
    expect(await compare("storage 2Gi", pods, claims)).toEqual({ restarted: 0, lost: 0 });
    await stack.ok(["up", "--yes", "--expect-no-changes"]);
  });
});
