/** What the global setup hands every test file: which CLI, which cluster, which environment. */
export interface PulumiEnv {
  mode: "local" | "external";
  kubeconfig: string;
  /** kubectl to run (a path, or a name on PATH). */
  kubectl: string;
  /** The StorageClass the examples' claims get (the cluster's default). */
  storageClass: string;
  /** Environment added to every `pulumi` and `kubectl` run. */
  vars: Record<string, string>;
  /** A temporary folder for this run (backend, PULUMI_HOME, staged projects); removed afterwards. */
  work?: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    pulumiEnv: PulumiEnv;
  }
}
