import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_DIR, podworks } from "./__tests__/run.js";
import { globToRegExp } from "./inputs.js";

const APP = "packages/cli/src/__fixtures__/app.yaml";
// Lint-clean (a ttl and requests), so that a valid folder validates without warnings.
const JOB =
  "kind: Job\nname: NAME\nttlSecondsAfterFinished: 60\ncontainers: [{ name: c, image: busybox:1.37, resources: { requests: { cpu: 10m } } }]\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "podworks-inputs-"));
  mkdirSync(join(dir, "k8s/batch"), { recursive: true });
  mkdirSync(join(dir, "k8s/.hidden"));
  writeFileSync(join(dir, "k8s/a.yaml"), JOB.replace("NAME", "a"));
  writeFileSync(join(dir, "k8s/batch/b.yml"), JOB.replace("NAME", "b"));
  writeFileSync(
    join(dir, "k8s/batch/c.json"),
    JSON.stringify({
      kind: "Job",
      name: "c",
      ttlSecondsAfterFinished: 60,
      containers: [{ name: "c", image: "busybox:1.37", resources: { requests: { cpu: "10m" } } }],
    }),
  );
  writeFileSync(join(dir, "k8s/README.md"), "# not a spec\n");
  writeFileSync(join(dir, "k8s/.hidden/d.yaml"), "not: [valid\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const names = (yaml: string) =>
  parseSpecs(yaml).specs.map((o) => (o as { metadata: { name: string } }).metadata.name);

describe("folders and globs", () => {
  it("reads every spec file under a folder, sorted, leaving hidden ones and other files out", async () => {
    const result = await podworks(["render", join(dir, "k8s")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(names(result.stdout)).toEqual(["a", "b", "c"]);
    const validate = await podworks(["validate", join(dir, "k8s/")]);
    expect(validate.stdout).toBe("OK: 3 specs in 3 files\n");
  });

  it("expands a quoted glob itself, with ** and {a,b}", async () => {
    expect(names((await podworks(["render", join(dir, "k8s/**/*.{yml,json}")])).stdout)).toEqual(["b", "c"]);
    expect(names((await podworks(["render", join(dir, "k8s/*.yaml")])).stdout)).toEqual(["a"]);
    expect(names((await podworks(["render", join(dir, "k8s/**/?.y*ml")])).stdout)).toEqual(["a", "b"]);
  });

  it("turns globs into anchored expressions", () => {
    expect(globToRegExp("k8s/**/*.yaml").test("k8s/a.yaml")).toBe(true);
    expect(globToRegExp("k8s/**/*.yaml").test("k8s/x/y/a.yaml")).toBe(true);
    expect(globToRegExp("k8s/*.yaml").test("k8s/x/a.yaml")).toBe(false);
    expect(globToRegExp("k8s/[ab].yaml").test("k8s/b.yaml")).toBe(true);
    expect(globToRegExp("k8s/[!ab].yaml").test("k8s/b.yaml")).toBe(false);
    expect(globToRegExp("a.yaml").test("aXyaml")).toBe(false);
  });
});

describe("whole applications in one file", () => {
  it("passes Kubernetes objects through, in order, beside the rendered specs", async () => {
    const result = await podworks(["render", APP]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(join(CLI_DIR, "src/__fixtures__/app.rendered.yaml"));
    const kinds = parseSpecs(result.stdout).specs.map((o) => (o as { kind: string }).kind);
    expect(kinds).toEqual([
      "ServiceAccount",
      "ConfigMap",
      "Service",
      "StatefulSet",
      "PodDisruptionBudget",
      "NetworkPolicy",
    ]);
    const original = parseSpecs(
      (await import("node:fs")).readFileSync(join(CLI_DIR, "src/__fixtures__/app.yaml"), "utf8"),
    ).specs;
    // Objects come out exactly as they went in.
    expect(parseSpecs(result.stdout).specs[4]).toEqual(original[3]);
    const validate = await podworks(["validate", APP]);
    expect(validate.stdout).toBe("OK: 1 spec and 4 objects in 1 file\n");
  });

  it("renders them into one v1 List with --format json", async () => {
    const result = await podworks(["render", APP, "--format", "json"]);
    const list = JSON.parse(result.stdout);
    expect(list.apiVersion).toBe("v1");
    expect(list.kind).toBe("List");
    expect(list.items.map((o: { kind: string }) => o.kind)).toEqual([
      "ServiceAccount",
      "ConfigMap",
      "Service",
      "StatefulSet",
      "PodDisruptionBudget",
      "NetworkPolicy",
    ]);
  });

  it("refuses an object without apiVersion, kind or a valid name, with its position", async () => {
    const text =
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Settings\n---\napiVersion: v1\nmetadata: { name: x }\n";
    const result = await podworks(["render", "-"], { stdin: text });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("<stdin>:4:9: metadata.name: must be a DNS-1123 subdomain");
    expect(result.stderr).toContain("<stdin>:6:1: kind: ");
  });

  it("refuses an object that a spec also renders, and two objects with one identity", async () => {
    const service =
      "apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec: { ports: [{ port: 80 }] }\n";
    const withSpec = await podworks(["render", APP, "-"], { stdin: service });
    expect(withSpec.code).toBe(1);
    expect(withSpec.stdout).toBe("");
    expect(withSpec.stderr).toContain(
      `<stdin>:1:1: Service "web" is defined more than once: ${APP}:14:1; <stdin>:1:1`,
    );
    const pdb = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: { name: web }\n";
    const twice = await podworks(["render", APP, "-"], { stdin: pdb.replace("v1", "v1beta1") });
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('PodDisruptionBudget "web" is defined more than once');
    // Another namespace is another object.
    const elsewhere = await podworks(["render", APP, "-"], {
      stdin: pdb.replace("{ name: web }", "{ name: web, namespace: other }"),
    });
    expect(elsewhere.code).toBe(0);
  });
});
