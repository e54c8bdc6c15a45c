/**
 * The API reference: TypeDoc over the public entries of @podworks/core, @podworks/cli and @podworks/pulumi,
 * written as Markdown (typedoc-plugin-markdown, through docusaurus-plugin-typedoc) into `api/`, which the site's
 * second docs instance (`id: "api"`, at /api) publishes. `api/` is generated on every build and not committed.
 *
 * The entries are read from each package's `exports` (every export with a `types` condition), mapped from
 * `dist/*.d.ts` back to `src/*.ts`, so a new public entry is documented, and checked, without touching this file.
 * tests/api-reference.test.ts converts the same entries and fails on an export without a doc comment.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Where TypeDoc writes the Markdown pages and their sidebar (`typedoc-sidebar.cjs`), relative to the site. */
export const API_OUT = "api";
/** The documented packages, by folder under packages/. */
export const API_PACKAGES = ["core", "cli", "pulumi"] as const;

/** One public entry of a package: its import specifier and the source file TypeDoc reads. */
export interface ApiEntry {
  /** The specifier a program imports, such as `@podworks/core/parse`. */
  readonly specifier: string;
  /** The entry's source file, absolute. */
  readonly source: string;
}

interface PackageJson {
  readonly name: string;
  readonly exports: Readonly<Record<string, string | { readonly types?: string }>>;
}

/** The entries a package's `exports` declare with types, in the order it lists them. */
export function packageEntries(siteDir: string, folder: string): ApiEntry[] {
  const dir = join(siteDir, "..", "..", "packages", folder);
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const types = typeof target === "string" ? undefined : target.types;
    if (types === undefined) return [];
    const source = types.replace(/^\.\/dist\//, "./src/").replace(/\.d\.ts$/, ".ts");
    return [
      {
        specifier: subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`,
        source: join(dir, source),
      },
    ];
  });
}

/** Every documented entry, package by package. `siteDir` is the docs app's folder (apps/docs). */
export function apiEntries(siteDir: string): ApiEntry[] {
  return API_PACKAGES.flatMap((folder) => packageEntries(siteDir, folder));
}

/**
 * What TypeDoc reads and how it names and filters it: the options that decide what the reference documents, with
 * absolute paths under `siteDir` (apps/docs). The program is `tsconfig.api.json` (the packages' sources without
 * their tests), where `@podworks/core` resolves to core's sources, so the Pulumi and CLI pages link to core's types
 * instead of naming copies from core's `dist/`.
 */
export function conversionOptions(siteDir: string) {
  return {
    entryPoints: apiEntries(siteDir).map((entry) => entry.source),
    entryPointStrategy: "resolve" as const,
    plugin: [join(siteDir, "plugins", "typedoc-podworks.ts")],
    tsconfig: join(siteDir, "tsconfig.api.json"),
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: true,
  };
}

/** TypeDoc's options for the site: the conversion above, then how typedoc-plugin-markdown writes the pages. */
export function typedocOptions(siteDir: string) {
  const conversion = conversionOptions(siteDir);
  return {
    ...conversion,
    // The pages leave out inherited members and show Kubernetes field types as their declarations.
    plugin: [...conversion.plugin, join(siteDir, "plugins", "typedoc-compact.ts")],
    // The entry page is written by hand (api-index.md; its Korean translation lives under i18n/ko/).
    readme: join(siteDir, "api-index.md"),
    // One entry page: the overview above the list of entries (no separate modules.md).
    mergeReadme: true,
    out: join(siteDir, API_OUT),
    docsPath: join(siteDir, API_OUT),
    disableSources: true,
    // One page per entry: a handful of plain pages rather than hundreds, each with a table of contents.
    outputFileStrategy: "modules" as const,
    // `@podworks/core/parse` is written to core/parse.md, at /api/core/parse.
    excludeScopesInPaths: true,
    hidePageHeader: true,
    hideBreadcrumbs: true,
    useCodeBlocks: true,
    expandObjects: false,
    // Parameters as tables; members as headings, which Docusaurus gives ids to and checks links against (table
    // rows would carry <a id> anchors that its broken-anchor check does not see).
    parametersFormat: "table" as const,
    // Headings carry the ids TypeDoc links to (`{#id}`), rather than ids Docusaurus derives on its own.
    useCustomAnchors: true,
    typeDeclarationVisibility: "compact" as const,
    tableColumnSettings: { hideSources: true, leftAlignHeaders: true },
    sanitizeComments: true,
    sidebar: {
      autoConfiguration: true,
      pretty: true,
      typescript: false,
      deprecatedItemClassName: "typedoc-sidebar-item-deprecated",
    },
    externalSymbolLinkMappings: {
      "@pulumi/pulumi": {
        ComponentResource: "https://www.pulumi.com/docs/iac/concepts/resources/components/",
        CustomResource: "https://www.pulumi.com/docs/iac/concepts/resources/",
      },
    },
    validation: { notExported: false, invalidLink: true, rewrittenLink: true, notDocumented: false },
    logLevel: "Warn" as const,
    treatWarningsAsErrors: false,
  };
}
