/**
 * Generates the podworks SDKs on the fly with the cached Pulumi CLI (`pulumi package gen-sdk`), for the tests that
 * build them and run programs against them. The SDKs are not committed: every run generates them from
 * packages/pulumi/provider (the schema the provider serves, committed as schema.json) into a temporary folder.
 *
 * Tools, all cached outside the repository and found by the build scripts' `--check`:
 * - the CLI (e2e/pulumi/build.sh);
 * - the Python and Go language hosts and a Python virtualenv with the Pulumi SDK (e2e/pulumi/build-languages.sh);
 *   `gen-sdk` asks the language host of the target language to generate the code;
 * - the .NET language host, which holds the C# generator (e2e/pulumi/build-dotnet.sh).
 * A missing piece makes `toolsFor` return the reason, and the tests print it as a SKIPPED line.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PulumiEnv } from "./env.js";
import { exec, type RunResult, repoRoot } from "./pulumi.js";

const pulumiDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const providerDir = join(repoRoot, "packages", "pulumi", "provider");
export const schemaPath = join(providerDir, "schema.json");
/** The programs of the getting-started page, one per language (the docs test checks the page shows them). */
export const snippetsDir = join(repoRoot, "apps", "docs", "snippets", "getting-started");

/** pip without the network: the cached virtualenv has the build backend, the SDK's dependencies are installed. */
export const PIP_OFFLINE = [
  "--quiet",
  "--disable-pip-version-check",
  "--no-deps",
  "--no-index",
  "--no-build-isolation",
];

export type Language = "python" | "go" | "dotnet";
/** A language host: the SDK languages, and Pulumi YAML (which needs no SDK). */
export type Host = Language | "yaml";

/** What `build.sh --check` style scripts print: the cache folder, or undefined when the build is not complete. */
function cached(script: string): string | undefined {
  const r = spawnSync(join(pulumiDir, script), ["--check"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export interface SdkTools {
  /** A folder of this run put first on PATH: the language hosts gen-sdk needs. */
  readonly bin: string;
  /** The cached virtualenv with the Pulumi Python SDK. */
  readonly venv?: string;
  /** The .NET host's cache folder (its logo.png is served to the C# generator). */
  readonly dotnet?: string;
  /** Environment for every command: the run's PULUMI_HOME and backend, and PATH with `bin` first. */
  readonly vars: Record<string, string>;
}

export interface Missing {
  readonly skipped: string;
}

/**
 * The language hosts for `languages`, staged into one folder of the run. The Python host is copied, not linked:
 * it looks for its `pulumi-language-python-exec` script next to its real path. When the languages cache has no such
 * script (build-languages.sh recipe 1 does not install it), the script of the same pulumi commit is taken from the
 * clone named by PULUMI_SOURCE_REPO.
 */
export function toolsFor(env: PulumiEnv, languages: readonly Host[]): SdkTools | Missing {
  const bin = join(env.work!, "sdk-bin");
  mkdirSync(bin, { recursive: true });
  let venv: string | undefined;
  let dotnet: string | undefined;
  if (languages.includes("python") || languages.includes("go") || languages.includes("yaml")) {
    const langs = cached("build-languages.sh");
    if (!langs) {
      return {
        skipped:
          "the Python/Go/YAML language hosts are not cached (build them once with e2e/pulumi/build-languages.sh)",
      };
    }
    if (languages.includes("python")) {
      venv = join(langs, "python");
      const host = join(langs, "bin", "pulumi-language-python");
      const script = join(langs, "bin", "pulumi-language-python-exec");
      copyFileSync(host, join(bin, "pulumi-language-python"));
      execFileSync("chmod", ["+x", join(bin, "pulumi-language-python")]);
      if (existsSync(script)) {
        copyFileSync(script, join(bin, "pulumi-language-python-exec"));
      } else {
        const commit = /^commit=(\S+)/m.exec(
          readFileSync(join(pulumiDir, "tools", "languages", "SOURCE"), "utf8"),
        )?.[1];
        const repo = process.env.PULUMI_SOURCE_REPO;
        const r = spawnSync(
          "git",
          ["-C", repo ?? ".", "show", `${commit}:sdk/python/cmd/pulumi-language-python-exec`],
          { encoding: "utf8" },
        );
        if (!repo || r.status !== 0) {
          return {
            skipped: `the cached Python host has no pulumi-language-python-exec beside it, and PULUMI_SOURCE_REPO (${repo ?? "unset"}) is no pulumi clone holding it at ${commit}`,
          };
        }
        writeFileSync(join(bin, "pulumi-language-python-exec"), r.stdout, { mode: 0o755 });
      }
    }
    for (const host of ["go", "yaml"] as const) {
      if (!languages.includes(host)) continue;
      copyFileSync(join(langs, "bin", `pulumi-language-${host}`), join(bin, `pulumi-language-${host}`));
      execFileSync("chmod", ["+x", join(bin, `pulumi-language-${host}`)]);
    }
  }
  if (languages.includes("dotnet")) {
    dotnet = cached("build-dotnet.sh");
    if (!dotnet) {
      return {
        skipped: "the .NET language host is not cached (build it once with e2e/pulumi/build-dotnet.sh)",
      };
    }
    copyFileSync(join(dotnet, "bin", "pulumi-language-dotnet"), join(bin, "pulumi-language-dotnet"));
    execFileSync("chmod", ["+x", join(bin, "pulumi-language-dotnet")]);
  }
  return {
    bin,
    venv,
    dotnet,
    vars: { ...env.vars, PATH: [bin, env.vars.PATH ?? process.env.PATH ?? ""].join(delimiter) },
  };
}

export function isMissing(tools: SdkTools | Missing): tools is Missing {
  return "skipped" in tools;
}

/** Runs a command with the tools' environment. */
export function run(
  tools: SdkTools,
  file: string,
  args: readonly string[],
  cwd?: string,
  extra: Record<string, string> = {},
): Promise<RunResult> {
  return exec({ vars: { ...tools.vars, ...extra } } as PulumiEnv, file, args, {
    cwd,
    timeoutMs: 20 * 60_000,
  });
}

/** Fails with the command's output when it does not exit 0. */
export async function ok(
  tools: SdkTools,
  file: string,
  args: readonly string[],
  cwd?: string,
  extra: Record<string, string> = {},
): Promise<RunResult> {
  const r = await run(tools, file, args, cwd, extra);
  if (r.code !== 0) {
    throw new Error(
      `${file} ${args.join(" ")} exited with ${r.code} after ${r.seconds}s:\n${r.output.slice(-6000)}`,
    );
  }
  console.log(`${file} ${args.join(" ")}: ${r.seconds}s`);
  return r;
}

/**
 * `pulumi package gen-sdk <source> --language <language> --out <out>`; resolves with the SDK's folder
 * (`<out>/<language>`).
 */
export async function generate(
  tools: SdkTools,
  source: string,
  language: Language,
  out: string,
): Promise<string> {
  await ok(tools, "pulumi", ["package", "gen-sdk", source, "--language", language, "--out", out]);
  return join(out, language);
}

/**
 * The C# generator always downloads the package's logo (the schema's logoUrl, else a picture on
 * raw.githubusercontent.com), which this machine cannot reach. The schema is copied with logoUrl pointing at a
 * local server that serves the same picture, cached by build-dotnet.sh; nothing else in it changes.
 */
export async function generateDotnet(tools: SdkTools, out: string): Promise<string> {
  const logo = readFileSync(join(tools.dotnet!, "logo.png"));
  const server = createServer((_, res) => {
    res.writeHead(200, { "content-type": "image/png" });
    res.end(logo);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const port = (server.address() as AddressInfo).port;
    const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
    const staged = join(out, "schema-for-dotnet.json");
    mkdirSync(out, { recursive: true });
    writeFileSync(staged, JSON.stringify({ ...schema, logoUrl: `http://127.0.0.1:${port}/logo.png` }));
    return await generate(tools, staged, "dotnet", out);
  } finally {
    server.close();
  }
}

/** The schema as committed. */
export interface Schema {
  readonly name: string;
  readonly version: string;
  readonly language: { go: { importBasePath: string }; csharp: { rootNamespace: string } };
  readonly resources: Record<
    string,
    {
      readonly isComponent?: boolean;
      readonly inputProperties: Record<string, { $ref?: string }>;
      readonly properties: Record<string, unknown>;
    }
  >;
  readonly types: Record<string, { readonly type: string; readonly properties?: Record<string, unknown> }>;
}

export function readSchema(): Schema {
  return JSON.parse(readFileSync(schemaPath, "utf8")) as Schema;
}

/** The four component tokens and the type each one's `spec` input refers to. */
export function components(schema: Schema): { token: string; name: string; specType: string }[] {
  return Object.entries(schema.resources).map(([token, resource]) => {
    const ref = resource.inputProperties.spec?.$ref ?? "";
    return { token, name: token.split(":")[2]!, specType: ref.replace("#/types/", "") };
  });
}
