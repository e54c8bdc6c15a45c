/**
 * A Docusaurus plugin that writes, after each client build, which emitted JavaScript files hold @podworks/core's
 * modules, Prism's and mark.js': `.artifacts/bundle-<locale>.json`,
 * `{ coreFiles: ["assets/js/0ce74438.….js", ...], prismFiles: [...], markFiles: [...] }`. The browser tests read
 * it to check that content pages load none of those files: core runs on the playground only, code is highlighted
 * at build time, and mark.js comes only with a search result's words to mark.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

/** A module is core's when its file lives in packages/core (workspace link) or a published @podworks/core. */
export function isCoreModule(resource: string): boolean {
  return /[\\/]packages[\\/]core[\\/]|[\\/]@podworks[\\/]core[\\/]/.test(resource);
}

/** A module is Prism's when it comes from prism-react-renderer (Prism and its bundled grammars) or prismjs. */
export function isPrismModule(resource: string): boolean {
  return /[\\/]prism-react-renderer[\\/]|[\\/]prismjs[\\/]/.test(resource);
}

/** mark.js, which the search plugin uses to mark searched words (src/lib/lazy-mark.ts loads it on demand). */
export function isMarkModule(resource: string): boolean {
  return /[\\/]mark\.js[\\/]dist[\\/]/.test(resource);
}

/** The parts of rspack's (and webpack's) compiler API this plugin reads. */
interface BuiltModule {
  readonly resource?: string;
  readonly modules?: readonly BuiltModule[];
  nameForCondition?(): string | null | undefined;
}

interface Compilation {
  readonly chunks: Iterable<{ readonly files: Iterable<string> }>;
  readonly chunkGraph: { getChunkModules(chunk: unknown): readonly BuiltModule[] };
}

interface Compiler {
  readonly hooks: { afterEmit: { tap(name: string, fn: (compilation: Compilation) => void): void } };
}

function moduleHas(m: BuiltModule, test: (resource: string) => boolean): boolean {
  const resource = m.resource ?? m.nameForCondition?.() ?? "";
  // A concatenated module lists the modules it was made of.
  return test(resource) || (m.modules ?? []).some((inner) => moduleHas(inner, test));
}

export default function bundleReport(context: LoadContext): Plugin {
  const out = join(context.siteDir, ".artifacts");
  return {
    name: "podworks-bundle-report",
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        plugins: [
          {
            apply(compiler: Compiler) {
              compiler.hooks.afterEmit.tap("podworks-bundle-report", (compilation) => {
                const filesWith = (test: (resource: string) => boolean) =>
                  [...compilation.chunks]
                    .filter((chunk) =>
                      compilation.chunkGraph.getChunkModules(chunk).some((m) => moduleHas(m, test)),
                    )
                    .flatMap((chunk) => [...chunk.files])
                    .filter((file) => file.endsWith(".js"))
                    .sort();
                const report = {
                  coreFiles: filesWith(isCoreModule),
                  prismFiles: filesWith(isPrismModule),
                  markFiles: filesWith(isMarkModule),
                };
                mkdirSync(out, { recursive: true });
                writeFileSync(
                  join(out, `bundle-${context.i18n.currentLocale}.json`),
                  `${JSON.stringify(report, null, 2)}\n`,
                );
              });
            },
          },
        ],
      };
    },
  };
}
