/**
 * Folding a rendered manifest to the paths a section talks about: the excerpt is valid YAML, holds the shown
 * values exactly as the full manifest does and nothing that is not in it, keeps what identifies each object and
 * list item, and marks every left-out run with `# ...`. Bad paths fail loudly, because they fail the site build.
 */

import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { foldManifest, parseFoldPath } from "./fold";
import { renderExample } from "./specs";

const DB = `kind: StatefulSet
name: db
replicas: 3
securityContext: { runAsUser: 999, runAsGroup: 999, fsGroup: 999 }
containers:
  - name: init
    image: busybox:1.37
    command: ["sh", "-c", "echo ok"]
    volumeMounts: [{ name: data, mountPath: /data }]
    resources: { requests: { cpu: 50m, memory: 32Mi } }
  - name: db
    image: postgres:17
    ports: [{ name: postgres, containerPort: 5432 }]
    readinessProbe: { exec: { command: ["pg_isready", "-U", "postgres"] } }
    resources: { requests: { cpu: 500m, memory: 1Gi } }
    volumeMounts:
      - { name: data, mountPath: /var/lib/postgresql/data }
      - { name: wal, mountPath: /var/lib/postgresql/wal }
volumeClaimTemplates:
  - name: data
    resources: { requests: { storage: 50Gi } }
  - name: wal
    resources: { requests: { storage: 10Gi } }`;

const FULL = renderExample(DB);
const documents = (yaml: string) => parseAllDocuments(yaml).map((d) => d.toJSON() as Record<string, unknown>);

/** Whether every key and item of `part` is in `whole` with the same value (items matched by position). */
function within(part: unknown, whole: unknown): boolean {
  if (part === null || typeof part !== "object") return part === whole;
  if (whole === null || typeof whole !== "object") return false;
  if (Array.isArray(part)) {
    // Left-out items shift positions, so an excerpt's item must equal some item of the full list.
    return Array.isArray(whole) && part.every((item) => whole.some((w) => within(item, w)));
  }
  return Object.entries(part).every(([k, v]) => within(v, (whole as Record<string, unknown>)[k]));
}

describe("parseFoldPath", () => {
  it("reads keys, list indexes and quoted keys with dots", () => {
    expect(parseFoldPath("spec.template.spec.containers[1].volumeMounts")).toEqual([
      "spec",
      "template",
      "spec",
      "containers",
      1,
      "volumeMounts",
    ]);
    expect(parseFoldPath('spec.template.spec.nodeSelector["kubernetes.io/os"]')).toEqual([
      "spec",
      "template",
      "spec",
      "nodeSelector",
      "kubernetes.io/os",
    ]);
  });

  it("names the place a path stops making sense", () => {
    expect(() => parseFoldPath("spec..template")).toThrow(/character 5/);
    expect(() => parseFoldPath(".spec")).toThrow(/character 1/);
    expect(() => parseFoldPath("spec.containers[x]")).toThrow(/character 16/);
  });
});

describe("foldManifest", () => {
  it("keeps the shown values whole, the way to them, and what identifies objects and items", () => {
    const fold = foldManifest(
      FULL,
      "spec.template.spec.containers[1].volumeMounts, spec.volumeClaimTemplates",
    );
    const [statefulSet] = documents(fold.excerpt);
    const full = documents(FULL).find((d) => d.kind === "StatefulSet")!;
    // The Service has neither path, so only the StatefulSet is shown.
    expect(fold.objects).toBe(2);
    expect(fold.shownObjects).toBe(1);
    expect(documents(fold.excerpt)).toHaveLength(1);
    expect(within(statefulSet, full)).toBe(true);
    expect(statefulSet).toMatchObject({
      apiVersion: "apps/v1",
      kind: "StatefulSet",
      metadata: { name: "db" },
    });
    interface Spec {
      replicas?: number;
      volumeClaimTemplates: unknown[];
      template: { spec: { containers: { volumeMounts: unknown[] }[] } };
    }
    const spec = statefulSet!.spec as Spec;
    const fullSpec = full.spec as Spec;
    expect(spec.volumeClaimTemplates).toEqual(fullSpec.volumeClaimTemplates);
    // The first container is left out; the second keeps its name and its mounts, and nothing else.
    expect(spec.template.spec.containers).toEqual([
      { name: "db", volumeMounts: fullSpec.template.spec.containers[1]!.volumeMounts },
    ]);
    expect(spec.replicas).toBeUndefined();
    expect(fold.lines).toBe(FULL.trimEnd().split("\n").length);
    expect(fold.excerpt.split("\n").length).toBeLessThan(fold.lines / 2);
  });

  it("marks each left-out run with one # ... at the depth of the lines it stands for", () => {
    const fold = foldManifest(FULL, "spec.template.spec.containers[1].volumeMounts");
    const lines = fold.excerpt.trimEnd().split("\n");
    // The excerpt is made of the full manifest's own lines, elision comments and item dashes aside.
    const fullLines = new Set(FULL.split("\n").map((l) => l.replace(/^(\s*)- /, "$1  ")));
    for (const line of lines) {
      if (line.trimStart() === "# ...") continue;
      expect(fullLines, line).toContain(line.replace(/^(\s*)- /, "$1  "));
    }
    // The first container (an item of a list at depth 3) is one elision at the dashes' column.
    const containers = lines.indexOf("      containers:");
    expect(lines[containers + 1]).toBe("        # ...");
    expect(lines[containers + 2]).toBe("        - name: db");
    // Never two elisions in a row at one depth.
    for (let i = 1; i < lines.length; i++) {
      if (lines[i]!.trimStart() === "# ...") expect(lines[i - 1]).not.toBe(lines[i]);
    }
    expect(lines.filter((l) => l.trimStart() === "# ...").length).toBeGreaterThan(3);
  });

  it("shows every object a path resolves in", () => {
    const fold = foldManifest(FULL, "metadata.labels");
    expect(fold.shownObjects).toBe(2);
    expect(documents(fold.excerpt).map((d) => d.kind)).toEqual(["Service", "StatefulSet"]);
  });

  it("fails on a path that names nothing, so a renamed field fails the build", () => {
    expect(() => foldManifest(FULL, "spec.template.spec.containers[2]")).toThrow(
      /"spec.template.spec.containers\[2\]" names nothing/,
    );
    expect(() => foldManifest(FULL, "spec.volumeClaimTemplate")).toThrow(/names nothing/);
    expect(() => foldManifest(FULL, " , ")).toThrow(/names no path/);
  });
});
