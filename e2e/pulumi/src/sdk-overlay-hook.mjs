// Loaded into every Node.js process the Pulumi CLI starts (NODE_OPTIONS=--import) when the tests run on the locally
// built tools. The npm @pulumi/kubernetes asks the engine for a provider plugin of exactly its own version, and the
// provider that can be built here is PODWORKS_E2E_K8S_SDK's version, so this hook
//   - resolves `@pulumi/kubernetes` (and its subpaths) to the SDK in PODWORKS_E2E_K8S_SDK (a node_modules folder),
//   - and resolves that SDK's own `@pulumi/pulumi` to the program's copy, so the program, @podworks/pulumi and the
//     SDK share one Pulumi runtime.
// Nothing else changes: the example programs and @podworks/pulumi run as they are.

import { realpathSync } from "node:fs";
import { createRequire, registerHooks } from "node:module";
import { join, sep } from "node:path";
import { pathToFileURL } from "node:url";

const sdkModules = process.env.PODWORKS_E2E_K8S_SDK;
if (sdkModules) {
  const sdkDir = realpathSync(join(sdkModules, "@pulumi", "kubernetes")) + sep;
  // Resolves like require() from inside the overlay's node_modules, which holds the SDK.
  const sdkRequire = createRequire(join(sdkModules, "resolver.js"));
  let programRequire;
  const fromProgram = (specifier) => {
    if (programRequire === undefined) {
      // The program's @pulumi/pulumi: the CLI runs the program with the project as working directory.
      const pkg = realpathSync(
        createRequire(join(process.cwd(), "package.json")).resolve("@pulumi/pulumi/package.json"),
      );
      programRequire = createRequire(pkg);
    }
    return programRequire.resolve(specifier);
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
  // The answers are whole URLs: for require() calls, Node's default resolver looks from the requiring module's
  // own folder whatever parentURL says, so a changed parentURL alone would not move it.
  // require.resolve() below runs through this hook too; while it does, the hook steps aside.
  let inside = false;
  const redirect = (resolveFile) => {
    inside = true;
    try {
      return { url: pathToFileURL(resolveFile()).href, shortCircuit: true };
    } finally {
      inside = false;
    }
  };
  registerHooks({
    resolve(specifier, context, nextResolve) {
      if (!inside && isPkg(specifier, "@pulumi/kubernetes") && !fromSdk(context.parentURL)) {
        return redirect(() => sdkRequire.resolve(specifier));
      }
      if (!inside && isPkg(specifier, "@pulumi/pulumi") && fromSdk(context.parentURL)) {
        return redirect(() => fromProgram(specifier));
      }
      return nextResolve(specifier, context);
    },
  });
}
