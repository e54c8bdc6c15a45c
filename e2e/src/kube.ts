/**
 * Talking to the e2e cluster. Reads and lists go through @kubernetes/client-node's typed APIs; applies are sent
 * as raw server-side apply requests so the API server sees exactly the JSON that podworks rendered (the client's
 * typed serializer would silently drop fields it does not know), with strict field validation.
 */
import { request as httpsRequest } from "node:https";
import {
  AppsV1Api,
  BatchV1Api,
  CoreV1Api,
  KubeConfig,
  StorageV1Api,
  type V1PersistentVolumeClaim,
  type V1Pod,
} from "@kubernetes/client-node";
import { inject } from "vitest";

/** Any Kubernetes object as JSON. */
export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
}

/** One cause of an Invalid (422) answer: the field the API server blames and why. */
export interface StatusCause {
  readonly field?: string;
  readonly message?: string;
  readonly reason?: string;
}

export interface ApiAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  /** `Warning` headers, e.g. Pod Security warnings. */
  readonly warnings: readonly string[];
}

/** Where each kind the tests send lives in the API. */
const RESOURCES: Record<string, { path: string; namespaced: boolean }> = {
  Job: { path: "/apis/batch/v1", namespaced: true },
  CronJob: { path: "/apis/batch/v1", namespaced: true },
  DaemonSet: { path: "/apis/apps/v1", namespaced: true },
  StatefulSet: { path: "/apis/apps/v1", namespaced: true },
  Service: { path: "/api/v1", namespaced: true },
  Pod: { path: "/api/v1", namespaced: true },
  PersistentVolumeClaim: { path: "/api/v1", namespaced: true },
  Namespace: { path: "/api/v1", namespaced: false },
  PersistentVolume: { path: "/api/v1", namespaced: false },
  StorageClass: { path: "/apis/storage.k8s.io/v1", namespaced: false },
};

const PLURAL: Record<string, string> = {
  Job: "jobs",
  CronJob: "cronjobs",
  DaemonSet: "daemonsets",
  StatefulSet: "statefulsets",
  Service: "services",
  Pod: "pods",
  PersistentVolumeClaim: "persistentvolumeclaims",
  Namespace: "namespaces",
  PersistentVolume: "persistentvolumes",
  StorageClass: "storageclasses",
};

export const FIELD_MANAGER = "podworks-e2e";

export class Kube {
  readonly kc = new KubeConfig();
  readonly core: CoreV1Api;
  readonly apps: AppsV1Api;
  readonly batch: BatchV1Api;
  readonly storage: StorageV1Api;

  constructor(kubeconfigPath: string) {
    this.kc.loadFromFile(kubeconfigPath);
    this.core = this.kc.makeApiClient(CoreV1Api);
    this.apps = this.kc.makeApiClient(AppsV1Api);
    this.batch = this.kc.makeApiClient(BatchV1Api);
    this.storage = this.kc.makeApiClient(StorageV1Api);
  }

  /** A raw request to the API server; never throws for an HTTP error status. */
  async raw(
    method: string,
    path: string,
    body?: unknown,
    contentType = "application/json",
  ): Promise<ApiAnswer> {
    const cluster = this.kc.getCurrentCluster();
    if (!cluster) throw new Error("the kubeconfig has no current cluster");
    const url = new URL(path, cluster.server);
    const options: Parameters<typeof httpsRequest>[1] & { headers: Record<string, string> } = {
      method,
      headers: { accept: "application/json" },
    };
    await this.kc.applyToHTTPSOptions(options);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) options.headers["content-type"] = contentType;
    return new Promise((resolve, reject) => {
      const req = httpsRequest(url, options, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let parsed: Record<string, unknown> = {};
          try {
            parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
          } catch {
            parsed = { text };
          }
          const warning = res.headers.warning;
          const warnings = warning === undefined ? [] : Array.isArray(warning) ? warning : [warning];
          resolve({ status: res.statusCode ?? 0, body: parsed, warnings });
        });
      });
      req.on("error", reject);
      req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${path}: no answer in 60 s`)));
      if (payload !== undefined) req.write(payload);
      req.end();
    });
  }

  /** The API path of an object (with its namespace when the kind is namespaced). */
  objectPath(object: KObject, namespace?: string): string {
    const resource = RESOURCES[object.kind];
    const plural = PLURAL[object.kind];
    if (!resource || !plural) throw new Error(`kind ${object.kind} is not mapped in e2e/src/kube.ts`);
    const ns = object.metadata.namespace ?? namespace;
    if (resource.namespaced && !ns)
      throw new Error(`${object.kind} ${object.metadata.name} needs a namespace`);
    const base = resource.namespaced
      ? `${resource.path}/namespaces/${ns}/${plural}`
      : `${resource.path}/${plural}`;
    return `${base}/${encodeURIComponent(object.metadata.name)}`;
  }

  /**
   * Server-side apply of one object, exactly as given, with strict field validation (unknown or duplicate
   * fields are errors). `dryRun` runs every admission and validation step without persisting anything.
   */
  async apply(object: KObject, options: { namespace?: string; dryRun?: boolean } = {}): Promise<ApiAnswer> {
    const query = new URLSearchParams({
      fieldManager: FIELD_MANAGER,
      force: "true",
      fieldValidation: "Strict",
    });
    if (options.dryRun) query.set("dryRun", "All");
    const withNamespace =
      options.namespace && RESOURCES[object.kind]?.namespaced
        ? { ...object, metadata: { ...object.metadata, namespace: options.namespace } }
        : object;
    return this.raw(
      "PATCH",
      `${this.objectPath(withNamespace)}?${query}`,
      withNamespace,
      "application/apply-patch+yaml",
    );
  }

  /** A plain create (POST), optionally dry-run: the path `kubectl create` takes, without server-side apply. */
  async create(object: KObject, options: { namespace?: string; dryRun?: boolean } = {}): Promise<ApiAnswer> {
    const namespaced = RESOURCES[object.kind]?.namespaced;
    const body =
      options.namespace && namespaced
        ? { ...object, metadata: { ...object.metadata, namespace: options.namespace } }
        : object;
    const path = this.objectPath(body);
    const query = new URLSearchParams({ fieldManager: FIELD_MANAGER, fieldValidation: "Strict" });
    if (options.dryRun) query.set("dryRun", "All");
    return this.raw("POST", `${path.slice(0, path.lastIndexOf("/"))}?${query}`, body);
  }

  /** Like apply, but throws with the server's message unless the object was accepted. */
  async applyOk(object: KObject, options: { namespace?: string; dryRun?: boolean } = {}): Promise<ApiAnswer> {
    const answer = await this.apply(object, options);
    if (answer.status < 200 || answer.status > 299) {
      throw new Error(
        `${options.dryRun ? "dry-run " : ""}apply of ${object.kind} ${object.metadata.name} failed with ${answer.status}: ${String(answer.body.message ?? JSON.stringify(answer.body))}`,
      );
    }
    return answer;
  }

  /** Dry-run creation of a bare Pod, so the namespace's Pod Security level is enforced on it directly. */
  async createPodDryRun(pod: KObject, namespace: string): Promise<ApiAnswer> {
    return this.raw("POST", `/api/v1/namespaces/${namespace}/pods?dryRun=All&fieldValidation=Strict`, {
      ...pod,
      metadata: { ...pod.metadata, namespace },
    });
  }

  async delete(
    object: KObject,
    options: { namespace?: string; propagation?: string } = {},
  ): Promise<ApiAnswer> {
    const body = {
      apiVersion: "v1",
      kind: "DeleteOptions",
      propagationPolicy: options.propagation ?? "Background",
    };
    return this.raw("DELETE", this.objectPath(object, options.namespace), body);
  }

  /** A fresh namespace; `restricted` makes it enforce (and warn and audit) Pod Security `restricted`. */
  async namespace(prefix: string, restricted = false): Promise<string> {
    const name = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
    const labels: Record<string, string> = { "podworks.dev/e2e": "true" };
    if (restricted) {
      for (const mode of ["enforce", "warn", "audit"]) {
        labels[`pod-security.kubernetes.io/${mode}`] = "restricted";
        labels[`pod-security.kubernetes.io/${mode}-version`] = "latest";
      }
    }
    await this.applyOk({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels } });
    return name;
  }

  /** Starts deleting a namespace; does not wait (the cluster is thrown away after the run anyway). */
  async dropNamespace(name: string): Promise<void> {
    await this.delete({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
  }

  async pods(namespace: string, labelSelector?: string): Promise<V1Pod[]> {
    return (await this.core.listNamespacedPod({ namespace, labelSelector })).items;
  }

  async claims(namespace: string): Promise<V1PersistentVolumeClaim[]> {
    return (await this.core.listNamespacedPersistentVolumeClaim({ namespace })).items;
  }

  /** Events in a namespace, as "Kind/name Reason: message". */
  async events(namespace: string): Promise<{ object: string; reason: string; text: string }[]> {
    const events = (await this.core.listNamespacedEvent({ namespace })).items;
    return events.map((e) => {
      const object = `${e.involvedObject.kind}/${e.involvedObject.name}`;
      return { object, reason: e.reason ?? "", text: `${object} ${e.reason}: ${e.message}` };
    });
  }
}

let shared: Kube | undefined;

/** The cluster the global setup started (or found running). */
export function kube(): Kube {
  shared ??= new Kube(inject("kubeconfig"));
  return shared;
}

/**
 * Polls until `probe` returns something other than undefined/false, or throws after `timeoutMs` with the last
 * description `probe` gave through `note` (so a timeout says what was seen, not just that time ran out).
 */
export async function eventually<T>(
  what: string,
  probe: (note: (text: string) => void) => Promise<T | undefined | false>,
  timeoutMs = 60_000,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  const note = (text: string) => {
    last = text;
  };
  for (;;) {
    const result = await probe(note);
    if (result !== undefined && result !== false) return result;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; last seen: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The causes of an Invalid answer (status.details.causes). */
export function causesOf(answer: ApiAnswer): StatusCause[] {
  const details = answer.body.details as { causes?: StatusCause[] } | undefined;
  return details?.causes ?? [];
}

declare module "vitest" {
  export interface ProvidedContext {
    kubeconfig: string;
  }
}
