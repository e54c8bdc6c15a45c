/**
 * Vitest global setup of the `e2e` project: makes sure the local cluster runs for the whole test run.
 * A cluster that is already running (started by hand or by e2e/run.sh) is used and left running;
 * otherwise one is started here and stopped after the run. Missing binaries fail the run with the fix.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const e2e = fileURLToPath(new URL("..", import.meta.url));
const script = (name: string) => `${e2e}${name}`;

export default function setup(project: TestProject): (() => void) | undefined {
  const built = spawnSync(script("build.sh"), ["--check"], { encoding: "utf8" });
  if (built.status !== 0) {
    throw new Error(
      "e2e: the cluster binaries are not cached. Build them once with `e2e/build.sh` (about 25 minutes on 2 cores; see docs/e2e.md).",
    );
  }
  const running = spawnSync(script("cluster.sh"), ["status"], { encoding: "utf8" }).status === 0;
  if (!running) execFileSync(script("cluster.sh"), ["start"], { stdio: "inherit" });
  const kubeconfig = execFileSync(script("cluster.sh"), ["kubeconfig"], { encoding: "utf8" }).trim();
  project.provide("kubeconfig", kubeconfig);
  if (running) return undefined;
  return () => {
    execFileSync(script("cluster.sh"), ["stop"], { stdio: "inherit" });
  };
}
