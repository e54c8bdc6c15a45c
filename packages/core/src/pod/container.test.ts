import { describe, expect, it } from "vitest";
import { CASES } from "../__fixtures__/cases/container.js";
import { expectCase } from "../__tests__/expect-case.js";
import { HANGUL } from "../__tests__/specs.js";
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
