/**
 * The programs of the docs' getting-started page (apps/docs/snippets/getting-started, which the docs test holds the
 * page to), previewed on the real engine: the same StatefulSet from TypeScript (the @podworks/pulumi component in
 * the program's own Node.js process), from Pulumi YAML and from Python (both through the podworks provider, the
 * plugin folder packages/pulumi/provider named in Pulumi.yaml's `packages:`, as `pulumi package add` writes it).
 *
 * - every `pulumi preview` succeeds and plans one `podworks:index:StatefulSet` "web" and the same Kubernetes children
 *   with the same inputs (the StatefulSet, its headless Service, one claim patch per claim) in all three languages;
 * - the page's invalid spec (replicas -1) fails the YAML preview with core's message, and in Korean with
 *   PODWORKS_LANG=ko, and nothing is planned.
 * A preview needs no cluster here (the Kubernetes provider previews without one). The Go program is compiled and
 * vetted by sdks.e2e.test.ts; the C# one is checked by name there (no .NET SDK on this machine).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { validate } from "@podworks/core";
import ts from "typescript";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { examplesDir } from "../src/pulumi.js";
import {
  generate,
  isMissing,
  ok,
  PIP_OFFLINE,
  providerDir,
  run,
  type SdkTools,
  schemaPath,
  snippetsDir,
  toolsFor,
} from "../src/sdks.js";

const env = inject("pulumiEnv");
const found = toolsFor(env, ["python", "yaml"]);
const tools = found as SdkTools;
/** The path the page's Pulumi.yaml files give for a podworks clone next to the project. */
const PAGE_PLUGIN_PATH = "../podworks/packages/pulumi/provider";

interface Step {
  op: string;
  urn: string;
  newState?: { type: string; inputs?: Record<string, unknown> };
}

function project(label: string): string {
  const base = join(env.work!, "projects");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, `${label}-`));
}

/** The page's Pulumi.yaml for the YAML program, with the plugin path pointing at this repository. */
function yamlProgram(): string {
  const text = readFileSync(join(snippetsDir, "yaml", "Pulumi.yaml"), "utf8");
  expect(text).toContain(PAGE_PLUGIN_PATH);
  return text.replace(PAGE_PLUGIN_PATH, providerDir);
}

/** `pulumi preview` on a new stack of the project; `--json` unless `json` is false (then the text a user reads). */
async function preview(dir: string, extra: Record<string, string> = {}, json = true) {
  const stack = `docs-${Math.random().toString(16).slice(2, 8)}`;
  await ok(tools, "pulumi", ["stack", "init", stack, "--non-interactive"], dir);
  const args = [
    "preview",
    ...(json ? ["--json"] : []),
    "--stack",
    stack,
    "--non-interactive",
    "--color",
    "never",
  ];
  return run(tools, "pulumi", args, dir, extra);
}

/** The planned Kubernetes objects (type, name, inputs) and the podworks components of a `preview --json`. */
function planned(stdout: string) {
  const steps = (JSON.parse(stdout) as { steps: Step[] }).steps;
  const named = (s: Step) => `${s.newState?.type} ${s.urn.split("::").at(-1)}`;
  return {
    components: steps.filter((s) => s.newState?.type.startsWith("podworks:index:")).map(named),
    kubernetes: Object.fromEntries(
      steps
        .filter(
          (s) =>
            s.newState?.type.startsWith("kubernetes:") && !s.newState.type.startsWith("pulumi:providers"),
        )
        .map((s) => [named(s), s.newState?.inputs]),
    ),
  };
}

describe("the getting-started programs on the real engine", () => {
  const plans: Record<string, ReturnType<typeof planned>> = {};
  /** The Python project of the test above (its virtualenv has the SDK), reused for the invalid spec. */
  let pythonProject: string | undefined;

  beforeAll(() => {
    if (isMissing(found)) console.log(`SKIPPED (getting-started): ${found.skipped}`);
  });

  it("TypeScript: the component previews a StatefulSet web", async (ctx) => {
    if (isMissing(found)) return ctx.skip();
    const dir = project("docs-ts");
    const source = readFileSync(join(snippetsDir, "typescript", "index.ts"), "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    writeFileSync(join(dir, "index.js"), js);
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "web", type: "module", main: "index.js" }),
    );
    writeFileSync(
      join(dir, "Pulumi.yaml"),
      "name: web\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n",
    );
    // examples/seed's dependencies: @podworks/pulumi (built), @pulumi/pulumi, @pulumi/kubernetes.
    symlinkSync(join(examplesDir, "seed", "node_modules"), join(dir, "node_modules"));
    const r = await preview(dir);
    expect(r.code, r.output).toBe(0);
    plans.typescript = planned(r.stdout);
    expect(plans.typescript.components).toEqual(["podworks:index:StatefulSet web"]);
    expect(Object.keys(plans.typescript.kubernetes)).toContain("kubernetes:apps/v1:StatefulSet web");
  });

  it("Pulumi YAML: the provider previews the same StatefulSet and the same Kubernetes children", async (ctx) => {
    if (isMissing(found)) return ctx.skip();
    const dir = project("docs-yaml");
    writeFileSync(join(dir, "Pulumi.yaml"), yamlProgram());
    const r = await preview(dir);
    expect(r.code, r.output).toBe(0);
    plans.yaml = planned(r.stdout);
    expect(plans.yaml.components).toContain("podworks:index:StatefulSet web");
    expect(plans.yaml.kubernetes).toEqual(plans.typescript?.kubernetes);
  });

  it("Python: the generated SDK through the provider previews the same StatefulSet and children", async (ctx) => {
    if (isMissing(found)) return ctx.skip();
    const dir = project("docs-python");
    const sdk = await generate(tools, schemaPath, "python", join(dir, "sdks"));
    const venv = join(dir, "venv");
    cpSync(tools.venv!, venv, { recursive: true, verbatimSymlinks: true });
    await ok(tools, join(venv, "bin", "python"), ["-m", "pip", "install", ...PIP_OFFLINE, sdk]);
    cpSync(join(snippetsDir, "python", "__main__.py"), join(dir, "__main__.py"));
    writeFileSync(
      join(dir, "Pulumi.yaml"),
      [
        "name: web",
        "runtime:",
        "  name: python",
        "  options:",
        "    toolchain: pip",
        `    virtualenv: ${venv}`,
        "packages:",
        `  podworks: ${providerDir}`,
        "",
      ].join("\n"),
    );
    pythonProject = dir;
    const r = await preview(dir);
    expect(r.code, r.output).toBe(0);
    plans.python = planned(r.stdout);
    expect(plans.python.components).toContain("podworks:index:StatefulSet web");
    expect(plans.python.kubernetes).toEqual(plans.typescript?.kubernetes);
  });

  it("an invalid spec fails the YAML preview with core's message, in Korean with PODWORKS_LANG=ko", async (ctx) => {
    if (isMissing(found)) return ctx.skip();
    const broken = yamlProgram().replace("replicas: 3", "replicas: -1");
    expect(broken).toContain("replicas: -1");
    const expected = validate({
      kind: "StatefulSet",
      name: "web",
      replicas: -1,
      containers: [{ name: "web", image: "busybox:1.37" }],
    }).issues.filter((i) => i.severity === "error");
    expect(expected.map((i) => `${i.path} ${i.rule}`)).toEqual(["replicas minimum"]);
    for (const lang of ["en", "ko"] as const) {
      const dir = project(`docs-invalid-${lang}`);
      writeFileSync(join(dir, "Pulumi.yaml"), broken);
      const r = await preview(dir, lang === "ko" ? { PODWORKS_LANG: "ko" } : {});
      expect(r.code, r.output).not.toBe(0);
      expect(r.output).toContain(expected[0]!.message[lang]);
      expect(r.output).toContain(expected[0]!.fix[lang]);
      // Only the stack itself is planned: no component, no Kubernetes object.
      const steps = (JSON.parse(r.stdout) as { steps: Step[] }).steps.map((x) => x.newState?.type);
      expect(steps).toEqual(["pulumi:pulumi:Stack"]);
      console.log(
        `[docs-invalid-${lang}] ${r.output
          .split("\n")
          .find((l) => l.includes(expected[0]!.message[lang]))
          ?.trim()}`,
      );
    }
    // The same problem from the Python program: the provider's report reaches a Python program word for word.
    expect(pythonProject, "the Python test ran first").toBeDefined();
    const main = join(pythonProject!, "__main__.py");
    const program = readFileSync(main, "utf8");
    expect(program).toContain('"replicas": 3,');
    writeFileSync(main, program.replace('"replicas": 3,', '"replicas": -1,'));
    const r = await preview(pythonProject!, { PODWORKS_LANG: "ko" }, false);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toContain(expected[0]!.message.ko);
    expect(r.output).toContain(expected[0]!.fix.ko);
    console.log(`[docs-invalid-python-ko]\n${r.output.slice(r.output.indexOf("Diagnostics:"))}`);
  });
});
