import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toYaml, validate } from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, describe, expect, it } from "vitest";
import { type CliIo, run } from "../cli.js";
import { writeFileAtomic } from "../node-io.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const CHARTS = "packages/core/src/__fixtures__/import";
const temp = mkdtempSync(join(tmpdir(), "podworks-import-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function podworks(argv: string[], stdin?: string, lang = "en_US.UTF-8") {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => readFileSync(resolve(ROOT, path), "utf8"),
    stat: (path) => {
      try {
        const stats = statSync(resolve(ROOT, path));
        return stats.isDirectory() ? "directory" : stats.isFile() ? "file" : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: (path) => readdirSync(resolve(ROOT, path)),
    readStdin: () => {
      if (stdin === undefined) throw new Error("no stdin in this test");
      return stdin;
    },
    writeFileAtomic: (path, text) => writeFileAtomic(resolve(ROOT, path), text),
    env: { LANG: lang },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const example = (name: string) => parseSpecs(readFileSync(join(ROOT, "examples/specs", name), "utf8")).specs;

describe("podworks import", () => {
  it("gives back every example spec from its rendered manifests, read on standard input", async () => {
    for (const name of ["job.yaml", "cron-job.yaml", "daemon-set.yaml", "stateful-set.yaml"]) {
      const specs = example(name);
      const result = await podworks(["import"], toYaml(specs as never));
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(parseSpecs(result.stdout).specs).toEqual(specs);
    }
  });

  it("imports the chart-shaped manifests from files into valid specs, noting only the log agent's opt-out", async () => {
    const files = ["postgres", "log-agent", "backup", "indexed-job"].map((n) => `${CHARTS}/${n}.yaml`);
    const result = await podworks(["import", ...files]);
    // The log agent mounts the node's logs through hostPath: its spec says podSecurity: "privileged", and why.
    expect(result.stderr).toContain("1 note: what the specs do not carry as the manifests had it\n");
    expect(result.stderr).toContain(
      '  DaemonSet "logging/fluent-bit" spec.template.spec: the pods use what Pod Security',
    );
    expect(result.stdout).toContain("podSecurity: privileged");
    expect(result.code).toBe(0);
    const specs = parseSpecs(result.stdout).specs as { kind: string }[];
    expect(specs.map((s) => s.kind)).toEqual(["StatefulSet", "DaemonSet", "CronJob", "Job"]);
    for (const spec of specs) expect(validate(spec).ok).toBe(true);
    // podworks' security defaults the log agent does not have stay off, written as nulls.
    expect(result.stdout).toContain("runAsNonRoot: null");
  });

  it("lists what it leaves out with the reason, in English and Korean, and still writes the rest", async () => {
    const input = [
      "apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec: {}",
      "apiVersion: batch/v1\nkind: Job\nmetadata: { name: once }\nspec:\n  template:\n    spec:\n      nodeName: node-1\n      restartPolicy: Never\n      containers: [{ name: c, image: busybox:1.37 }]",
    ].join("\n---\n");
    const en = await podworks(["import", "-"], input);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain("2 notes: what the specs do not carry as the manifests had it\n");
    expect(en.stderr).toContain(
      '  Deployment "web" kind: podworks imports Jobs, CronJobs, DaemonSets and StatefulSets',
    );
    expect(en.stderr).toContain('  Job "once" spec.template.spec.nodeName: podworks has no field for this');
    expect(en.stderr).toContain('(manifest: "node-1")');
    expect(parseSpecs(en.stdout).specs).toHaveLength(1);
    const ko = await podworks(["import", "--lang", "ko", "-"], input);
    expect(ko.stderr).toContain("참고 2개");
    expect(ko.stderr).toContain("podworks에는 이 값을 담을 필드가 없어");
  });

  it("fails when there is nothing to import, when a file is missing and when it is not YAML", async () => {
    const nothing = await podworks(
      ["import", "-"],
      "apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n",
    );
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain("nothing to import");
    const missing = await podworks(["import", "nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("podworks: cannot read nope.yaml: no such file\n");
    const broken = await podworks(["import", "-"], "kind: [Job\n");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^podworks: <stdin> is not YAML or JSON: /);
  });

  it("writes to a file with -o and says so", async () => {
    const out = join(temp, "specs.yaml");
    const result = await podworks(["import", `${CHARTS}/backup.yaml`, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote 1 spec to ${out}\n`);
    expect(parseSpecs(readFileSync(out, "utf8")).specs).toMatchObject([
      { kind: "CronJob", name: "pg-backup" },
    ]);
  });

  it("has its own help in both languages and appears in the command list", async () => {
    expect((await podworks(["import", "--help"])).stdout).toMatch(/^Usage: podworks import/);
    expect((await podworks(["help", "import"], undefined, "ko_KR.UTF-8")).stdout).toMatch(
      /^사용법: podworks import/,
    );
    expect((await podworks(["--help"])).stdout).toContain("podworks import [<file...>]");
    expect((await podworks(["import", "--format", "json"])).code).toBe(2);
  });
});
