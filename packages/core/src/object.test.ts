import { describe, expect, it } from "vitest";
import { checkKubernetesObject, isKubernetesObject, objectIdentity, objectLabel } from "./object.js";
import { manifestsToYaml } from "./render.js";

const rules = (value: unknown) => checkKubernetesObject(value).map((issue) => `${issue.path} ${issue.rule}`);

describe("Kubernetes objects beside specs", () => {
  it("tells objects (with apiVersion) from podworks specs", () => {
    expect(isKubernetesObject({ apiVersion: "v1", kind: "ConfigMap" })).toBe(true);
    expect(isKubernetesObject({ kind: "Job", name: "pi" })).toBe(false);
    expect(isKubernetesObject([{ apiVersion: "v1" }])).toBe(false);
  });

  it("accepts well-formed objects of any kind", () => {
    for (const object of [
      { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "app.settings" }, data: { a: "1" } },
      { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "runner", namespace: "ci" } },
      { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web" } },
      { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "deny-all" } },
      { apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { name: "system:reader" } },
      { apiVersion: "example.com/v1beta1", kind: "Widget", metadata: { name: "w" } },
    ]) {
      expect(checkKubernetesObject(object), object.kind).toEqual([]);
    }
  });

  it("names what keeps an object from being applied", () => {
    expect(rules({ apiVersion: "", kind: "configMap", metadata: { name: "x" } })).toEqual([
      "apiVersion object.api-version",
      "kind object.kind",
    ]);
    expect(rules({ apiVersion: "Apps/V1", kind: "ConfigMap", metadata: { name: "x" } })).toEqual([
      "apiVersion object.api-version",
    ]);
    expect(rules({ apiVersion: "v1" })).toEqual(["kind required", "metadata required"]);
    expect(rules({ apiVersion: "v1", kind: "Secret", metadata: { generateName: "s-" } })).toEqual([
      "metadata.name required",
    ]);
    expect(rules({ apiVersion: "v1", kind: "Secret", metadata: { name: "Bad_Name" } })).toEqual([
      "metadata.name format.dns1123-subdomain",
    ]);
    expect(rules({ apiVersion: "v1", kind: "Secret", metadata: { name: 7 } })).toEqual([
      "metadata.name type",
    ]);
    expect(rules({ apiVersion: "v1", kind: "Namespace", metadata: { name: "a.b" } })).toEqual([
      "metadata.name format.dns1123-label",
    ]);
    expect(rules({ apiVersion: "v1", kind: "Service", metadata: { name: "1web" } })).toEqual([
      "metadata.name format.dns1035-label",
    ]);
    expect(
      rules({ apiVersion: "rbac.authorization.k8s.io/v1", kind: "Role", metadata: { name: "a/b" } }),
    ).toEqual(["metadata.name format.path-segment"]);
    expect(
      rules({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "x", namespace: "Prod" } }),
    ).toEqual(["metadata.namespace format.dns1123-label"]);
    for (const issue of checkKubernetesObject({ apiVersion: 1, kind: 2, metadata: [] })) {
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(issue.message.ko).toMatch(/[가-힣]/);
      expect(issue.fix.ko).toMatch(/[가-힣]/);
    }
  });

  it("identifies objects by group, kind, namespace and name, not version", () => {
    const a = { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web" } };
    const b = { apiVersion: "policy/v1beta1", kind: "PodDisruptionBudget", metadata: { name: "web" } };
    const c = { ...a, metadata: { name: "web", namespace: "prod" } };
    expect(objectIdentity(a)).toBe(objectIdentity(b));
    expect(objectIdentity(a)).not.toBe(objectIdentity(c));
    expect(objectLabel(c)).toBe('PodDisruptionBudget "prod/web"');
  });

  it("lets manifestsToYaml write any object", () => {
    const yaml = manifestsToYaml([
      { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "settings" }, data: { mode: "on" } },
      { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "runner" } },
    ]);
    expect(yaml).toBe(
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: 'on'\n---\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: runner\n",
    );
  });
});
