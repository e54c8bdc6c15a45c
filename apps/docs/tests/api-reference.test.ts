/**
 * The API reference documents every export: TypeDoc converts the public entries exactly as the site does
 * (plugins/api-reference.ts) and every entry, every export and every member of an exported class, interface or
 * object type must carry a doc comment. Kubernetes' own fields on core's spec types are the one exception: the
 * field catalogue describes them (in both languages) and the site prints it as the field tables of each kind's page.
 * The built site is checked too: the reference is on it in both locales, with the Korean note on the Korean pages.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOGUE, type CatalogueSection } from "@podworks/core";
import {
  Application,
  type DeclarationReflection,
  type ProjectReflection,
  type Reflection,
  ReflectionKind,
  TSConfigReader,
} from "typedoc";
import { beforeAll, describe, expect, it } from "vitest";
import { apiEntries, conversionOptions } from "../plugins/api-reference";
import { KOREAN_NOTE } from "../plugins/remark-api-note";
import { APP, BUILD } from "./chromium";

/** Every field name the catalogue describes, nested sections included. */
function catalogueFieldNames(): Set<string> {
  const names = new Set<string>();
  const seen = new Set<CatalogueSection>();
  const walk = (section: CatalogueSection) => {
    if (seen.has(section)) return;
    seen.add(section);
    for (const [name, def] of Object.entries(section.fields)) {
      names.add(name);
      if (def.section) walk(def.section);
    }
  };
  for (const section of CATALOGUE) walk(section);
  return names;
}

function documented(reflection: Reflection): boolean {
  if (reflection.hasComment()) return true;
  if (!reflection.isDeclaration()) return false;
  if (reflection.kindOf(ReflectionKind.Reference)) {
    const target = (
      reflection as unknown as { getTargetReflectionDeep(): Reflection }
    ).getTargetReflectionDeep();
    return target !== reflection && documented(target);
  }
  const signatures = [
    ...(reflection.signatures ?? []),
    ...(reflection.getSignature ? [reflection.getSignature] : []),
    ...(reflection.setSignature ? [reflection.setSignature] : []),
  ];
  return signatures.length > 0 && signatures.every((signature) => signature.hasComment());
}

/** The members a reader looks up on an export: a class's or interface's own members, an object type's properties. */
function membersOf(reflection: DeclarationReflection): DeclarationReflection[] {
  const own = reflection.children ?? [];
  const literal = reflection.type?.type === "reflection" ? (reflection.type.declaration.children ?? []) : [];
  return [...own, ...literal].filter((member) => !member.flags.isInherited && !member.flags.isExternal);
}

/** `entry: export` or `entry: export.member` for everything without a doc comment. */
export function undocumented(project: ProjectReflection, kubernetesFields: Set<string>): string[] {
  const missing: string[] = [];
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    if (!documented(module))
      missing.push(`${module.name}: the entry itself (a @packageDocumentation comment)`);
    const isCore = module.name === "@podworks/core";
    for (const exported of module.children ?? []) {
      if (!documented(exported)) missing.push(`${module.name}: ${exported.name}`);
      if (exported.kindOf(ReflectionKind.Reference)) continue;
      for (const member of membersOf(exported)) {
        const kubernetesField =
          isCore && member.kindOf(ReflectionKind.Property) && kubernetesFields.has(member.name);
        if (!kubernetesField && !documented(member))
          missing.push(`${module.name}: ${exported.name}.${member.name}`);
      }
    }
  }
  return missing;
}

let project: ProjectReflection;

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins(
    { ...conversionOptions(APP), logLevel: "Error" } as Parameters<
      typeof Application.bootstrapWithPlugins
    >[0],
    [new TSConfigReader()],
  );
  const converted = await app.convert();
  if (converted === undefined)
    throw new Error("TypeDoc could not convert the public entries (see its errors above)");
  project = converted;
}, 120_000);

describe("the API reference's sources", () => {
  it("documents each entry the packages' exports declare, named as programs import it", () => {
    expect(apiEntries(APP).map((entry) => entry.specifier)).toEqual([
      "@podworks/core",
      "@podworks/core/parse",
      "@podworks/cli",
      "@podworks/pulumi",
      "@podworks/pulumi/policy",
      "@podworks/pulumi/provider",
    ]);
    expect(project.getChildrenByKind(ReflectionKind.Module).map((m) => m.name)).toEqual(
      expect.arrayContaining(apiEntries(APP).map((entry) => entry.specifier)),
    );
  });

  it("has a doc comment on every export and on every member of an exported type", () => {
    expect(undocumented(project, catalogueFieldNames())).toEqual([]);
  });

  it("reports an export or a member whose comment is removed, and exempts only Kubernetes fields on core's types", () => {
    const fields = catalogueFieldNames();
    const core = project.getChildByName("@podworks/core") as DeclarationReflection;
    const pulumi = project.getChildByName("@podworks/pulumi") as DeclarationReflection;
    // Core's spec types are seen, member by member, and their Kubernetes fields are what the catalogue describes.
    const container = core.getChildByName("Container") as DeclarationReflection;
    expect(membersOf(container).map((m) => m.name)).toContain("livenessProbe");
    expect(fields.has("livenessProbe")).toBe(true);
    // Each case takes one comment away, as if it had not been written, and puts it back.
    const without = (reflection: Reflection | undefined, where: string): string[] => {
      if (reflection === undefined) throw new Error(`${where} is not in the project`);
      const holders: Reflection[] = reflection.isDeclaration()
        ? [reflection, ...(reflection.signatures ?? [])]
        : [];
      const saved = holders.map((holder) => holder.comment);
      for (const holder of holders) holder.comment = undefined;
      try {
        return undocumented(project, fields);
      } finally {
        holders.forEach((holder, i) => {
          holder.comment = saved[i];
        });
      }
    };
    expect(without(core.getChildByName("manifestsToYaml"), "manifestsToYaml")).toEqual([
      "@podworks/core: manifestsToYaml",
    ]);
    expect(
      without(pulumi.getChildByName(["WorkloadArgs", "transformManifest"]), "transformManifest"),
    ).toEqual(["@podworks/pulumi: WorkloadArgs.transformManifest"]);
    // `namespace` is a Kubernetes field's name, but on a Pulumi component it is an output and needs its comment.
    expect(without(pulumi.getChildByName(["Job", "namespace"]), "Job.namespace")).toEqual([
      "@podworks/pulumi: Job.namespace",
    ]);
    expect(without(core, "@podworks/core")).toEqual([
      "@podworks/core: the entry itself (a @packageDocumentation comment)",
    ]);
    expect(undocumented(project, fields)).toEqual([]);
  });
});

describe("the API reference on the built site", () => {
  const page = (path: string) => {
    const file = join(BUILD, `${path}.html`);
    if (!existsSync(file)) throw new Error(`${file} is missing: build the site first`);
    return readFileSync(file, "utf8");
  };

  it("has a page per entry, with the exports the issue found missing", () => {
    expect(page("api/core")).toContain("manifestsToYaml");
    expect(page("api/core")).toContain("explainSchedule");
    expect(page("api/pulumi")).toContain("transformManifest");
    expect(page("api/core/parse")).toContain("parseSpecs");
    expect(page("api/pulumi/policy")).toContain("statefulSetDataPolicies");
    expect(page("api/cli")).toContain("EXIT_USAGE");
  });

  it("is on the Korean site with a Korean overview and a Korean note on each generated page", () => {
    expect(page("ko/api")).toMatch(/<html lang="?ko"?[\s>]/);
    expect(page("ko/api")).toContain("API 설명은 영어로 쓰여 있다");
    for (const path of ["ko/api/core", "ko/api/pulumi", "ko/api/cli"])
      expect(page(path)).toContain(KOREAN_NOTE);
    expect(page("api/core")).not.toContain(KOREAN_NOTE);
  });
});
