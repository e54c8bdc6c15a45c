import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  REPLACEMENT_FIELDS_PROVIDER_VERSION,
  STATEFULSET_IDENTITY_FIELDS,
  STATEFULSET_REPLACEMENT_FIELDS,
  STATEFULSET_REPLACEMENT_PATHS,
} from "./replacement-fields.js";

describe("the StatefulSet replacement fields", () => {
  it("lists the Kubernetes provider's forceNew fields for apps/v1 StatefulSet, beside the identity", () => {
    expect(REPLACEMENT_FIELDS_PROVIDER_VERSION).toBe("4.32.0");
    expect([...STATEFULSET_IDENTITY_FIELDS, ...STATEFULSET_REPLACEMENT_PATHS].sort()).toEqual(
      [
        "metadata.name",
        "metadata.namespace",
        "spec.podManagementPolicy",
        "spec.revisionHistoryLimit",
        "spec.selector",
        "spec.serviceName",
        "spec.volumeClaimTemplates",
      ].sort(),
    );
  });

  it("says per field what happens to the pods: only the selector costs all of them, serviceName rolls them", () => {
    const effects = Object.fromEntries(STATEFULSET_REPLACEMENT_FIELDS.map((f) => [f.field, f.pods]));
    expect(effects).toEqual({
      "spec.podManagementPolicy": "none",
      "spec.revisionHistoryLimit": "none",
      "spec.selector": "all",
      "spec.serviceName": "rolling",
      "spec.volumeClaimTemplates": "none",
    });
  });

  it("describes every field in English and Korean (Hangul), in the plain style", () => {
    for (const field of STATEFULSET_REPLACEMENT_FIELDS) {
      expect(field.en.length, field.field).toBeGreaterThan(20);
      expect(field.ko, field.field).toMatch(/[가-힣]/);
      expect(field.ko, field.field).not.toMatch(/니다|세요/);
    }
    expect(STATEFULSET_REPLACEMENT_FIELDS.find((f) => f.field === "spec.selector")?.en).toMatch(
      /acknowledgeSelectorChange/,
    );
  });
});

/** The first column of the table in a page's {#replacements} section: the fields it lists, in order. */
function fieldsListedIn(page: string): string[] {
  const text = readFileSync(new URL(`../../../apps/docs/${page}`, import.meta.url), "utf8");
  const start = text.indexOf("{#replacements}");
  const section = text.slice(start, text.indexOf("\n## ", start));
  return [...section.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]!);
}

describe("the docs' replacement table", () => {
  it.each(["docs/pvc-protection.mdx", "i18n/ko/docusaurus-plugin-content-docs/current/pvc-protection.mdx"])(
    "%s lists exactly the replacement fields, in the list's order",
    (page) => {
      expect(fieldsListedIn(page)).toEqual(STATEFULSET_REPLACEMENT_PATHS.map((f) => f.replace("spec.", "")));
    },
  );
});
