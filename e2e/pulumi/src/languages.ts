/**
 * The Python, Go and Pulumi YAML programs of examples/{python,go,yaml}-seed on the real engine, through the podworks
 * provider plugin (packages/pulumi/provider). Each stack runs in a staged copy of its example, as a user would run it
 * after `pulumi package add`:
 *
 * - Python: `__main__.py` is a symlink (the program finds examples/specs next to its real path), requirements.txt
 *   and Pulumi.yaml are copied, and Pulumi.yaml's `runtime.options.virtualenv` names a virtualenv of the stage's own
 *   whose one `.pth` line adds the cached virtualenv's site-packages (Pulumi SDK, pulumi-kubernetes, setuptools,
 *   wheel). `pulumi package add <plugin>` then generates the SDK into sdks/podworks, appends it to requirements.txt
 *   and pip-installs it, with no package index (PIP_NO_INDEX, no build isolation): everything else is already there.
 *   Other stacks of the same test file may share that virtualenv instead of adding the package again.
 * - Go: main.go, go.mod and go.sum are copied; `pulumi package add` generates the SDK, adds its `replace` to go.mod and
 *   runs `go mod tidy` (the module cache is warm; the Go build cache makes the program's compile a few seconds).
 * - YAML: Pulumi.yaml is copied. Pulumi YAML needs no SDK, and its host (v1.25.0) has no `Link`, so
 *   `pulumi package add` cannot record the package there: the example's `packages:` entry is written by hand.
 *
 * In every copy `packages.podworks` is rewritten to the plugin's absolute path. Without the languages cache
 * (e2e/pulumi/build-languages.sh) `describeLanguage` registers one test that prints the SKIPPED line and passes.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { type Document, parseDocument } from "yaml";
import type { LanguageTools, PulumiEnv } from "./env.js";
import { CommandError, examplesDir, exec, repoRoot, Stack, stageDir } from "./pulumi.js";

export type Language = "python" | "go" | "yaml";

/** The podworks provider plugin folder that `pulumi package add` and Pulumi.yaml's `packages:` name. */
export const pluginDir = join(repoRoot, "packages", "pulumi", "provider");
const buildLanguages = join(repoRoot, "e2e", "pulumi", "build-languages.sh");

/** The one line a language test prints when it cannot run. */
export function skippedLine(language: Language, reason: string): string {
  return (
    `e2e-pulumi: SKIPPED (${language}): ${reason} ` +
    "(build them once with PULUMI_SOURCE_REPO=<pulumi clone> e2e/pulumi/build-languages.sh)"
  );
}

/**
 * Registers `body`'s tests when the language hosts are cached. Otherwise registers a single test that prints
 * `skippedLine` and passes, after checking that the hosts really are missing (locally: `build-languages.sh --check`
 * fails), so a cache that exists can never be skipped by mistake.
 */
export function describeLanguage(
  language: Language,
  title: string,
  body: (env: PulumiEnv, tools: LanguageTools) => void,
): void {
  const env = inject("pulumiEnv");
  const tools = env.languages;
  if (tools) {
    describe(title, () => body(languageEnv(env, tools), tools));
    return;
  }
  describe(title, () => {
    it(`SKIPPED (${language}): no language hosts`, () => {
      console.log(skippedLine(language, env.languagesMissing ?? "the language hosts are not cached"));
      if (env.mode === "local") expect(spawnSync(buildLanguages, ["--check"]).status).not.toBe(0);
      else expect(env.mode).toBe("external");
    });
  });
}

/**
 * The environment of a language stack: the cached virtualenv's python first on PATH (the Python host creates
 * virtualenvs with `python -m venv`), pip without an index or build isolation, and Go with the local toolchain.
 */
export function languageEnv(env: PulumiEnv, tools: LanguageTools): PulumiEnv {
  return {
    ...env,
    vars: {
      ...env.vars,
      PATH: [join(tools.python, "bin"), env.vars.PATH ?? process.env.PATH ?? ""].join(delimiter),
      PIP_NO_INDEX: "1",
      PIP_NO_BUILD_ISOLATION: "false",
      PIP_DISABLE_PIP_VERSION_CHECK: "1",
      GOTOOLCHAIN: "local",
    },
  };
}

/** Copies an example's Pulumi.yaml into `dir`, with the plugin's absolute path and whatever `edit` changes. */
function writeProject(example: string, dir: string, edit: (doc: Document) => void = () => {}): Document {
  const doc = parseDocument(readFileSync(join(examplesDir, example, "Pulumi.yaml"), "utf8"));
  doc.setIn(["packages", "podworks"], pluginDir);
  edit(doc);
  writeFileSync(join(dir, "Pulumi.yaml"), doc.toString());
  return doc;
}

/** `pulumi package add <plugin>` in a staged project; rejects with the output's end when it fails. */
export async function packageAdd(env: PulumiEnv, dir: string, label: string): Promise<void> {
  const args = ["package", "add", pluginDir];
  const result = await exec(env, "pulumi", args, { cwd: dir, timeoutMs: 10 * 60_000 });
  if (result.code !== 0) throw new CommandError(args, result);
  console.log(`[${label}] pulumi package add packages/pulumi/provider: ${result.seconds}s`);
}

/** A staged examples/python-seed stack and the virtualenv it runs in. */
export interface PythonProgram {
  readonly stack: Stack;
  readonly venv: string;
}

/**
 * Stages examples/python-seed. Without `venv`, makes the stage's own virtualenv and runs `pulumi package add` into
 * it; with `venv` (another stage's), runs in that one, which already has the SDK.
 */
export async function pythonProgram(
  env: PulumiEnv,
  tools: LanguageTools,
  label: string,
  venv?: string,
): Promise<PythonProgram> {
  const src = join(examplesDir, "python-seed");
  const dir = stageDir(env, label);
  symlinkSync(join(src, "__main__.py"), join(dir, "__main__.py"));
  copyFileSync(join(src, "requirements.txt"), join(dir, "requirements.txt"));
  const own = venv === undefined;
  const path = venv ?? join(dir, "venv");
  writeProject("python-seed", dir, (doc) => doc.setIn(["runtime", "options", "virtualenv"], path));
  if (own) {
    const python = join(tools.python, "bin", "python");
    const made = await exec(env, python, ["-m", "venv", "--without-pip", path]);
    if (made.code !== 0) throw new Error(`python -m venv ${path} failed:\n${made.output}`);
    const sitePackages = await exec(env, python, [
      "-c",
      "import sysconfig; print(sysconfig.get_path('purelib'))",
    ]);
    const base = sitePackages.stdout.trim();
    const version = base.split("/").find((part) => part.startsWith("python3"));
    if (!version) throw new Error(`no python3.x folder in the cached site-packages path ${base}`);
    writeFileSync(join(path, "lib", version, "site-packages", "podworks-e2e-base.pth"), `${base}\n`);
    await packageAdd(env, dir, label);
  }
  return { stack: Stack.staged(env, dir, label), venv: path };
}

/** Stages examples/go-seed and runs `pulumi package add` in it (SDK in sdks/podworks, go.mod's `replace`). */
export async function goProgram(env: PulumiEnv, label: string): Promise<Stack> {
  const src = join(examplesDir, "go-seed");
  const dir = stageDir(env, label);
  for (const file of ["main.go", "go.mod", "go.sum"]) copyFileSync(join(src, file), join(dir, file));
  writeProject("go-seed", dir);
  await packageAdd(env, dir, label);
  return Stack.staged(env, dir, label);
}

/** Stages examples/yaml-seed; `edit` may change the program (its resources) before it is written. */
export function yamlProgram(env: PulumiEnv, label: string, edit?: (doc: Document) => void): Stack {
  const dir = stageDir(env, label);
  writeProject("yaml-seed", dir, edit);
  return Stack.staged(env, dir, label);
}
