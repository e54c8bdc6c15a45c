// The packed component provider: the subpath export, the plugin folder in `files`, and the plugin starting from an
// npm-style install (it prints the port it serves on, as the engine expects, with a launcher and with plain node).
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { podworksSchema } from "@podworks/pulumi/provider";

const require = createRequire(import.meta.url);
const plugin = join(dirname(require.resolve("@podworks/pulumi/package.json")), "provider");
const schema = podworksSchema();
const tokens = Object.keys(schema.resources).sort().join(",");
if (
  tokens !== "podworks:index:CronJob,podworks:index:DaemonSet,podworks:index:Job,podworks:index:StatefulSet"
)
  throw new Error(`packaging: the provider's schema has resources ${tokens}`);
for (const file of [
  "PulumiPlugin.yaml",
  "package.json",
  "index.js",
  "schema.json",
  "pulumi-resource-podworks",
])
  if (!existsSync(join(plugin, file))) throw new Error(`packaging: the plugin folder lacks ${file}`);
if (JSON.parse(readFileSync(join(plugin, "schema.json"), "utf8")).name !== "podworks")
  throw new Error("packaging: provider/schema.json is not the podworks schema");

function starts(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: plugin, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`packaging: ${command} printed no port in 30s:\n${out}${err}`));
    }, 30_000);
    child.stdout.on("data", (d) => {
      out += d;
      if (/^\d+\s*$/m.test(out)) {
        clearTimeout(timer);
        child.kill();
        resolve(out.trim());
      }
    });
    child.stderr.on("data", (d) => (err += d));
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (!/^\d+\s*$/m.test(out))
        reject(new Error(`packaging: ${command} exited with ${code}:\n${out}${err}`));
    });
  });
}

await starts(join(plugin, "pulumi-resource-podworks"), []);
await starts(process.execPath, [join(plugin, "index.js")]);
console.log("pulumi provider (subpath, plugin folder, plugin start): ok");
