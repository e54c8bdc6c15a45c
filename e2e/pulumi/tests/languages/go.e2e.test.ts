/**
 * examples/go-seed on the real engine: a Go program, the Go SDK `pulumi package add` generates from the podworks
 * provider plugin (sdks/podworks, a `replace` in go.mod, `go mod tidy`), pulumi-kubernetes' Go SDK v4.32.0, the local
 * cluster: the seed's four workloads through `up`, `up --expect-no-changes` and `destroy` (claims kept). The Go host
 * compiles the program on every run; with the machine's Go build cache warm that is seconds, cold it is minutes.
 */
import { join } from "node:path";
import { afterAll, beforeAll, it } from "vitest";
import { createNamespace, Kubectl } from "../../src/kube.js";
import { describeLanguage, goProgram } from "../../src/languages.js";
import { examplesDir, type Stack } from "../../src/pulumi.js";
import { deleteSeedVolumes, seedLifecycle, seedVolumes } from "./seed.js";

describeLanguage("go", "Go: examples/go-seed through the podworks provider", (env) => {
  const kube = new Kubectl(env);
  let namespace = "";
  let volumes: string | undefined;
  let stack: Stack | undefined;

  beforeAll(async () => {
    namespace = await createNamespace(kube, "pw-go-seed", join(env.work!, "ns-go-seed.json"));
    volumes = await seedVolumes(env, kube, "go-seed");
    stack = await goProgram(env, "go-seed");
    // The program reads ../specs from where it runs; the staged copy is elsewhere.
    await stack.init({ namespace, specsDir: join(examplesDir, "specs") });
  });
  afterAll(async () => {
    await stack?.remove();
    if (namespace) await kube.delete(["namespace", namespace]);
    await deleteSeedVolumes(kube, volumes);
  });

  it("deploys the seed's four workloads; a second up changes nothing; destroy keeps the claims", async () => {
    await seedLifecycle(stack!, kube, namespace, "go seed");
  });
});
