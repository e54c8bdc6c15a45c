/**
 * A Docusaurus plugin that writes, after each client build, which emitted JavaScript files hold @podworks/core's
 * modules: `.artifacts/bundle-<locale>.json`, `{ coreFiles: ["assets/js/0ce74438.….js", ...] }`. The browser
 * tests read it to check that content pages load none of those files (core runs on the playground only).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

/** A module is core's when its file lives in packages/core (workspace link) or a published @podworks/core. */
export function isCoreModule(resource: string): boolean {
  return /[\\/]packages[\\/]core[\\/]|[\\/]@podworks[\\/]core[\\/]/.test(resource);
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

function moduleHasCore(m: BuiltModule): boolean {
  const resource = m.resource ?? m.nameForCondition?.() ?? "";
  // A concatenated module lists the modules it was made of.
  return isCoreModule(resource) || (m.modules ?? []).some(moduleHasCore);
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
                const coreFiles = [...compilation.chunks]
                  .filter((chunk) =>
                    compilation.chunkGraph.getChunkModules(chunk).some((m) => moduleHasCore(m)),
                  )
                  .flatMap((chunk) => [...chunk.files])
                  .filter((file) => file.endsWith(".js"))
                  .sort();
                mkdirSync(out, { recursive: true });
                writeFileSync(
                  join(out, `bundle-${context.i18n.currentLocale}.json`),
                  `${JSON.stringify({ coreFiles }, null, 2)}\n`,
                );
              });
            },
          },
        ],
      };
    },
  };
}
