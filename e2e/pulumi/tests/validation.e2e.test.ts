/**
 * An invalid spec fails `pulumi preview` with core's message, before anything is created: the component validates
 * in its constructor, so the program fails while Pulumi is still planning. The spec is examples/specs/invalid.yaml,
 * the same file `podworks validate` is shown with.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssues, validate } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createNamespace, Kubectl } from "../src/kube.js";
import { examplesDir, Stack } from "../src/pulumi.js";

const env = inject("pulumiEnv");
const kube = new Kubectl(env);
const file = join(examplesDir, "specs", "invalid.yaml");

describe("invalid args", () => {
  let namespace: string;
  let stack: Stack;
  beforeAll(async () => {
    namespace = await createNamespace(kube, "pw-invalid", join(env.work!, "ns-invalid.json"));
    stack = Stack.fixture(env, "spec-file");
    await stack.init({ namespace, file });
  });
  afterAll(async () => {
    await stack?.remove();
    if (namespace) await kube.delete(["namespace", namespace]);
  });

  it("fail pulumi preview with core's message and create nothing", async () => {
    const spec = parseSpecs(readFileSync(file, "utf8")).specs[0];
    const result = validate(spec);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.length).toBeGreaterThan(1);

    const preview = await stack.run(["preview"]);
    expect(preview.code).not.toBe(0);
    expect(preview.output).toContain('podworks:index:CronJob "Nightly_Report" (args.spec) is invalid');
    expect(preview.output).toContain(`${issues.length} problems`);
    // Every line core writes for an issue, as `podworks validate` prints it.
    for (const issue of issues) {
      const first = formatIssues([issue]).split("\n")[0]!;
      expect(preview.output, issue.rule).toContain(first);
    }

    // Nothing reached the cluster and the stack holds no resources.
    for (const kind of ["cronjobs.batch", "jobs.batch", "pods"])
      expect(await kube.list(kind, namespace), kind).toEqual([]);
    const exported = JSON.parse((await stack.ok(["stack", "export"])).stdout) as {
      deployment?: { resources?: unknown[] };
    };
    expect(exported.deployment?.resources ?? []).toEqual([]);
  });
});
