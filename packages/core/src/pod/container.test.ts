import { describe, expect, it } from "vitest";
import { CASES } from "../__fixtures__/cases/container.js";
import { expectCase } from "../__tests__/expect-case.js";
import { HANGUL } from "../__tests__/specs.js";
import { expectStrayItemCase, type StrayItemCase } from "../__tests__/stray-item.js";
import type { CatalogueSection, FieldDef } from "../catalogue.js";
import { containerFields } from "./container.js";
import { renderPodTemplate } from "./template.js";

describe("container cases (accepted and rejected as the API server does)", () => {
  it.each(CASES.map((c) => [c.rejects ? `rejects ${c.name}` : `accepts ${c.name}`, c] as const))(
    "%s",
    (_name, c) => expectCase(c),
  );
});

/** Every nested section reachable from the container's catalogue, with the path of the first field using it. */
function sections(): Map<string, { section: CatalogueSection; path: string }> {
  const found = new Map<string, { section: CatalogueSection; path: string }>();
  const walk = (fields: Readonly<Record<string, FieldDef>>, prefix: string) => {
    for (const [key, def] of Object.entries(fields)) {
      const section = def.section;
      if (!section) continue;
      const seen = found.get(section.name);
      if (seen) {
        expect(seen.section, `section name ${section.name} names two different sections`).toBe(section);
        continue;
      }
      found.set(section.name, { section, path: `${prefix}.${key}` });
      walk(section.fields, `${prefix}.${key}`);
    }
  };
  walk(containerFields, "container");
  return found;
}

describe("the container's nested sections", () => {
  const all = [...sections().values()];

  it("cover every nested object family", () => {
    expect(all.map((s) => s.section.name).sort()).toEqual(
      [
        "configMapEnvSource",
        "configMapKeySelector",
        "containerPort",
        "containerResizePolicy",
        "containerSecurityContext",
        "envFromSource",
        "envVar",
        "envVarSource",
        "execAction",
        "grpcAction",
        "httpGetAction",
        "httpHeader",
        "lifecycle",
        "lifecycleHandler",
        "objectFieldSelector",
        "probe",
        "resourceClaim",
        "resourceFieldSelector",
        "resources",
        "secretEnvSource",
        "secretKeySelector",
        "securityAppArmorProfile",
        "securitySeccompProfile",
        "sleepAction",
        "tcpSocketAction",
        "volumeDevice",
        "volumeMount",
      ].sort(),
    );
  });

  it.each(all.map((s) => [s.path, s.section] as const))(
    "%s: every field has English and Korean text and a kubernetes.io link",
    (_path, section) => {
      expect(section.title.ko).toMatch(HANGUL);
      if (section.description) expect(section.description.ko).toMatch(HANGUL);
      for (const [key, def] of Object.entries(section.fields)) {
        expect(def.description.en.trim(), key).not.toBe("");
        expect(def.description.ko, key).toMatch(HANGUL);
        expect(def.link, key).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
        if (def.default && "derived" in def.default) expect(def.default.derived.ko, key).toMatch(HANGUL);
        if (def.enum && def.default && "value" in def.default) expect(def.enum).toContain(def.default.value);
        for (const rule of def.rules ?? []) expect(rule.ko, key).toMatch(HANGUL);
      }
    },
  );

  it("gates resizePolicy by the in-place resize feature (beta 1.33, GA 1.35)", () => {
    expect(containerFields.resizePolicy).toMatchObject({ since: "1.33", ga: "1.35" });
  });
});

describe("rendering the new container fields", () => {
  it("passes stdin, tty, terminationMessagePath, resizePolicy and volumeDevices through as given", () => {
    const container = {
      name: "main",
      image: "busybox:1.37",
      stdin: true,
      stdinOnce: true,
      tty: true,
      terminationMessagePath: "/tmp/message",
      resizePolicy: [{ resourceName: "cpu", restartPolicy: "NotRequired" }] as const,
      volumeDevices: [{ name: "block", devicePath: "/dev/xvda" }],
    };
    const template = renderPodTemplate({ name: "x", containers: [container] }, "Never");
    const rendered = template.spec!.containers[0]! as unknown as Record<string, unknown>;
    expect(rendered).toMatchObject({
      stdin: true,
      stdinOnce: true,
      tty: true,
      terminationMessagePath: "/tmp/message",
      resizePolicy: [{ resourceName: "cpu", restartPolicy: "NotRequired" }],
      volumeDevices: [{ name: "block", devicePath: "/dev/xvda" }],
    });
  });
});

describe("container rules after an item that is not an object report at the item's own index", () => {
  const container = (name: string, more: Record<string, unknown> = {}) => ({
    name,
    image: "busybox:1.37",
    ...more,
  });
  const CASES_AFTER_STRAY: readonly StrayItemCase[] = [
    {
      name: "a volumeDevice listed twice, after a device that is a string",
      spec: {
        kind: "StatefulSet",
        name: "db",
        containers: [
          container("a", {
            volumeDevices: [
              "d",
              { name: "data", devicePath: "/dev/a" },
              { name: "data", devicePath: "/dev/b" },
            ],
          }),
        ],
        volumeClaimTemplates: [
          { name: "data", volumeMode: "Block", resources: { requests: { storage: "1Gi" } } },
        ],
      },
      strays: ["containers[0].volumeDevices[0]"],
      rule: "container.duplicate-device",
      paths: ["containers[0].volumeDevices[2].name"],
    },
    {
      name: "a resizePolicy listed twice, after null",
      spec: {
        kind: "Job",
        name: "j",
        containers: [
          container("a", {
            resizePolicy: [
              null,
              { resourceName: "cpu", restartPolicy: "NotRequired" },
              { resourceName: "cpu", restartPolicy: "NotRequired" },
            ],
          }),
        ],
      },
      strays: ["containers[0].resizePolicy[0]"],
      rule: "container.duplicate-resize-policy",
      paths: ["containers[0].resizePolicy[2].resourceName"],
    },
  ];
  it.each(CASES_AFTER_STRAY.map((c) => [c.name, c] as const))("%s", (_name, c) => expectStrayItemCase(c));
});
