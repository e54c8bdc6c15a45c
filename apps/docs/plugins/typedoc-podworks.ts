/**
 * A TypeDoc plugin for the API reference (plugins/api-reference.ts loads it by path):
 * - names each entry module by the specifier programs import it with (`@podworks/core/parse`, not `core/src/parse`);
 * - shows a constant declared `expr satisfies T` with the type `T` instead of the literal type TypeScript infers.
 *   The field catalogues (`jobFields`, `podFields`, ...) are `as const satisfies FieldCatalogue<...>`: their literal
 *   types repeat every description, default and link of the catalogue and made core's page 180 KB longer; the
 *   catalogue itself is on the site as the field tables of each kind's page.
 */

import { dirname } from "node:path";
import {
  type Application,
  type Context,
  Converter,
  type DeclarationReflection,
  ReflectionKind,
} from "typedoc";
import ts from "typescript";
import { apiEntries } from "./api-reference.ts";

export function load(app: Application): void {
  let specifiers: Map<string, string> | undefined;
  // The options are read by the time TypeDoc converts; tsconfig.api.json sits in the docs app's folder.
  const specifierOf = (file: string): string | undefined => {
    specifiers ??= new Map(
      apiEntries(dirname(app.options.getValue("tsconfig"))).map((entry) => [entry.source, entry.specifier]),
    );
    return specifiers.get(file);
  };

  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context: Context, reflection: DeclarationReflection) => {
      const symbol = context.getSymbolFromReflection(reflection);
      if (reflection.kindOf(ReflectionKind.Module)) {
        const file = symbol?.declarations?.find(ts.isSourceFile)?.fileName;
        const specifier = file === undefined ? undefined : specifierOf(file);
        if (specifier !== undefined) reflection.name = specifier;
        return;
      }
      if (!reflection.kindOf(ReflectionKind.Variable)) return;
      const declaration = symbol?.valueDeclaration;
      if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return;
      const initializer = declaration.initializer;
      if (initializer === undefined || !ts.isSatisfiesExpression(initializer)) return;
      const type = context.checker.getTypeFromTypeNode(initializer.type);
      reflection.type = context.converter.convertType(context, type, initializer.type);
    },
  );
}
