import type { CatalogueSection, FieldDef } from "@podworks/core";
import { describe, expect, it } from "vitest";
import { fieldTable, nestedSections, sectionAnchor, walkFields } from "./field-rows";
import { TYPE_TEXT } from "./type-text";

const LINK = "https://kubernetes.io/docs/concepts/workloads/pods/";
const text = (en: string, ko: string) => ({ en, ko });

/** A stand-in for the nested sections core's catalogue is getting (probes with an exec handler, shared twice). */
const exec: CatalogueSection = {
  name: "execAction",
  title: text("Exec action", "Exec 동작"),
  fields: { command: { type: "string[]", description: text("Command to run.", "실행할 명령."), link: LINK } },
};
const probe: CatalogueSection = {
  name: "probe",
  title: text("Probe", "프로브"),
  description: text("How the kubelet checks a container.", "kubelet이 컨테이너를 검사하는 방법."),
  fields: {
    exec: {
      type: "object",
      description: text("Run a command.", "명령을 실행한다."),
      link: LINK,
      section: exec,
    },
    periodSeconds: {
      type: "integer",
      description: text("How often.", "검사 주기."),
      minimum: 1,
      default: { value: 10 },
      link: LINK,
    },
  },
};
const probeField = (en: string): FieldDef => ({
  type: "object",
  description: text(en, "프로브."),
  link: LINK,
  section: probe,
  since: "1.33",
  ga: "1.35",
});
const container = {
  name: "container",
  title: text("Container", "컨테이너"),
  fields: {
    name: { type: "string", description: text("Name.", "이름."), required: true, link: LINK },
    livenessProbe: probeField("Liveness."),
    readinessProbe: probeField("Readiness."),
  },
} as const satisfies CatalogueSection;

describe("nested sections in the field tables", () => {
  it("stops at a field whose object has a section of its own", () => {
    expect([...walkFields(container.fields)].map((f) => f.name)).toEqual([
      "name",
      "livenessProbe",
      "readinessProbe",
    ]);
  });

  it("gives each nested section one table, depth first, however many fields use it", () => {
    expect(nestedSections(container).map((s) => s.name)).toEqual(["probe", "execAction"]);
    const data = fieldTable("container", "en", new Set(), container);
    expect(data.tables.map((t) => t.name)).toEqual(["container", "probe", "execAction"]);
    expect(data.tables[1]).toMatchObject({
      anchor: sectionAnchor("probe"),
      title: "Probe",
      description: "How the kubelet checks a container.",
    });
    expect(data.tables[1]!.rows.map((r) => r.name)).toEqual(["exec", "periodSeconds"]);
  });

  it("links the fields that use a section to its table, in the page's language", () => {
    const [main] = fieldTable("container", "ko", new Set(), container).tables;
    const liveness = main!.rows.find((r) => r.name === "livenessProbe")!;
    expect(liveness.nested).toEqual({ anchor: "section-probe", title: "프로브" });
    expect(liveness).toMatchObject({ since: "1.33", ga: "1.35" });
    expect(main!.rows.find((r) => r.name === "name")!.nested).toBeUndefined();
  });

  it("leaves out sections another table on the page already showed", () => {
    const seen = new Set<string>(["probe"]);
    expect(fieldTable("container", "en", seen, container).tables.map((t) => t.name)).toEqual(["container"]);
  });
});

describe("type names", () => {
  it("names every field type the catalogue uses in Korean words", () => {
    const rows = (["job", "cronJob", "daemonSet", "statefulSet", "pod", "container"] as const).flatMap(
      (name) => fieldTable(name, "ko").tables.flatMap((s) => s.rows),
    );
    const types = new Set(rows.map((row) => row.type));
    expect(types.size).toBeGreaterThanOrEqual(8);
    for (const type of types) {
      expect(TYPE_TEXT[type].ko, type).toMatch(/^[가-힣 ]+$/);
      expect(TYPE_TEXT[type].en, type).toBe(type);
    }
  });

  it("gives each type its own Korean name", () => {
    const names = Object.values(TYPE_TEXT).map((t) => t.ko);
    expect(new Set(names).size).toBe(names.length);
  });
});
