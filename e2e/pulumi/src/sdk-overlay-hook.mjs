// Loaded into every Node.js process the Pulumi CLI starts (NODE_OPTIONS=--import) when the tests run on the locally
// built tools. The npm @pulumi/kubernetes asks the engine for a provider plugin of exactly its own version, and the
// provider that can be built here is PODWORKS_E2E_K8S_SDK's version, so this hook
//   - resolves `@pulumi/kubernetes` (and its subpaths) to the SDK in PODWORKS_E2E_K8S_SDK (a node_modules folder),
//   - and resolves that SDK's own `@pulumi/pulumi` to the program's copy, so the program, @podworks/pulumi and the
//     SDK share one Pulumi runtime.
// Nothing else changes: the example programs and @podworks/pulumi run as they are.

import { realpathSync } from "node:fs";
import { createRequire, registerHooks } from "node:module";
import { dirname, join, sep } from "node:path";
import { pathToFileURL } from "node:url";

const sdkModules = process.env.PODWORKS_E2E_K8S_SDK;
if (sdkModules) {
  const sdkDir = realpathSync(join(sdkModules, "@pulumi", "kubernetes")) + sep;
  // A file inside the overlay's node_modules: resolving `@pulumi/kubernetes` from it finds the overlay's SDK.
  const sdkParent = pathToFileURL(join(sdkModules, "resolver.js")).href;
  let pulumiParent;
  const programPulumiParent = () => {
    if (pulumiParent === undefined) {
      // node_modules/@pulumi/pulumi of the program (the CLI runs it with the project as working directory).
      const pkg = createRequire(join(process.cwd(), "package.json")).resolve("@pulumi/pulumi/package.json");
      pulumiParent = pathToFileURL(join(dirname(dirname(dirname(realpathSync(pkg)))), "resolver.js")).href;
    }
    return pulumiParent;
  };
  const isPkg = (specifier, name) => specifier === name || specifier.startsWith(`${name}/`);
  const fromSdk = (parentURL) => {
    if (!parentURL?.startsWith("file:")) return false;
    try {
      return realpathSync(new URL(parentURL)).startsWith(sdkDir);
    } catch {
      return false;
    }
  };
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (isPkg(specifier, "@pulumi/kubernetes") && !fromSdk(context.parentURL)) {
        return nextResolve(specifier, { ...context, parentURL: sdkParent });
      }
      if (isPkg(specifier, "@pulumi/pulumi") && fromSdk(context.parentURL)) {
        return nextResolve(specifier, { ...context, parentURL: programPulumiParent() });
      }
      return nextResolve(specifier, context);
    },
  });
}
