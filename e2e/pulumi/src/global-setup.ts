/**
 * Vitest global setup of the `e2e-pulumi` project. Decides which Pulumi CLI and which cluster the tests use and hands
 * the tests one description of it (`pulumiEnv`), so the test files are the same in both modes:
 *
 * - `PODWORKS_E2E_PULUMI=local` (default): the tools built by e2e/pulumi/build.sh and the local cluster of
 *   e2e/cluster.sh (started here when it is not running, stopped again afterwards). Plugin downloads are off; the
 *   provider is the locally built one, at the version of the npm @pulumi/kubernetes the packages depend on.
 * - `PODWORKS_E2E_PULUMI=external`: whatever `pulumi` and `kubectl` are on PATH and the cluster KUBECONFIG points at
 *   (the hosted CI job: a kind cluster and the released CLI, which downloads the provider the SDK asks for).
 *
 * The Python, Go and Pulumi YAML hosts of e2e/pulumi/build-languages.sh join PATH when that cache is complete
 * (local mode only); the language tests print SKIPPED and pass when it is not.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import type { PulumiEnv } from "./env.js";

const here = dirname(fileURLToPath(import.meta.url));
const pulumiDir = dirname(here);
const e2eDir = dirname(pulumiDir);

function run(file: string, args: string[]): { ok: boolean; out: string } {
  const r = spawnSync(file, args, { encoding: "utf8" });
  return { ok: r.status === 0, out: (r.stdout ?? "").trim() };
}

export default function setup(project: TestProject): () => void {
  const mode = process.env.PODWORKS_E2E_PULUMI === "external" ? "external" : "local";
  const work = mkdtempSync(join(tmpdir(), "podworks-e2e-pulumi-"));
  const cleanups: (() => void)[] = [() => rmSync(work, { recursive: true, force: true })];
  let env: PulumiEnv;

  if (mode === "local") {
    const tools = run(join(pulumiDir, "build.sh"), ["--check"]);
    if (!tools.ok) {
      throw new Error(
        "e2e-pulumi: the Pulumi tools are not cached; build them once with e2e/pulumi/build.sh.",
      );
    }
    const kube = run(join(e2eDir, "build.sh"), ["--check"]);
    if (!kube.ok)
      throw new Error("e2e-pulumi: the cluster binaries are not cached; build them with e2e/build.sh.");
    const running = run(join(e2eDir, "cluster.sh"), ["status"]).ok;
    if (!running) {
      execFileSync(join(e2eDir, "cluster.sh"), ["start"], { stdio: "inherit" });
      cleanups.unshift(() => execFileSync(join(e2eDir, "cluster.sh"), ["stop"], { stdio: "inherit" }));
    }
    const kubeconfig = run(join(e2eDir, "cluster.sh"), ["kubeconfig"]).out;
    // A private PULUMI_HOME with the provider plugin installed, copied from the cache.
    const home = join(work, "home");
    cpSync(join(tools.out, "home"), home, { recursive: true });
    // The Python, Go and YAML hosts: optional, the language tests say SKIPPED without them (never a cold build).
    const languages = run(join(pulumiDir, "build-languages.sh"), ["--check"]);
    const languageTools = languages.ok
      ? { dir: languages.out, bin: join(languages.out, "bin"), python: join(languages.out, "python") }
      : undefined;
    env = {
      mode,
      kubeconfig,
      kubectl: join(kube.out, "kubectl"),
      storageClass: "standard",
      ...(languageTools
        ? { languages: languageTools }
        : { languagesMissing: "the language hosts are not cached" }),
      vars: {
        PATH: [
          ...(languageTools ? [languageTools.bin] : []),
          join(tools.out, "bin"),
          process.env.PATH ?? "",
        ].join(delimiter),
        PULUMI_HOME: home,
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
      },
    };
  } else {
    const kubeconfig = process.env.KUBECONFIG;
    if (!kubeconfig) throw new Error("e2e-pulumi: PODWORKS_E2E_PULUMI=external needs KUBECONFIG");
    env = {
      mode,
      kubeconfig,
      kubectl: "kubectl",
      storageClass: process.env.PODWORKS_E2E_STORAGE_CLASS ?? "standard",
      // The hosted job installs the released CLI only; its Python, Go and YAML programs are not wired up there.
      languagesMissing:
        "the hosted job (PODWORKS_E2E_PULUMI=external) brings no language hosts of this runner",
      vars: { PULUMI_HOME: join(work, "home") },
    };
  }
  mkdirSync(join(work, "backend"));
  env.vars = {
    ...env.vars,
    PULUMI_BACKEND_URL: `file://${join(work, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: "",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_SKIP_CONFIRMATIONS: "true",
    KUBECONFIG: env.kubeconfig,
  };
  env.work = work;
  const version = execFileSync("pulumi", ["version"], {
    encoding: "utf8",
    env: { ...process.env, ...env.vars },
  }).trim();
  console.log(`e2e-pulumi: ${mode} mode, pulumi ${version}, kubeconfig ${env.kubeconfig}`);
  console.log(
    env.languages
      ? `e2e-pulumi: Python, Go and YAML language hosts from ${env.languages.dir}`
      : `e2e-pulumi: no Python, Go or YAML language hosts: ${env.languagesMissing}`,
  );
  project.provide("pulumiEnv", env);
  return () => {
    for (const c of cleanups) c();
  };
}
