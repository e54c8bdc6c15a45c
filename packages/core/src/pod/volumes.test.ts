/**
 * The volumes table (`__fixtures__/cases/volumes.ts`), taken from TestValidateVolumes, TestValidateVolumeMounts,
 * TestValidateSubpathMutuallyExclusive and TestValidateMountPropagation in
 * `pkg/apis/core/validation/validation_test.go`, plus the rules' own edges.
 */
import { describe, expect, it } from "vitest";
import { caseSpec } from "../__fixtures__/cases/case.js";
import { CASES } from "../__fixtures__/cases/volumes.js";
import { baseJob, HANGUL, validateServerRules as validate } from "../__tests__/specs.js";
import { expectStrayItemCase, type StrayItemCase } from "../__tests__/stray-item.js";
import { toManifests } from "../render.js";

describe("volume cases", () => {
  it.each(CASES.filter((c) => !c.rejects).map((c) => [c.name, c] as const))("accepts %s", (_name, c) => {
    const result = validate(caseSpec(c), { kubernetesVersion: c.kubernetesVersion });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(CASES.filter((c) => c.rejects).map((c) => [c.name, c] as const))("rejects %s", (_name, c) => {
    const result = validate(caseSpec(c), { kubernetesVersion: c.kubernetesVersion });
    expect(result.ok).toBe(false);
    const issue = result.issues.find((i) => i.path === c.rejects?.path && i.rule === c.rejects?.rule);
    expect(issue, JSON.stringify(result.issues.map((i) => [i.path, i.rule]))).toBeDefined();
    expect(issue?.severity).toBe("error");
    expect(issue?.message.en.trim()).not.toBe("");
    expect(issue?.fix.en.trim()).not.toBe("");
    expect(issue?.message.ko).toMatch(HANGUL);
    expect(issue?.fix.ko).toMatch(HANGUL);
    if (c.policy) {
      expect(c.source).toBe("podworks");
      expect(c.policy.ko).toMatch(HANGUL);
    }
  });

  it("cites a Go test or podworks for every case, and names each case once", () => {
    for (const c of CASES)
      expect(c.source).toMatch(/^(podworks$|pkg\/apis\/core\/validation\/validation_test\.go Test\w+)/);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });
});

describe("volume rules beyond the table", () => {
  const withVolume = (volume: Record<string, unknown>) => ({ ...baseJob, volumes: [volume] });
  const rules = (spec: unknown) => validate(spec).issues.map((i) => `${i.path} ${i.rule}`);

  it("reports every extra source of a volume, and one issue only for a volume without any", () => {
    expect(
      rules(withVolume({ name: "v", emptyDir: {}, secret: { secretName: "s" }, configMap: { name: "c" } })),
    ).toEqual(["volumes[0].configMap volume.source-count", "volumes[0].secret volume.source-count"]);
    expect(rules(withVolume({ name: "v" }))).toEqual(["volumes[0] volume.source-count"]);
  });

  it("refuses the in-tree plugins podworks does not model as unknown fields", () => {
    expect(rules(withVolume({ name: "v", gitRepo: { repository: "https://example.com/r.git" } }))).toContain(
      "volumes[0].gitRepo unknown-field",
    );
  });

  it("reports one problem for a path that is absolute and steps up, and accepts names with dots", () => {
    const items = (path: string) =>
      withVolume({ name: "v", secret: { secretName: "s", items: [{ key: "k", path }] } });
    expect(rules(items("/../x"))).toEqual([
      "volumes[0].secret.items[0].path path.absolute",
      "volumes[0].secret.items[0].path path.backstep",
    ]);
    expect(rules(items("a..b/c.."))).toEqual([]);
    expect(rules(items("dir/..hidden"))).toEqual([]);
  });

  it("accepts every mode from 0 to 0777 and nothing beyond", () => {
    const mode = (defaultMode: number) => withVolume({ name: "v", configMap: { name: "c", defaultMode } });
    expect(rules(mode(0))).toEqual([]);
    expect(rules(mode(0o777))).toEqual([]);
    expect(rules(mode(0o1000))).toEqual(["volumes[0].configMap.defaultMode maximum"]);
  });

  it("knows the huge page media", () => {
    const medium = (m: string) => withVolume({ name: "v", emptyDir: { medium: m } });
    for (const ok of ["", "Memory", "HugePages", "HugePages-2Mi", "HugePages-1Gi"])
      expect(rules(medium(ok))).toEqual([]);
    expect(rules(medium("memory"))).toEqual(["volumes[0].emptyDir.medium volume.empty-dir-medium"]);
  });

  it("warns that image volumes are beta in 1.36 and renders the volume as given", () => {
    const spec = withVolume({ name: "model", image: { reference: "quay.io/crio/artifact:v1" } });
    const result = validate(spec, { kubernetesVersion: "1.36" });
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => `${i.path} ${i.rule}`)).toEqual(["volumes[0].image beta"]);
    const [job] = toManifests(spec as unknown as typeof baseJob) as {
      spec: { template: { spec: { volumes: unknown } } };
    }[];
    expect(job?.spec.template.spec.volumes).toEqual([
      { name: "model", image: { reference: "quay.io/crio/artifact:v1" } },
    ]);
  });

  it("checks mounts of init containers too", () => {
    const spec = {
      ...baseJob,
      volumes: [{ name: "v", emptyDir: {} }],
      initContainers: [
        {
          name: "init",
          image: "busybox:1.37",
          volumeMounts: [{ name: "v", mountPath: "/v", subPath: "/abs" }],
        },
      ],
    };
    expect(rules(spec)).toEqual(["initContainers[0].volumeMounts[0].subPath path.absolute"]);
  });
});

describe("the volume catalogue", () => {
  it("documents every nested field in English and Korean with a kubernetes.io link", async () => {
    const { volumeSection, volumeMountSection } = await import("./volumes.js");
    const seen = new Set<string>();
    const walk = (
      fields: Readonly<Record<string, import("../catalogue.js").FieldDef>>,
      path: string,
    ): void => {
      for (const [key, def] of Object.entries(fields)) {
        const at = `${path}.${key}`;
        seen.add(at);
        expect(def.description.en.trim(), at).not.toBe("");
        expect(def.description.ko, at).toMatch(HANGUL);
        expect(def.link, at).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
        for (const rule of def.rules ?? []) expect(rule.ko, at).toMatch(HANGUL);
        const nested = def.section?.fields ?? def.fields;
        if (nested) walk(nested, at);
        if (def.section) expect(def.section.title.ko, at).toMatch(HANGUL);
      }
    };
    walk(volumeSection.fields, "volume");
    walk(volumeMountSection.fields, "volumeMount");
    expect(seen).toContain("volume.projected.sources.serviceAccountToken.expirationSeconds");
    expect(seen).toContain("volume.ephemeral.volumeClaimTemplate.spec.resources.requests.storage");
    expect(seen).toContain("volumeMount.recursiveReadOnly");
  });
});

describe("mount rules after an item that is not an object report at the item's own index", () => {
  const container = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: "busybox:1.37",
    ...more,
  });
  const CASES_AFTER_STRAY: readonly StrayItemCase[] = [
    {
      name: "a mount of no volume, after a mount that is a string",
      spec: {
        kind: "Job",
        name: "j",
        containers: [container("a", { volumeMounts: ["m", { name: "nope", mountPath: "/a" }] })],
      },
      strays: ["containers[0].volumeMounts[0]"],
      rule: "pod.mount-unknown-volume",
      paths: ["containers[0].volumeMounts[1].name"],
    },
    {
      name: "a mountPath used twice, after a mount that is a string",
      spec: {
        kind: "Job",
        name: "j",
        volumes: [{ name: "v", emptyDir: {} }],
        containers: [
          container("a", {
            volumeMounts: ["m", { name: "v", mountPath: "/a" }, { name: "v", mountPath: "/a" }],
          }),
        ],
      },
      strays: ["containers[0].volumeMounts[0]"],
      rule: "pod.duplicate-mount-path",
      paths: ["containers[0].volumeMounts[2].mountPath"],
    },
  ];
  it.each(CASES_AFTER_STRAY.map((c) => [c.name, c] as const))("%s", (_name, c) => expectStrayItemCase(c));
});
