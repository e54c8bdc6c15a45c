/**
 * examples/yaml-seed on the real engine: a Pulumi YAML program whose `packages:` entry names the podworks provider
 * plugin (no SDK: the YAML host reads the provider's schema through the engine), the local cluster: the seed's four
 * workloads through `up`, `up --expect-no-changes` and `destroy` (claims kept). The program inlines the specs; a
 * check without any host makes sure they are still examples/specs' files, field for field.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createNamespace, Kubectl } from "../../src/kube.js";
import { describeLanguage, pluginDir, yamlProgram } from "../../src/languages.js";
import { examplesDir, type Stack } from "../../src/pulumi.js";
import { deleteSeedVolumes, SEED_WORKLOADS, seedLifecycle, seedVolumes } from "./seed.js";

const FILES: Record<string, string> = {
  Job: "job.yaml",
  CronJob: "cron-job.yaml",
  DaemonSet: "daemon-set.yaml",
  StatefulSet: "stateful-set.yaml",
};

describe("examples/yaml-seed", () => {
  it("inlines examples/specs' four files as they are, one podworks component each", () => {
    const program = parse(readFileSync(join(examplesDir, "yaml-seed", "Pulumi.yaml"), "utf8")) as {
      packages: Record<string, string>;
      resources: Record<string, { type: string; properties: { spec: { kind: string; name: string } } }>;
    };
    expect(join(examplesDir, "yaml-seed", program.packages.podworks!)).toBe(pluginDir);
    const components = Object.entries(program.resources).filter(([, r]) => r.type.startsWith("podworks:"));
    expect(components.map(([name]) => name)).toEqual(SEED_WORKLOADS);
    for (const [name, resource] of components) {
      const spec = resource.properties.spec;
      expect(resource.type).toBe(`podworks:index:${spec.kind}`);
      expect(spec.name).toBe(name);
      expect(spec, name).toEqual(parse(readFileSync(join(examplesDir, "specs", FILES[spec.kind]!), "utf8")));
    }
  });
});

describeLanguage("yaml", "Pulumi YAML: examples/yaml-seed through the podworks provider", (env) => {
  const kube = new Kubectl(env);
  let namespace = "";
  let volumes: string | undefined;
  let stack: Stack | undefined;

  beforeAll(async () => {
    namespace = await createNamespace(kube, "pw-yaml-seed", join(env.work!, "ns-yaml-seed.json"));
    volumes = await seedVolumes(env, kube, "yaml-seed");
    stack = yamlProgram(env, "yaml-seed");
    await stack.init({ namespace });
  });
  afterAll(async () => {
    await stack?.remove();
    if (namespace) await kube.delete(["namespace", namespace]);
    await deleteSeedVolumes(kube, volumes);
  });

  it("deploys the seed's four workloads; a second up changes nothing; destroy keeps the claims", async () => {
    await seedLifecycle(stack!, kube, namespace, "yaml seed", (outputs) => {
      expect(outputs.podDnsNames).toEqual(
        [0, 1, 2].map((i) => `web-${i}.web.${namespace}.svc.cluster.local`),
      );
    });
  });
});
