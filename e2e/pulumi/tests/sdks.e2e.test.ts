/**
 * The podworks SDKs for Python, Go and .NET, generated on the fly from the provider's schema with the cached CLI
 * (`pulumi package gen-sdk`) and built here. The SDKs are NOT committed: a consumer generates one with
 * `pulumi package add`, and this file regenerates all three on every run, so there is nothing to drift.
 *
 * - Python: generated from the plugin directory (packages/pulumi/provider, the provider answering GetSchema) and
 *   from the committed schema.json, the two byte for byte equal; pip-installed into a copy of the cached virtualenv;
 *   `import pulumi_podworks`; the four component classes are ComponentResources whose Args and outputs carry the
 *   schema's properties; each kind's spec has a typed Args class with every spec field. The getting-started page's
 *   Python program then runs under Pulumi's mocks: it registers one remote `podworks:index:StatefulSet` whose `spec`
 *   input, in the schema's (Kubernetes') field names, is the spec of the page's Pulumi YAML program.
 * - Go: `go build ./...` and `go vet ./...` of the generated module against github.com/pulumi/pulumi/sdk/v3 v3.274.1,
 *   then of the getting-started page's Go program against it.
 * - .NET: generated, and the four component classes, their Args and every spec type's Args are checked in the C#
 *   sources, with the names the getting-started page's C# program uses. No .NET SDK exists on this machine: the
 *   compile is SKIPPED and says so.
 * Missing tools (CLI, language hosts, .NET host) give a SKIPPED line naming the build script.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import {
  components,
  generate,
  generateDotnet,
  isMissing,
  ok,
  PIP_OFFLINE,
  providerDir,
  readSchema,
  type SdkTools,
  schemaPath,
  snippetsDir,
  toolsFor,
} from "../src/sdks.js";

const env = inject("pulumiEnv");
const schema = readSchema();
const kinds = components(schema);
const out = join(env.work!, "sdks");
/** Pulumi's Go SDK version the generated module is built against (the CLI's). */
const GO_SDK = "v3.274.1";

/** Type token `podworks:index:StatefulSetSpec` -> `StatefulSetSpec`. */
const typeName = (token: string) => token.split(":")[2]!;

function skipped(language: string, tools: ReturnType<typeof toolsFor>): tools is { skipped: string } {
  if (!isMissing(tools)) return false;
  console.log(`SKIPPED (${language}): ${tools.skipped}`);
  return true;
}

describe("the Python SDK", () => {
  const found = toolsFor(env, ["python"]);
  const tools = found as SdkTools;
  let sdk: string;
  let python: string;

  beforeAll(async () => {
    if (isMissing(found)) return;
    sdk = await generate(tools, schemaPath, "python", join(out, "from-schema"));
    // A virtualenv of this run, copied from the cached one (pulumi 3.272.0, setuptools and wheel); pip builds the SDK
    // offline with them.
    const venv = join(env.work!, "venv");
    cpSync(tools.venv!, venv, { recursive: true, verbatimSymlinks: true });
    python = join(venv, "bin", "python");
    await ok(tools, python, ["-m", "pip", "install", ...PIP_OFFLINE, sdk]);
  });

  it("is the same generated from the plugin directory (the provider's GetSchema) as from schema.json", async (ctx) => {
    if (skipped("python", found)) return ctx.skip();
    const fromPlugin = await generate(tools, providerDir, "python", join(out, "from-plugin"));
    // A fresh generation from schema.json: pip leaves build files in the installed one.
    const fromSchema = await generate(tools, schemaPath, "python", join(out, "from-schema-again"));
    expect(listing(fromPlugin)).toEqual(listing(fromSchema));
    expect(listing(fromPlugin)).toContain("pulumi_podworks/stateful_set.py");
    for (const file of listing(fromSchema)) {
      expect(readFileSync(join(fromPlugin, file), "utf8"), file).toBe(
        readFileSync(join(fromSchema, file), "utf8"),
      );
    }
  });

  it("installs, imports, and has the four components with typed specs", async (ctx) => {
    if (skipped("python", found)) return ctx.skip();
    const script = join(env.work!, "check_sdk.py");
    writeFileSync(script, CHECK_PY);
    const r = await ok(tools, python, [script, schemaPath]);
    const report = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as {
      components: string[];
      specs: Record<string, number>;
      problems: string[];
    };
    expect(report.problems).toEqual([]);
    expect(report.components).toEqual(["Job", "CronJob", "DaemonSet", "StatefulSet"]);
    for (const k of kinds) {
      const fields = Object.keys(schema.types[k.specType]!.properties!).length;
      expect(report.specs[`${typeName(k.specType)}Args`], k.token).toBe(fields);
    }
    expect(report.specs.StatefulSetSpecArgs).toBeGreaterThan(40);
  });

  it("runs the getting-started Python program under mocks: one remote podworks:index:StatefulSet with the YAML program's spec", async (ctx) => {
    if (skipped("python", found)) return ctx.skip();
    const script = join(env.work!, "run_mocked.py");
    writeFileSync(script, MOCKS_PY);
    const r = await ok(tools, python, [script, join(snippetsDir, "python", "__main__.py")]);
    const registered = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as {
      type: string;
      name: string;
      custom: boolean;
      inputs: { spec: unknown };
    }[];
    const yamlProgram = parse(readFileSync(join(snippetsDir, "yaml", "Pulumi.yaml"), "utf8")) as {
      resources: { web: { type: string; properties: { spec: unknown } } };
    };
    const components = registered.filter((x) => x.type.startsWith("podworks:"));
    expect(components.map((x) => `${x.type} ${x.name} custom=${x.custom}`)).toEqual([
      "podworks:index:StatefulSet web custom=false",
    ]);
    expect(yamlProgram.resources.web.type).toBe("podworks:index:StatefulSet");
    expect(components[0]!.inputs.spec).toEqual(yamlProgram.resources.web.properties.spec);
  });
});

describe("the Go SDK", () => {
  const found = toolsFor(env, ["go"]);
  const tools = found as SdkTools;
  let sdk: string;

  beforeAll(async () => {
    if (isMissing(found)) return;
    const root = await generate(tools, schemaPath, "go", join(out, "go-sdk"));
    // gen-sdk writes the package folder under the import path's last element; the module is the import path.
    sdk = join(root, "podworks");
    const module = schema.language.go.importBasePath;
    writeFileSync(
      join(sdk, "go.mod"),
      `module ${module}\n\ngo 1.24\n\nrequire github.com/pulumi/pulumi/sdk/v3 ${GO_SDK}\n`,
    );
    await ok(tools, "go", ["mod", "tidy"], sdk, GO_ENV);
  });

  it("builds and vets against github.com/pulumi/pulumi/sdk/v3 v3.274.1", async (ctx) => {
    if (skipped("go", found)) return ctx.skip();
    await ok(tools, "go", ["build", ...GO_FLAGS, "./..."], sdk, GO_ENV);
    await ok(tools, "go", ["vet", "./..."], sdk, GO_ENV);
    const list = await ok(tools, "go", ["list", "-m", "github.com/pulumi/pulumi/sdk/v3"], sdk, GO_ENV);
    expect(list.stdout.trim()).toBe(`github.com/pulumi/pulumi/sdk/v3 ${GO_SDK}`);
    const source = readdirSync(sdk)
      .filter((f) => f.endsWith(".go"))
      .map((f) => readFileSync(join(sdk, f), "utf8"))
      .join("\n");
    for (const k of kinds) {
      expect(source).toContain(`func New${k.name}(ctx *pulumi.Context,`);
      expect(source).toContain(`type ${typeName(k.specType)}Args struct {`);
    }
  });

  it("compiles and vets the getting-started Go program against it", async (ctx) => {
    if (skipped("go", found)) return ctx.skip();
    const program = join(env.work!, "go-program");
    mkdirSync(program, { recursive: true });
    cpSync(join(snippetsDir, "go", "main.go"), join(program, "main.go"));
    const module = schema.language.go.importBasePath;
    writeFileSync(
      join(program, "go.mod"),
      `module web\n\ngo 1.24\n\nrequire (\n\t${module} v0.0.0\n\tgithub.com/pulumi/pulumi/sdk/v3 ${GO_SDK}\n)\n\nreplace ${module} => ${sdk}\n`,
    );
    await ok(tools, "go", ["mod", "tidy"], program, GO_ENV);
    await ok(tools, "go", ["build", ...GO_FLAGS, "-o", join(program, "web"), "."], program, GO_ENV);
    await ok(tools, "go", ["vet", "."], program, GO_ENV);
    expect(existsSync(join(program, "web"))).toBe(true);
  });
});

describe("the .NET SDK", () => {
  const found = toolsFor(env, ["dotnet"]);
  const tools = found as SdkTools;
  let sdk: string;

  beforeAll(async () => {
    if (isMissing(found)) return;
    sdk = await generateDotnet(tools, join(out, "dotnet-sdk"));
  });

  it("is generated with the four component classes and every spec type; the compile is skipped", async (ctx) => {
    if (skipped("dotnet", found)) return ctx.skip();
    const namespace = `${schema.language.csharp.rootNamespace}.${schema.language.csharp.rootNamespace}`;
    for (const k of kinds) {
      const component = readFileSync(join(sdk, `${k.name}.cs`), "utf8");
      expect(component).toContain(`namespace ${namespace}\n`);
      expect(component).toContain(`[PodworksResourceType("${k.token}")]`);
      expect(component).toContain(`public partial class ${k.name} : global::Pulumi.ComponentResource`);
      expect(component).toContain(`remote: true`);
      expect(component).toContain(`public sealed class ${k.name}Args : global::Pulumi.ResourceArgs`);
      for (const input of Object.keys(schema.resources[k.token]!.inputProperties)) {
        expect(component, `${k.name}Args.${input}`).toMatch(new RegExp(`\\[Input\\("${input}"[,)]`));
      }
      for (const output of Object.keys(schema.resources[k.token]!.properties)) {
        expect(component, `${k.name}.${output}`).toContain(`[Output("${output}")]`);
      }
      const spec = readFileSync(join(sdk, "Inputs", `${typeName(k.specType)}Args.cs`), "utf8");
      for (const field of Object.keys(schema.types[k.specType]!.properties!)) {
        expect(spec, `${k.specType}.${field}`).toMatch(new RegExp(`\\[Input\\("${field}"[,)]`));
      }
    }
    console.log("SKIPPED (dotnet build): no .NET SDK on this machine");
  });

  it("has every class and property the getting-started C# program names (checked by name, not compiled)", async (ctx) => {
    if (skipped("dotnet", found)) return ctx.skip();
    const program = readFileSync(join(snippetsDir, "csharp", "Program.cs"), "utf8");
    const sources = [
      ...readdirSync(sdk).filter((f) => f.endsWith(".cs")),
      ...readdirSync(join(sdk, "Inputs")).map((f) => join("Inputs", f)),
    ].map((f) => readFileSync(join(sdk, f), "utf8"));
    const all = sources.join("\n");
    const pulumiTypes = new Set(["Dictionary", "Union"]);
    const classes = [...program.matchAll(/new (\w+)[\s(<]/g)]
      .map((m) => m[1]!)
      .filter((c) => !pulumiTypes.has(c));
    expect(classes.length).toBeGreaterThan(5);
    for (const c of new Set(classes))
      expect(all, c).toMatch(new RegExp(`public (sealed|partial) class ${c}\\b`));
    const properties = [...program.matchAll(/^\s*(\w+) =/gm)].map((m) => m[1]!).filter((p) => p !== "var");
    for (const p of new Set(properties))
      expect(all, p).toMatch(new RegExp(`public \\S+\\?? ${p} \\{|public \\S+ ${p}\\n`));
    for (const u of program.matchAll(/^using (Podworks[\w.]*);/gm))
      expect(all).toContain(`namespace ${u[1]}\n`);
    console.log("SKIPPED (dotnet build): no .NET SDK on this machine");
  });
});

/** Go builds with the flags the cached CLI was built with, so Go's build cache serves the Pulumi SDK's packages. */
const GO_FLAGS = ["-trimpath", "-buildvcs=false"];
const GO_ENV = { GOWORK: "off", GOFLAGS: "-mod=mod", CGO_ENABLED: "0", GOTOOLCHAIN: "local" };

/** Files under a folder, relative, sorted. */
function listing(dir: string, prefix = ""): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? join(prefix, entry.name) : entry.name;
    if (entry.isDirectory()) files.push(...listing(dir, path));
    else files.push(path);
  }
  return files.sort();
}

/** Checks the installed pulumi_podworks against the schema; prints one JSON line. */
const CHECK_PY = `
import inspect, json, sys
import pulumi
import pulumi_podworks as podworks

schema = json.load(open(sys.argv[1]))
fold = lambda name: name.replace("_", "").lower()
problems, found, specs = [], [], {}

def params(cls):
    return {fold(p) for p in inspect.signature(cls.__init__).parameters if p not in ("self", "__self__")}

for token, resource in schema["resources"].items():
    name = token.split(":")[2]
    cls = getattr(podworks, name, None)
    if not (inspect.isclass(cls) and issubclass(cls, pulumi.ComponentResource)):
        problems.append(f"{name}: not a ComponentResource class")
        continue
    found.append(name)
    args = getattr(podworks, name + "Args")
    want = {fold(p) for p in resource["inputProperties"]}
    if params(args) != want:
        problems.append(f"{name}Args: {sorted(params(args) ^ want)}")
    outputs = {fold(p) for p, v in inspect.getmembers(cls) if isinstance(v, property)}
    missing = {fold(p) for p in resource["properties"]} - outputs
    if missing:
        problems.append(f"{name} outputs missing: {sorted(missing)}")
    spec = resource["inputProperties"]["spec"]["$ref"].split(":")[-1]
    spec_cls = getattr(podworks, spec + "Args", None)
    if spec_cls is None:
        problems.append(f"no {spec}Args")
        continue
    fields = {fold(p) for p in schema["types"]["podworks:index:" + spec]["properties"]}
    if params(spec_cls) != fields:
        problems.append(f"{spec}Args: {sorted(params(spec_cls) ^ fields)}")
    hints = inspect.signature(spec_cls.__init__).parameters
    if "containers" not in hints or "ContainerArgs" not in str(hints["containers"].annotation):
        problems.append(f"{spec}Args.containers is not typed as ContainerArgs: {hints.get('containers')}")
    specs[spec + "Args"] = len(params(spec_cls))

print(json.dumps({"components": found, "specs": specs, "problems": problems}))
`;

/** Runs a Pulumi Python program under the SDK's mocks; prints the registrations as one JSON line. */
const MOCKS_PY = `
import json, runpy, sys
import pulumi

registered = []

class Mocks(pulumi.runtime.Mocks):
    def new_resource(self, args):
        registered.append({"type": args.typ, "name": args.name, "custom": args.custom, "inputs": args.inputs})
        return [args.name + "-id", args.inputs]

    def call(self, args):
        return {}

pulumi.runtime.set_mocks(Mocks(), project="web", stack="docs", preview=True)

@pulumi.runtime.test
def program():
    names = runpy.run_path(sys.argv[1], run_name="__main__")
    return names["web"].urn

program()
print(json.dumps(registered))
`;
