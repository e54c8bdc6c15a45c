/**
 * The pipes the CLI's README promises, for real: `podworks render app.yaml | kubectl apply -f -` and
 * `| kubectl diff -f -` against the local API server, with the kubectl the e2e build made and the built CLI run the
 * way an installed bin runs (`node dist/main.js` from the caller's folder). The file is a whole application:
 * a ServiceAccount, a ConfigMap, a StatefulSet (with its headless Service), a PodDisruptionBudget and a NetworkPolicy.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { kube } from "../src/kube.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = join(ROOT, "packages/cli/src/__fixtures__");
const CLI = join(ROOT, "packages/cli/dist/main.js");
const KUBECTL = join(
  execFileSync(join(ROOT, "e2e/build.sh"), ["--bin-dir"], { encoding: "utf8" }).trim(),
  "kubectl",
);

/** podworks with `args`, run in `cwd`, its stdout piped into kubectl with `kubectlArgs`. */
function pipe(args: readonly string[], kubectlArgs: readonly string[], cwd = FIXTURES) {
  const rendered = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8" });
  expect(rendered.status, rendered.stderr).toBe(0);
  const applied = spawnSync(KUBECTL, ["--kubeconfig", inject("kubeconfig"), ...kubectlArgs], {
    input: rendered.stdout,
    encoding: "utf8",
  });
  return { rendered: rendered.stdout, ...applied };
}

describe("podworks render | kubectl", () => {
  let ns = "";
  let temp = "";
  beforeAll(async () => {
    ns = await kube().namespace("e2e-cli-pipe");
    temp = mkdtempSync(join(tmpdir(), "podworks-pipe-"));
  });
  afterAll(async () => {
    if (ns) await kube().dropNamespace(ns);
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  it("kubectl apply -f - creates every object of a whole application, read relative to the caller", () => {
    const result = pipe(["render", "app.yaml"], ["apply", "-n", ns, "-f", "-"]);
    expect(result.status, result.stderr).toBe(0);
    for (const object of [
      "serviceaccount/web",
      "configmap/web-settings",
      "service/web",
      "statefulset.apps/web",
      "poddisruptionbudget.policy/web",
      "networkpolicy.networking.k8s.io/web-ingress",
    ]) {
      expect(result.stdout).toContain(`${object} created`);
    }
  });

  it("kubectl diff -f - finds nothing after the apply, and the change after an edit", () => {
    const same = pipe(["render", "app.yaml"], ["diff", "-n", ns, "-f", "-"]);
    expect(same.status, `${same.stdout}\n${same.stderr}`).toBe(0);
    expect(same.stdout).toBe("");
    const edited = join(temp, "app.yaml");
    writeFileSync(
      edited,
      readFileSync(join(FIXTURES, "app.yaml"), "utf8").replace("replicas: 2", "replicas: 3"),
    );
    const changed = pipe(["render", edited], ["diff", "-n", ns, "-f", "-"]);
    // kubectl diff exits 1 when it found differences.
    expect(changed.status, changed.stderr).toBe(1);
    expect(changed.stdout).toMatch(/^-\s+replicas: 2$/m);
    expect(changed.stdout).toMatch(/^\+\s+replicas: 3$/m);
  });

  it("kubectl apply --server-side takes the JSON List render prints", async () => {
    // A namespace of its own: the objects above belong to client-side apply, and taking them over is another matter.
    const ssa = await kube().namespace("e2e-cli-ssa");
    const result = pipe(
      ["render", "app.yaml", "--format", "json"],
      ["apply", "--server-side", "--field-manager", "podworks-e2e", "-n", ssa, "-f", "-"],
    );
    await kube().dropNamespace(ssa);
    expect(JSON.parse(result.rendered)).toMatchObject({ apiVersion: "v1", kind: "List" });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("statefulset.apps/web serverside-applied");
  });
});
