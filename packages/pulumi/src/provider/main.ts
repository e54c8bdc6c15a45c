/**
 * The plugin's entry point: `packages/pulumi/provider/index.js` calls `main()`, which the Node.js language host's
 * run-plugin starts (`pulumi package add`, a Pulumi.yaml `packages:` entry, or `pulumi package gen-sdk`).
 */
import * as provider from "@pulumi/pulumi/provider/index.js";
import { useGuards } from "../identity-guard.js";
import { PROVIDER_GUARDS } from "./guards.js";
import { PodworksProvider } from "./provider.js";

/**
 * Serves the podworks provider on a port the engine reads from stdout. Components built here register their guards
 * as the provider's own custom resources (see guards.ts). `args` are the engine's (its address).
 */
export function main(args: readonly string[] = process.argv.slice(2)): Promise<void> {
  useGuards(PROVIDER_GUARDS);
  return provider.main(new PodworksProvider(), [...args]);
}
