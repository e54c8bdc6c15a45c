/**
 * The built `podworks` in real shell pipelines, the way users run it: `podworks render app.yaml | kubectl ...`.
 * kubectl comes from the e2e build's cache when it is there (`e2e/build.sh --check`). Without a cluster,
 * `kubectl apply` and `kubectl diff` cannot run (even `--dry-run=client` asks the API server for its resource
 * list), so the pipe ends in `kubectl annotate --local -f - ... -o name`, which decodes every object from
 * standard input exactly as `apply -f -` does, offline. Without kubectl, the same stdout is parsed as YAML/JSON.
 * `apply` and `diff` against a real API server belong to the e2e suite (e2e/run.sh), which starts the cluster.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { CLI_DIR, ROOT } from "./__tests__/run.js";

const MAIN = join(CLI_DIR, "dist/main.js");
const ENV = { ...process.env, LC_ALL: "C", KUBECONFIG: "/dev/null" };

function kubectlPath(): string | undefined {
  const check = spawnSync(join(ROOT, "e2e/build.sh"), ["--check"], { encoding: "utf8" });
  const bin = check.status === 0 ? join(check.stdout.trim(), "kubectl") : undefined;
  return bin && existsSync(bin) ? bin : undefined;
}
// PODWORKS_PIPE_WITHOUT_KUBECTL=1 takes the parse path even where kubectl is cached (to test that path too).
const KUBECTL = process.env.PODWORKS_PIPE_WITHOUT_KUBECTL === "1" ? undefined : kubectlPath();

function sh(command: string, cwd = ROOT) {
  const result = spawnSync("bash", ["-o", "pipefail", "-c", command], { cwd, encoding: "utf8", env: ENV });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a consumer of the stream sees: `kind/name` per object (kubectl's `-o name`, or a parse). */
function consume(producer: string, cwd = ROOT, quiet = true): string[] {
  if (KUBECTL) {
    const piped = sh(`${producer} | '${KUBECTL}' annotate --local -f - podworks.dev/piped=yes -o name`, cwd);
    // ./dev reports its own setup (pnpm install) on standard error; podworks itself prints nothing there.
    if (quiet) expect(piped.stderr).toBe("");
    expect(piped.code).toBe(0);
    return piped.stdout.trim().split("\n");
  }
  const produced = sh(producer, cwd);
  expect(produced.code).toBe(0);
  interface K8sObject {
    readonly kind: string;
    readonly apiVersion: string;
    readonly metadata: { readonly name: string };
    readonly items?: readonly K8sObject[];
  }
  const objects: K8sObject[] = [];
  for (const doc of [...parseAllDocuments(produced.stdout)]) {
    expect(doc.errors).toEqual([]);
    const value = doc.toJS() as K8sObject;
    objects.push(...(value.kind === "List" ? (value.items ?? []) : [value]));
  }
  return objects.map((o) => {
    const group = o.apiVersion.includes("/") ? `.${o.apiVersion.split("/")[0]}` : "";
    return `${o.kind.toLowerCase()}${group}/${o.metadata.name}`;
  });
}

const EXPECTED = ["job.batch/pi", "service/web", "statefulset.apps/web"];

describe("podworks in pipes", () => {
  it("has a build to run", () => {
    expect(existsSync(MAIN), `${MAIN} is missing: build first (pnpm exec turbo run build)`).toBe(true);
  });

  it("render | kubectl: YAML with nothing else on standard output", () => {
    const producer = `node '${MAIN}' render examples/specs/job.yaml examples/specs/stateful-set.yaml`;
    expect(consume(producer)).toEqual(EXPECTED);
  });

  it("render --format json | kubectl: one v1 List", () => {
    const producer = `node '${MAIN}' render examples/specs/job.yaml examples/specs/stateful-set.yaml --format json`;
    expect(consume(producer)).toEqual(EXPECTED);
  });

  it("render of a whole application, objects passed through", () => {
    const producer = `node '${MAIN}' render packages/cli/src/__fixtures__/app.yaml`;
    expect(consume(producer)).toEqual([
      "serviceaccount/web",
      "configmap/web-settings",
      "service/web",
      "statefulset.apps/web",
      "poddisruptionbudget.policy/web",
      "networkpolicy.networking.k8s.io/web-ingress",
    ]);
  });

  it("./dev podworks from another folder reads paths relative to that folder", () => {
    const cwd = join(ROOT, "examples/specs");
    const direct = sh(`'${join(ROOT, "dev")}' podworks render job.yaml`, cwd);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toBe(readFileSync(join(CLI_DIR, "src/__fixtures__/job.yaml"), "utf8"));
    expect(consume(`'${join(ROOT, "dev")}' podworks render job.yaml stateful-set.yaml`, cwd, false)).toEqual(
      EXPECTED,
    );
  });

  it("a failing render breaks the pipe with exit code 1 and only messages on standard error", () => {
    const result = sh(`node '${MAIN}' render examples/specs/invalid.yaml | cat`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("nothing was rendered");
  });
});
