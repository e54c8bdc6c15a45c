/**
 * examples/python-seed on the real engine: a Python program, the SDK `pulumi package add` generates from the podworks
 * provider plugin, pulumi-kubernetes 4.32.0, the local cluster. It proves from Python what the TypeScript suite proves
 * for the components:
 * - the seed's four workloads: `up`, `up --expect-no-changes`, `destroy` (claims kept);
 * - examples/specs/invalid.yaml fails `pulumi preview` with core's messages, in English and, with PODWORKS_LANG=ko,
 *   in Korean, and nothing is created;
 * - a StatefulSet scale-down 3 -> 1 and a destroy keep every claim (`PVCs lost: 0`), and a serviceName change is
 *   refused at preview by the identity guard;
 * - the policy pack (packages/pulumi/policy-pack) blocks a Python stack's raw StatefulSet with `whenDeleted: Delete`
 *   and lets the podworks StatefulSet of a Python stack through.
 */
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validate } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, beforeAll, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import {
  createNamespace,
  deleteStaticStorage,
  Kubectl,
  PvcLedger,
  staticStorage,
  uniqueName,
} from "../../src/kube.js";
import { describeLanguage, type PythonProgram, pythonProgram } from "../../src/languages.js";
import { examplesDir, policyPackDir, Stack, stageDir } from "../../src/pulumi.js";
import { deleteSeedVolumes, seedLifecycle, seedVolumes } from "./seed.js";

const HOST_DIR = "/tmp/podworks-e2e-pulumi";
const fixtures = fileURLToPath(new URL("fixtures/", import.meta.url));

describeLanguage("python", "Python: examples/python-seed through the podworks provider", (env, tools) => {
  const kube = new Kubectl(env);
  const namespaces: string[] = [];
  const stacks: Stack[] = [];
  let storageClass = "";
  let volumes: string | undefined;
  // The first program's virtualenv (with the SDK `pulumi package add` installed) serves the later stacks.
  let seed: PythonProgram;

  /** A folder of spec files for a stack's `specsDir`. */
  function specsDir(files: Record<string, unknown>): string {
    const dir = mkdtempSync(join(env.work!, "python-specs-"));
    for (const [file, spec] of Object.entries(files)) writeFileSync(join(dir, file), stringify(spec));
    return dir;
  }

  async function namespace(prefix: string): Promise<string> {
    const name = await createNamespace(kube, prefix, join(env.work!, `ns-${prefix}.json`));
    namespaces.push(name);
    return name;
  }

  /** A Python seed stack on `files` (spec file names) in `dir`, sharing the first program's virtualenv. */
  async function specStack(label: string, ns: string, dir: string, files: string[]): Promise<Stack> {
    const { stack } = await pythonProgram(env, tools, label, seed.venv);
    stacks.push(stack);
    await stack.init({ namespace: ns, specsDir: dir });
    for (const [i, file] of files.entries())
      await stack.ok(["config", "set", "--path", `specFiles[${i}]`, file]);
    return stack;
  }

  beforeAll(async () => {
    seed = await pythonProgram(env, tools, "python-seed");
    stacks.push(seed.stack);
  });
  afterAll(async () => {
    for (const s of stacks) await s.remove();
    for (const ns of namespaces) await kube.delete(["namespace", ns]);
    if (storageClass) await deleteStaticStorage(kube, [storageClass]);
    await deleteSeedVolumes(kube, volumes);
  });

  it("deploys the seed's four workloads; a second up changes nothing; destroy keeps the claims", async () => {
    const ns = await namespace("pw-python-seed");
    volumes = await seedVolumes(env, kube, "python-seed");
    await seed.stack.init({ namespace: ns });
    await seedLifecycle(seed.stack, kube, ns, "python seed");
  });

  it("fails preview on examples/specs/invalid.yaml with core's messages, in English and Korean; creates nothing", async () => {
    const ns = await namespace("pw-python-invalid");
    const dir = mkdtempSync(join(env.work!, "python-invalid-"));
    copyFileSync(join(examplesDir, "specs", "invalid.yaml"), join(dir, "invalid.yaml"));
    const stack = await specStack("python-invalid", ns, dir, ["invalid.yaml"]);

    const spec = parseSpecs(readFileSync(join(dir, "invalid.yaml"), "utf8")).specs[0]!;
    const result = validate(spec);
    const errors = result.ok ? [] : result.issues.filter((issue) => issue.severity !== "warning");
    expect(errors.length).toBeGreaterThan(3);

    const preview = await stack.run(["preview"]);
    expect(preview.code).not.toBe(0);
    expect(preview.output).toContain(
      `podworks:index:CronJob "Nightly_Report" (args.spec) is invalid: ${errors.length} problems`,
    );
    for (const issue of errors) {
      expect(preview.output, issue.rule).toContain(`property ${issue.path ? `spec.${issue.path}` : "spec"}`);
      expect(preview.output, issue.rule).toContain(`${issue.message.en} [${issue.rule}]`);
    }
    const korean = await stack.run(["preview"], { PODWORKS_LANG: "ko" });
    expect(korean.code).not.toBe(0);
    expect(korean.output).toContain(`문제가 ${errors.length}개 있다`);
    for (const issue of errors)
      expect(korean.output, issue.rule).toContain(`${issue.message.ko} [${issue.rule}]`);

    for (const kind of ["cronjobs.batch", "jobs.batch", "pods"])
      expect(await kube.list(kind, ns), kind).toEqual([]);
    const exported = JSON.parse((await stack.ok(["stack", "export"])).stdout) as {
      deployment?: { resources?: { type: string }[] };
    };
    expect((exported.deployment?.resources ?? []).filter((r) => r.type !== "pulumi:pulumi:Stack")).toEqual(
      [],
    );
  });

  it("scale-down 3 -> 1 and destroy keep every claim; a serviceName change is refused at preview", async () => {
    const ns = await namespace("pw-python-sts");
    storageClass = uniqueName("pw-python-sts");
    await kube.apply(
      staticStorage(storageClass, 3, "1Gi", { allowVolumeExpansion: false, hostDir: HOST_DIR }),
      join(env.work!, "storage-python-sts.json"),
    );
    const base = parse(readFileSync(join(examplesDir, "specs", "stateful-set.yaml"), "utf8")) as {
      replicas: number;
      serviceName?: string;
      volumeClaimTemplates: { storageClassName?: string }[];
    };
    base.volumeClaimTemplates[0]!.storageClassName = storageClass;
    const dir = specsDir({ "stateful-set.yaml": base });
    const write = (spec: object) =>
      writeFileSync(join(dir, "stateful-set.yaml"), stringify({ ...base, ...spec }));
    const stack = await specStack("python-sts", ns, dir, ["stateful-set.yaml"]);
    const ledger = new PvcLedger(kube, ns);

    // The podworks StatefulSet of a Python stack passes the policy pack (Retain/Retain, named).
    const checked = await stack.run(["preview", "--policy-pack", policyPackDir]);
    expect(checked.code, checked.output.slice(-3000)).toBe(0);
    expect(checked.output).not.toMatch(/mandatory/);

    await stack.up();
    const sts = await kube.get("statefulsets.apps", "web", ns);
    expect(sts?.status.readyReplicas).toBe(3);
    await ledger.record();
    expect(ledger.size).toBe(3);
    expect((await ledger.report("python sts up 3")).lost).toEqual([]);

    write({ serviceName: "web-peers" });
    const refused = await stack.run(["preview"]);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain('podworks refused to change StatefulSet "web"');
    expect(refused.output).toContain('serviceName changes from "web" to "web-peers"');
    expect((await kube.get("statefulsets.apps", "web", ns))?.metadata.uid).toBe(sts?.metadata.uid);
    expect((await kube.get("statefulsets.apps", "web", ns))?.spec.serviceName).toBe("web");

    write({ replicas: 1 });
    await stack.up();
    const scaled = await kube.get("statefulsets.apps", "web", ns);
    expect(scaled?.spec.replicas).toBe(1);
    expect(scaled?.metadata.uid).toBe(sts?.metadata.uid);
    await kube.until("web-1 and web-2 to be gone", 120, async () =>
      (await kube.list("pods", ns)).length === 1 ? true : undefined,
    );
    const afterScale = await ledger.report("python sts scale 3 -> 1");
    expect(afterScale.lost).toEqual([]);
    expect(afterScale.kept).toBe(3);

    await stack.destroy();
    expect(await kube.get("statefulsets.apps", "web", ns)).toBeUndefined();
    const afterDestroy = await ledger.report("python sts destroy");
    expect(afterDestroy.lost).toEqual([]);
    expect(afterDestroy.kept).toBe(3);
  });

  it("the policy pack blocks a Python stack's raw StatefulSet with whenDeleted: Delete at preview", async () => {
    const ns = await namespace("pw-python-policy");
    const dir = stageDir(env, "python-raw-statefulset");
    const src = join(fixtures, "raw-statefulset");
    symlinkSync(join(src, "__main__.py"), join(dir, "__main__.py"));
    const project = parse(readFileSync(join(src, "Pulumi.yaml"), "utf8")) as {
      runtime: { options: Record<string, string> };
    };
    project.runtime.options.virtualenv = seed.venv;
    writeFileSync(join(dir, "Pulumi.yaml"), stringify(project));
    const stack = Stack.staged(env, dir, "fixtures/python raw-statefulset");
    stacks.push(stack);
    await stack.init({ namespace: ns });

    const preview = await stack.run(["preview", "--policy-pack", policyPackDir]);
    expect(preview.code, preview.output).not.toBe(0);
    expect(preview.output).toContain("podworks-statefulset-delete-acknowledged");
    expect(preview.output).toMatch(/mandatory/);
    expect(preview.output).toContain('StatefulSet "raw-db" has whenDeleted: Delete');
    expect(await kube.list("statefulsets.apps", ns)).toEqual([]);
  });
});
