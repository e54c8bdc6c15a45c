/**
 * The seed stack (the four workloads of examples/specs) on the real Pulumi engine, `pulumi preview` from the command
 * line: the TypeScript components (examples/seed, the components in the program's own Node.js process) against the
 * same four workloads through the podworks provider (examples/yaml-seed, a Pulumi YAML program, and
 * examples/python-seed, Python with the SDK generated from the provider's schema; the provider is a plugin process
 * that constructs the same components).
 *
 * The other Pulumi rows run under `setMocks`, in one Node.js process. That cannot measure the provider: a mocked
 * engine answers a remote component's registration itself and never starts the plugin that constructs it, and a
 * YAML program has no mock runtime. So this row runs the real thing for both sides, the same way:
 * - the cached CLI of e2e/pulumi/build.sh and the Pulumi YAML host of e2e/pulumi/build-languages.sh, a local file
 *   backend and a private PULUMI_HOME in a temporary folder, a new stack per program (created before the clock);
 * - a kubeconfig whose server does not answer: the Kubernetes provider previews without a cluster, for both sides;
 * - timed: `pulumi preview` from start to exit (engine start, language host, program, every plugin, the plan);
 * - memory: the peak of the summed resident sets of `pulumi` and every process under it (the language host, the
 *   program, the Kubernetes provider, the podworks provider), sampled from /proc every 20 ms; CPU: the processes'
 *   user + system time, from the same samples (the last sample of a process that exits early is what counts).
 * Without the cached tools it says SKIPPED and measures nothing.
 */
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const EXAMPLES = join(ROOT, "examples");
const PROVIDER = join(ROOT, "packages", "pulumi", "provider");

export interface StageContext {
  /** The languages cache of e2e/pulumi/build-languages.sh (hosts in bin/, the virtualenv in python/). */
  readonly languages: string;
  /** The environment every `pulumi` command of the run gets. */
  readonly vars: Record<string, string>;
}

export interface EngineSystem {
  readonly id: string;
  readonly title: string;
  /** Writes the project into `dir` (a new, empty folder); returns the stack config to set, if any. */
  readonly stage: (dir: string, context: StageContext) => Record<string, string> | undefined;
}

/** Runs a command of the setup (not timed); throws with its output when it fails. */
function setup(file: string, args: readonly string[], cwd: string, vars: Record<string, string>): void {
  const r = spawnSync(file, args, { cwd, env: { ...process.env, ...vars }, encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
}

/** examples/<name>/Pulumi.yaml with the `packages:` entry pointing at this repository's provider. */
function withProvider(name: string): string {
  const text = readFileSync(join(EXAMPLES, name, "Pulumi.yaml"), "utf8");
  const entry = "  podworks: ../../packages/pulumi/provider";
  if (!text.includes(entry))
    throw new Error(`examples/${name}/Pulumi.yaml no longer has \`${entry.trim()}\``);
  return text.replace(entry, `  podworks: ${PROVIDER}`);
}

export const ENGINE_SYSTEMS: readonly EngineSystem[] = [
  {
    id: "seed-typescript",
    title: "TypeScript components (examples/seed), `pulumi preview`",
    stage(dir) {
      const src = join(EXAMPLES, "seed");
      copyFileSync(join(src, "Pulumi.yaml"), join(dir, "Pulumi.yaml"));
      copyFileSync(join(src, "package.json"), join(dir, "package.json"));
      // Node resolves modules from their real paths, so the compiled program still finds examples/specs.
      symlinkSync(join(src, "dist"), join(dir, "dist"));
      symlinkSync(join(src, "node_modules"), join(dir, "node_modules"));
    },
  },
  {
    id: "seed-provider-yaml",
    title: "Pulumi YAML through the podworks provider (examples/yaml-seed), `pulumi preview`",
    stage(dir) {
      writeFileSync(join(dir, "Pulumi.yaml"), withProvider("yaml-seed"));
      return undefined;
    },
  },
  {
    id: "seed-provider-python",
    title: "Python through the podworks provider (examples/python-seed), `pulumi preview`",
    stage(dir, { languages, vars }) {
      // What `pulumi package add` does, offline: the SDK generated from the provider's schema and installed into a
      // copy of the cached virtualenv (pulumi, pulumi-kubernetes 4.32.0, setuptools, wheel).
      const venv = join(dir, "venv");
      cpSync(join(languages, "python"), venv, { recursive: true, verbatimSymlinks: true });
      const schema = join(PROVIDER, "schema.json");
      setup(
        "pulumi",
        ["package", "gen-sdk", schema, "--language", "python", "--out", join(dir, "sdks")],
        dir,
        vars,
      );
      const pip = ["-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--no-build-isolation"];
      setup(join(venv, "bin", "python"), [...pip, join(dir, "sdks", "python")], dir, vars);
      copyFileSync(join(EXAMPLES, "python-seed", "__main__.py"), join(dir, "__main__.py"));
      const text = withProvider("python-seed");
      const option = "    virtualenv: venv\n";
      if (!text.includes(option))
        throw new Error("examples/python-seed/Pulumi.yaml has no `virtualenv: venv`");
      writeFileSync(join(dir, "Pulumi.yaml"), text.replace(option, `    virtualenv: ${venv}\n`));
      // The program finds examples/specs from its own folder by default; the staged copy lives elsewhere.
      return { specsDir: join(EXAMPLES, "specs") };
    },
  },
];

export interface EngineResult {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** Peak of the summed resident sets of the process tree, in KiB. */
  readonly maxRssKiB: number;
  /** The processes at that peak, by name, with their resident sets in KiB. */
  readonly atPeak: Record<string, number>;
  /** Steps the preview planned (`+ N to create`). */
  readonly toCreate: number;
}

export interface EngineRun {
  readonly work: string;
  readonly vars: Record<string, string>;
  readonly stacks: Map<string, { dir: string; stack: string }>;
}

function check(script: string): string | undefined {
  const r = spawnSync(join(ROOT, "e2e", "pulumi", script), ["--check"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Sets up the tools, a backend and one stack per program; undefined (with the reason) when a tool is missing. */
export function prepareEngine(): EngineRun | { skipped: string } {
  const cli = check("build.sh");
  if (!cli) return { skipped: "the Pulumi tools are not cached (build them once with e2e/pulumi/build.sh)" };
  const languages = check("build-languages.sh");
  if (!languages) {
    return {
      skipped: "the Pulumi YAML host is not cached (build it once with e2e/pulumi/build-languages.sh)",
    };
  }
  for (const [path, what] of [
    [join(EXAMPLES, "seed", "dist", "index.js"), "examples/seed is not built"],
    [join(EXAMPLES, "yaml-seed", "Pulumi.yaml"), "examples/yaml-seed is missing"],
    [join(EXAMPLES, "python-seed", "__main__.py"), "examples/python-seed is missing"],
    [join(ROOT, "packages", "pulumi", "dist", "provider", "main.js"), "the podworks provider is not built"],
  ] as const) {
    try {
      readFileSync(path);
    } catch {
      return { skipped: `${what} (${path})` };
    }
  }
  const work = mkdtempSync(join(tmpdir(), "podworks-bench-engine-"));
  cpSync(join(cli, "home"), join(work, "home"), { recursive: true });
  mkdirSync(join(work, "backend"));
  writeFileSync(
    join(work, "kubeconfig"),
    [
      "apiVersion: v1",
      "kind: Config",
      // Nothing listens on port 1: the Kubernetes provider finds the cluster unreachable and previews without it.
      'clusters: [{ name: none, cluster: { server: "https://127.0.0.1:1" } }]',
      "users: [{ name: none, user: { token: none } }]",
      "contexts: [{ name: none, context: { cluster: none, user: none } }]",
      "current-context: none",
      "",
    ].join("\n"),
  );
  const vars = {
    PATH: [join(cli, "bin"), join(languages, "bin"), process.env.PATH ?? ""].join(delimiter),
    PULUMI_HOME: join(work, "home"),
    PULUMI_BACKEND_URL: `file://${join(work, "backend")}`,
    PULUMI_CONFIG_PASSPHRASE: "",
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
    KUBECONFIG: join(work, "kubeconfig"),
  };
  const stacks = new Map<string, { dir: string; stack: string }>();
  for (const system of ENGINE_SYSTEMS) {
    const dir = join(work, system.id);
    mkdirSync(dir);
    const config = system.stage(dir, { languages, vars });
    const stack = "bench";
    setup("pulumi", ["stack", "init", stack, "--non-interactive"], dir, vars);
    for (const [key, value] of Object.entries(config ?? {})) {
      setup("pulumi", ["config", "set", key, value, "--stack", stack], dir, vars);
    }
    stacks.set(system.id, { dir, stack });
  }
  return { work, vars, stacks };
}

export function cleanupEngine(run: EngineRun): void {
  rmSync(run.work, { recursive: true, force: true });
}

const PAGE_KIB = 4;
const TICKS_PER_S = 100;

interface Proc {
  ppid: number;
  name: string;
  rssKiB: number;
  cpuTicks: number;
}

/** What a process of the tree is, from its command line (read once per process). */
function role(pid: number, comm: string): string {
  let argv: string[] = [];
  try {
    argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return comm;
  }
  const line = argv.join(" ");
  const first = argv[0]?.split("/").at(-1) ?? comm;
  if (first === "pulumi") return "engine (pulumi)";
  if (first.startsWith("pulumi-language-"))
    return `language host (${first.slice("pulumi-language-".length)})`;
  if (first === "pulumi-resource-kubernetes") return "Kubernetes provider";
  if (line.includes("packages/pulumi/provider")) return "podworks provider (Node.js)";
  if (line.includes("dynamic")) return "dynamic provider host (Node.js)";
  if (/\bnode\b/.test(first) || comm === "MainThread" || comm === "node") return "program (Node.js)";
  return first;
}

function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The name is in parentheses and may hold spaces; the fields after it are space separated.
      const close = stat.lastIndexOf(")");
      const name = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      procs.set(Number(entry), {
        ppid: Number(fields[1]),
        name,
        rssKiB: Number(fields[21]) * PAGE_KIB,
        cpuTicks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // the process ended between readdir and read
    }
  }
  return procs;
}

function descendants(root: number, procs: Map<number, Proc>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    if (!procs.has(pid)) continue;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** One `pulumi preview` of a program, timed, with the process tree sampled. */
export function previewOnce(run: EngineRun, id: string): Promise<EngineResult> {
  const { dir, stack } = run.stacks.get(id)!;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn("pulumi", ["preview", "--stack", stack, "--non-interactive", "--color", "never"], {
      cwd: dir,
      env: { ...process.env, ...run.vars },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (output += d.toString("utf8")));
    let peak = 0;
    let atPeak: Record<string, number> = {};
    const cpu = new Map<number, number>();
    const roles = new Map<number, string>();
    const sample = () => {
      if (child.pid === undefined) return;
      const procs = readProcs();
      let total = 0;
      const byName: Record<string, number> = {};
      for (const pid of descendants(child.pid, procs)) {
        const p = procs.get(pid)!;
        // A launcher script execs node: the role is read again until the command line settles on a known one.
        let name = roles.get(pid);
        if (name === undefined || name === "sh") {
          name = role(pid, p.name);
          roles.set(pid, name);
        }
        total += p.rssKiB;
        byName[name] = (byName[name] ?? 0) + p.rssKiB;
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, p.cpuTicks));
      }
      if (total > peak) {
        peak = total;
        atPeak = byName;
      }
    };
    const timer = setInterval(sample, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = performance.now() - t0;
      clearInterval(timer);
      if (code !== 0) {
        reject(new Error(`pulumi preview of ${id} exited with ${code}:\n${output.slice(-4000)}`));
        return;
      }
      const toCreate = Number(/\+ (\d+) to create/.exec(output)?.[1] ?? Number.NaN);
      let ticks = 0;
      for (const t of cpu.values()) ticks += t;
      resolve({ wallMs, cpuMs: (ticks * 1000) / TICKS_PER_S, maxRssKiB: peak, atPeak, toCreate });
    });
  });
}
