/**
 * A Docusaurus plugin that keeps the offline search plugin's heavy parts out of every page's main bundle:
 * - mark.js: src/lib/lazy-mark.ts stands in for it, with the same highlighting of searched words on the page a
 *   result opens, without mark.js in main.js and without its walk over the whole article on every page load;
 * - lunr and its Korean and multi-language stemmers (48 KB): the search bar imports the plugin's generated
 *   constants for one number, `searchResultLimits`, and that module loads lunr as it is imported; the searching
 *   itself runs in a web worker, which imports lunr on its own. The search bar gets a module with that number alone.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

/** mark.js as the search plugin's generated module imports it (its package's main file). */
export const MARK_JS = /[\\/]mark\.js[\\/]dist[\\/]mark\.js$/;

/** The generated constants, as the search plugin's modules import them. */
export const GENERATED_CONSTANTS = /[\\/]proxiedGeneratedConstants(\.js)?$/;
/** The one importer in the main bundle: the search bar (the worker and the search page keep the real module). */
export const SEARCH_BAR = /docusaurus-search-local[\\/].*[\\/]SearchBar[\\/]SearchBar\.jsx$/;

const SEARCH_PLUGIN = "@easyops-cn/docusaurus-search-local";
/** The search plugin's default for `searchResultLimits`. */
const DEFAULT_RESULT_LIMITS = 8;

/** `searchResultLimits` as the site configures the search theme (or its default). */
export function searchResultLimits(themes: LoadContext["siteConfig"]["themes"]): number {
  for (const theme of themes ?? []) {
    if (!Array.isArray(theme) || theme[0] !== SEARCH_PLUGIN) continue;
    const value = (theme[1] as { searchResultLimits?: unknown } | undefined)?.searchResultLimits;
    return typeof value === "number" ? value : DEFAULT_RESULT_LIMITS;
  }
  return DEFAULT_RESULT_LIMITS;
}

interface ResolveData {
  request: string;
  readonly contextInfo?: { readonly issuer?: string };
}

export default function searchMarks(context: LoadContext): Plugin {
  return {
    name: "podworks-search-marks",
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      const dir = join(context.generatedFilesDir, "podworks-search");
      const constants = join(dir, "search-bar-constants.js");
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        constants,
        `// The one generated constant the search bar reads, without lunr (plugins/search-marks.ts).\n` +
          `export const searchResultLimits = ${searchResultLimits(context.siteConfig.themes)};\n`,
      );
      const { NormalModuleReplacementPlugin } = utils.currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(MARK_JS, join(context.siteDir, "src", "lib", "lazy-mark.ts")),
          new NormalModuleReplacementPlugin(GENERATED_CONSTANTS, (data: ResolveData) => {
            if (SEARCH_BAR.test(data.contextInfo?.issuer ?? "")) data.request = constants;
          }),
        ],
      };
    },
  };
}
