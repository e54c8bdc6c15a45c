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
  /**
   * The Python, Go and Pulumi YAML language hosts and the Python virtualenv of e2e/pulumi/build-languages.sh's
   * cache, when it is complete (its bin/ is then on `vars.PATH`); undefined otherwise, with the reason in
   * `languagesMissing`.
   */
  languages?: LanguageTools;
  /** Why `languages` is undefined: printed in each language test's SKIPPED line. */
  languagesMissing?: string;
}

/** What e2e/pulumi/build-languages.sh caches. */
export interface LanguageTools {
  /** The cache folder (`build-languages.sh --check`). */
  readonly dir: string;
  /** pulumi-language-python, pulumi-language-python-exec, pulumi-language-go, pulumi-language-yaml. */
  readonly bin: string;
  /** The virtualenv with the Pulumi Python SDK, pulumi-kubernetes, setuptools and wheel. */
  readonly python: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    pulumiEnv: PulumiEnv;
  }
}
