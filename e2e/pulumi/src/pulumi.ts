/**
 * Runs the Pulumi CLI the way a user does (`pulumi stack init`, `config set`, `preview`, `up`, `destroy`), with a
 * local file backend, an empty passphrase and nothing interactive. Each stack works on a staged copy of its project
 * in the run's temporary folder, so the stack config files (Pulumi.<stack>.yaml) never land in the repository:
 *
 * - an example (examples/<name>): Pulumi.yaml and package.json are copied; dist/ and node_modules/ are symlinks to the
 *   example's own, so Node runs the example's compiled program with the example's dependencies (Node resolves a
 *   module from its real path, so examples/seed still finds examples/specs);
 * - a fixture (e2e/pulumi/fixtures/<name>): Pulumi.yaml and index.js are copied and node_modules/ links to
 *   examples/seed's, which has @podworks/core, @podworks/pulumi, @pulumi/pulumi, @pulumi/kubernetes and yaml
 *   (the optional peer that `@podworks/core/parse` needs; the spec-file fixture parses a YAML file).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PulumiEnv } from "./env.js";

const pulumiDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoRoot = dirname(dirname(pulumiDir));
export const examplesDir = join(repoRoot, "examples");
export const policyPackDir = join(repoRoot, "packages", "pulumi", "policy-pack");

export interface RunResult {
  readonly code: number;
  /** stdout and stderr, interleaved as they came. */
  readonly output: string;
  /** stdout alone. */
  readonly stdout: string;
  readonly seconds: number;
}

export class CommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly result: RunResult,
  ) {
    super(
      `pulumi ${args.join(" ")} exited with ${result.code} after ${result.seconds}s:\n${tail(result.output)}`,
    );
  }
}

function tail(text: string, lines = 80): string {
  return text.split("\n").slice(-lines).join("\n");
}

/** Runs a program with the e2e environment; resolves with its exit code and output, never rejects on a failure. */
export function exec(
  env: PulumiEnv,
  file: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<RunResult> {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: { ...process.env, ...env.vars },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString("utf8");
      stdout += d.toString("utf8");
    });
    child.stderr.on("data", (d: Buffer) => (output += d.toString("utf8")));
    const timer = setTimeout(() => child.kill("SIGTERM"), options.timeoutMs ?? 15 * 60_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const seconds = Math.round((Date.now() - t0) / 100) / 10;
      resolve({ code: code ?? (signal ? 128 : 1), output, stdout, seconds });
    });
  });
}

export class Stack {
  private constructor(
    readonly env: PulumiEnv,
    /** The staged project folder the CLI runs in. */
    readonly dir: string,
    readonly label: string,
    /** Unique in the run's backend: several stacks share a project (the fixtures). */
    readonly name = `e2e-${randomBytes(3).toString("hex")}`,
  ) {}

  /** A stack of examples/<example>, the example's compiled program as it is. */
  static example(env: PulumiEnv, example: string): Stack {
    const src = join(examplesDir, example);
    const dir = stageDir(env, example);
    copyFileSync(join(src, "Pulumi.yaml"), join(dir, "Pulumi.yaml"));
    copyFileSync(join(src, "package.json"), join(dir, "package.json"));
    symlinkSync(join(src, "dist"), join(dir, "dist"));
    symlinkSync(join(src, "node_modules"), join(dir, "node_modules"));
    return new Stack(env, dir, `examples/${example}`);
  }

  /** A stack of a project already staged in `dir` (the language programs, e2e/pulumi/src/languages.ts). */
  static staged(env: PulumiEnv, dir: string, label: string): Stack {
    return new Stack(env, dir, label);
  }

  /** A stack of e2e/pulumi/fixtures/<fixture>. */
  static fixture(env: PulumiEnv, fixture: string): Stack {
    const src = join(pulumiDir, "fixtures", fixture);
    const dir = stageDir(env, fixture);
    copyFileSync(join(src, "Pulumi.yaml"), join(dir, "Pulumi.yaml"));
    copyFileSync(join(src, "index.js"), join(dir, "index.js"));
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: `e2e-${fixture}`, private: true, type: "module", main: "index.js" }, null, 2),
    );
    symlinkSync(join(examplesDir, "seed", "node_modules"), join(dir, "node_modules"));
    return new Stack(env, dir, `fixtures/${fixture}`);
  }

  /** `pulumi <args>` in the project with this stack; resolves whatever the exit code. `vars` add to the env. */
  run(args: readonly string[], vars: Record<string, string> = {}): Promise<RunResult> {
    const full = [...args, "--stack", this.name, "--non-interactive", "--color", "never"];
    return exec({ ...this.env, vars: { ...this.env.vars, ...vars } }, "pulumi", full, { cwd: this.dir });
  }

  /** `pulumi <args>`, rejecting with the output's end when it fails. */
  async ok(args: readonly string[]): Promise<RunResult> {
    const result = await this.run(args);
    if (result.code !== 0) throw new CommandError(args, result);
    console.log(`[${this.label}] pulumi ${args.join(" ")}: ${result.seconds}s`);
    return result;
  }

  async init(config: Record<string, string>): Promise<void> {
    const r = await exec(this.env, "pulumi", ["stack", "init", this.name, "--non-interactive"], {
      cwd: this.dir,
    });
    if (r.code !== 0) throw new CommandError(["stack", "init", this.name], r);
    await this.config(config);
  }

  async config(values: Record<string, string>): Promise<void> {
    for (const [key, value] of Object.entries(values)) await this.ok(["config", "set", key, value]);
  }

  up(): Promise<RunResult> {
    return this.ok(["up", "--yes", "--skip-preview"]);
  }

  /** A second `pulumi up` that must change nothing: `--expect-no-changes` fails the update otherwise. */
  upNoChanges(): Promise<RunResult> {
    return this.ok(["up", "--yes", "--expect-no-changes"]);
  }

  destroy(): Promise<RunResult> {
    return this.ok(["destroy", "--yes", "--skip-preview"]);
  }

  async outputs(): Promise<Record<string, unknown>> {
    const r = await this.ok(["stack", "output", "--json"]);
    return JSON.parse(r.stdout) as Record<string, unknown>;
  }

  /** Removes the stack from the backend (after a destroy). */
  async remove(): Promise<void> {
    await this.run(["stack", "rm", "--yes", "--force"]);
  }
}

/** A new folder under the run's `projects/`, named after `name`. */
export function stageDir(env: PulumiEnv, name: string): string {
  if (!env.work) throw new Error("the global setup gave no work folder");
  const base = join(env.work, "projects");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${name}-`));
}
