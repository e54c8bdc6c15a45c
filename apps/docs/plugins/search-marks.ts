/**
 * A Docusaurus plugin that gives the offline search plugin src/lib/lazy-mark.ts in place of mark.js: the same
 * highlighting of searched words on the page a result opens, without mark.js in every page's main bundle and without
 * its walk over the whole article on every page load (see there).
 */
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

/** mark.js as the search plugin's generated module imports it (its package's main file). */
export const MARK_JS = /[\\/]mark\.js[\\/]dist[\\/]mark\.js$/;

export default function searchMarks(context: LoadContext): Plugin {
  return {
    name: "podworks-search-marks",
    configureWebpack(_config, isServer, utils) {
      if (isServer) return {};
      return {
        plugins: [
          new utils.currentBundler.instance.NormalModuleReplacementPlugin(
            MARK_JS,
            join(context.siteDir, "src", "lib", "lazy-mark.ts"),
          ),
        ],
      };
    },
  };
}
