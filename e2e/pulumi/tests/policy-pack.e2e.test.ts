/**
 * The policy pack shipped in @podworks/pulumi, run by the CLI (`pulumi preview --policy-pack`), blocks a StatefulSet
 * written with @pulumi/kubernetes directly whose claims would be deleted with it (retention Delete, no
 * acknowledgement), before anything is created; a podworks StatefulSet passes the same pack.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createNamespace, Kubectl } from "../src/kube.js";
import { policyPackDir, Stack } from "../src/pulumi.js";

const env = inject("pulumiEnv");
const kube = new Kubectl(env);

describe("policy pack podworks-statefulset-data", () => {
  let namespace: string;
  const stacks: Stack[] = [];
  beforeAll(async () => {
    namespace = await createNamespace(kube, "pw-policy", join(env.work!, "ns-policy.json"));
  });
  afterAll(async () => {
    for (const s of stacks) await s.remove();
    if (namespace) await kube.delete(["namespace", namespace]);
  });

  it("blocks a raw @pulumi/kubernetes StatefulSet with retention Delete at preview", async () => {
    const stack = Stack.fixture(env, "raw-statefulset");
    stacks.push(stack);
    await stack.init({ namespace });
    const preview = await stack.run(["preview", "--policy-pack", policyPackDir]);
    expect(preview.code, preview.output).not.toBe(0);
    expect(preview.output).toContain("podworks-statefulset-delete-acknowledged");
    expect(preview.output).toMatch(/mandatory/);
    expect(await kube.list("statefulsets.apps", namespace)).toEqual([]);
    expect(await kube.list("pvc", namespace)).toEqual([]);
  });

  it("lets a podworks StatefulSet through", async () => {
    const stack = Stack.fixture(env, "statefulset");
    stacks.push(stack);
    await stack.init({
      namespace,
      replicas: "1",
      templates: JSON.stringify([{ name: "data", storage: "1Gi" }]),
    });
    const preview = await stack.run(["preview", "--policy-pack", policyPackDir]);
    expect(preview.code, preview.output).toBe(0);
    expect(preview.output).not.toMatch(/mandatory/);
  });
});
