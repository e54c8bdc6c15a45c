/**
 * A TypeDoc plugin for the site's API pages (not for the doc-comment test, which needs every member): it keeps the
 * pages within the content-page JavaScript budget.
 * - Inherited members are left out: a type lists its own members and links the types it extends, where the others
 *   are. (`JobSpec` repeated every field of `Metadata` and `PodFields`, and so did the other three kinds.)
 * - A type of `@podworks/core` whose own members are all Kubernetes fields (`Container`, `Probe`, `JobFields`, ...)
 *   is shown as its declaration, in one code block, instead of one heading per field: the catalogue describes those
 *   fields, in both languages, in the field tables of each kind's page.
 */
import { CATALOGUE, type CatalogueSection } from "@podworks/core";
import {
  type Application,
  type Context,
  Converter,
  type DeclarationReflection,
  type ProjectReflection,
  ReflectionKind,
} from "typedoc";
import ts from "typescript";

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

export function load(app: Application): void {
  const fields = catalogueFieldNames();
  const declarations = new Map<DeclarationReflection, string>();

  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context: Context, reflection: DeclarationReflection) => {
      if (!reflection.kindOf(ReflectionKind.Interface)) return;
      const declaration = context
        .getSymbolFromReflection(reflection)
        ?.declarations?.find(ts.isInterfaceDeclaration);
      if (declaration !== undefined) declarations.set(reflection, declaration.getText());
    },
  );

  app.converter.on(Converter.EVENT_RESOLVE_END, (context: Context) => {
    const project: ProjectReflection = context.project;
    for (const type of project.getReflectionsByKind(
      ReflectionKind.Interface | ReflectionKind.Class,
    ) as DeclarationReflection[]) {
      for (const member of [...(type.children ?? [])]) {
        if (member.inheritedFrom !== undefined || member.flags.isInherited) project.removeReflection(member);
      }
      const source = declarations.get(type);
      const own = type.children ?? [];
      const inCore = type.parent?.name === "@podworks/core";
      if (!inCore || source === undefined || own.length === 0) continue;
      if (!own.every((member) => member.kindOf(ReflectionKind.Property) && fields.has(member.name))) continue;
      for (const member of [...own]) project.removeReflection(member);
      const summary = type.comment?.summary ?? [];
      if (type.comment === undefined) continue;
      type.comment.summary = [
        ...summary,
        { kind: "text", text: "\n\n" },
        { kind: "code", text: `\`\`\`ts\n${source}\n\`\`\`` },
      ];
    }
  });
}
