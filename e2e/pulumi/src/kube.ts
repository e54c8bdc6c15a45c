/**
 * The cluster side of the Pulumi e2e tests, through kubectl (the one the cluster was built with locally, the
 * runner's in CI): namespaces, static storage, reads, and the PVC ledger that counts claims lost.
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { PulumiEnv } from "./env.js";
import { exec } from "./pulumi.js";

export interface KObject {
  apiVersion?: string;
  kind?: string;
  metadata: { name: string; namespace?: string; uid: string; [key: string]: unknown };
  // biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON, read field by field by the tests' assertions
  spec?: any;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  status?: any;
}

export class Kubectl {
  constructor(readonly env: PulumiEnv) {}

  async run(args: readonly string[]): Promise<string> {
    const full = ["--kubeconfig", this.env.kubeconfig, ...args];
    const r = await exec(this.env, this.env.kubectl, full, { timeoutMs: 120_000 });
    if (r.code !== 0) throw new Error(`kubectl ${args.join(" ")} exited with ${r.code}:\n${r.output}`);
    return r.stdout;
  }

  async json<T = KObject>(args: readonly string[]): Promise<T> {
    return JSON.parse(await this.run([...args, "-o", "json"])) as T;
  }

  async list(kind: string, namespace: string): Promise<KObject[]> {
    return (await this.json<{ items: KObject[] }>(["get", kind, "-n", namespace])).items;
  }

  /** One object as JSON, or undefined when it does not exist; `managedFields: true` keeps its field managers. */
  async get(
    kind: string,
    name: string,
    namespace?: string,
    options: { readonly managedFields?: boolean } = {},
  ): Promise<KObject | undefined> {
    const ns = namespace ? ["-n", namespace] : [];
    const managed = options.managedFields ? ["--show-managed-fields"] : [];
    const r = await exec(this.env, this.env.kubectl, [
      "--kubeconfig",
      this.env.kubeconfig,
      "get",
      kind,
      name,
      ...ns,
      ...managed,
      "-o",
      "json",
      "--ignore-not-found",
    ]);
    if (r.code !== 0) throw new Error(`kubectl get ${kind} ${name} exited with ${r.code}:\n${r.output}`);
    return r.stdout.trim() ? (JSON.parse(r.stdout) as KObject) : undefined;
  }

  /** Server-side apply of JSON objects (kubectl accepts a JSON List from a file). */
  async apply(objects: readonly object[], file: string): Promise<void> {
    writeFileSync(file, JSON.stringify({ apiVersion: "v1", kind: "List", items: objects }));
    await this.run(["apply", "--server-side", "--field-manager", "podworks-e2e-pulumi", "-f", file]);
  }

  async delete(args: readonly string[]): Promise<void> {
    await this.run(["delete", ...args, "--ignore-not-found", "--wait=false"]);
  }

  /** Polls until `check` returns a value that is not undefined, or fails after `seconds`. */
  async until<T>(what: string, seconds: number, check: () => Promise<T | undefined>): Promise<T> {
    const end = Date.now() + seconds * 1000;
    let last: unknown;
    for (;;) {
      try {
        const value = await check();
        if (value !== undefined) return value;
      } catch (error) {
        last = error;
      }
      if (Date.now() > end)
        throw new Error(`timed out after ${seconds}s waiting for ${what}${last ? `: ${last}` : ""}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString("hex")}`;
}

/** A fresh namespace for one test file. */
export async function createNamespace(kube: Kubectl, prefix: string, file: string): Promise<string> {
  const name = uniqueName(prefix);
  await kube.apply(
    [{ apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "podworks.dev/e2e": "pulumi" } } }],
    file,
  );
  return name;
}

/**
 * A StorageClass of its own with static PersistentVolumes, so a scenario's claims bind to volumes no other test
 * takes. No provisioner, Immediate binding, Retain, and `allowVolumeExpansion` as asked. Each volume is exactly
 * `size`, so a claim's capacity equals its first request and a larger request is a real expansion request.
 */
export function staticStorage(
  className: string,
  count: number,
  size: string,
  options: { allowVolumeExpansion: boolean; hostDir: string },
): object[] {
  const objects: object[] = [
    {
      apiVersion: "storage.k8s.io/v1",
      kind: "StorageClass",
      metadata: { name: className, labels: { "podworks.dev/e2e": "pulumi" } },
      provisioner: "kubernetes.io/no-provisioner",
      volumeBindingMode: "Immediate",
      reclaimPolicy: "Retain",
      allowVolumeExpansion: options.allowVolumeExpansion,
    },
  ];
  for (let i = 0; i < count; i++) {
    const name = `${className}-pv-${String(i).padStart(2, "0")}`;
    objects.push({
      apiVersion: "v1",
      kind: "PersistentVolume",
      metadata: { name, labels: { "podworks.dev/e2e": "pulumi", "podworks.dev/e2e-class": className } },
      spec: {
        storageClassName: className,
        capacity: { storage: size },
        accessModes: ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany"],
        persistentVolumeReclaimPolicy: "Retain",
        hostPath: { path: `${options.hostDir}/${name}`, type: "DirectoryOrCreate" },
      },
    });
  }
  return objects;
}

/** Deletes the StorageClasses and volumes a test created (PVs by their class label). */
export async function deleteStaticStorage(kube: Kubectl, classNames: readonly string[]): Promise<void> {
  for (const c of classNames) {
    await kube.delete(["pv", "-l", `podworks.dev/e2e-class=${c}`]);
    await kube.delete(["storageclass", c]);
  }
}

export interface LedgerReport {
  readonly scenario: string;
  readonly kept: number;
  readonly lost: readonly string[];
}

/**
 * Every PVC a scenario has seen, by name and UID. A claim is lost when it no longer exists or exists with another
 * UID (deleted and created again: its data would be gone with a real provisioner).
 */
export class PvcLedger {
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly kube: Kubectl,
    private readonly namespace: string,
  ) {}

  /** Reads the namespace's claims; new ones join the ledger. Returns them by name. */
  async record(): Promise<Map<string, KObject>> {
    const claims = new Map((await this.kube.list("pvc", this.namespace)).map((c) => [c.metadata.name, c]));
    for (const [name, claim] of claims) if (!this.seen.has(name)) this.seen.set(name, claim.metadata.uid);
    return claims;
  }

  uid(name: string): string | undefined {
    return this.seen.get(name);
  }

  get size(): number {
    return this.seen.size;
  }

  /** Checks every claim seen so far and prints `PVCs lost: N` for the scenario. */
  async report(scenario: string): Promise<LedgerReport> {
    const claims = new Map((await this.kube.list("pvc", this.namespace)).map((c) => [c.metadata.name, c]));
    const lost: string[] = [];
    for (const [name, uid] of this.seen) {
      const now = claims.get(name);
      if (!now) lost.push(`${name} (gone)`);
      else if (now.metadata.uid !== uid) lost.push(`${name} (re-created: uid ${uid} -> ${now.metadata.uid})`);
    }
    const kept = this.seen.size - lost.length;
    console.log(
      `[${scenario}] PVCs lost: ${lost.length}; kept with the same UID: ${kept} of ${this.seen.size}` +
        (lost.length ? ` (lost: ${lost.join(", ")})` : ""),
    );
    return { scenario, kept, lost };
  }
}
