/**
 * A Docusaurus plugin that makes the two state updates Docusaurus runs right after hydration low-priority React
 * transitions: `BrowserContextProvider` turning `useIsBrowser()` true, and the theme's `useWindowSize` leaving
 * `"ssr"` for `"mobile"` or `"desktop"` (which removes the desktop sidebar and table of contents on a phone).
 * Docusaurus hydrates inside `startTransition`, so React renders the page in slices and the browser stays free for
 * input; but updates made in effects get the default priority, and React renders those in one piece: a profile of
 * /ko/job on a 4x slower CPU showed that second render of the whole layout as one 115 ms task. As transitions,
 * they are rendered in slices like the hydration before them. Nothing else changes: the same updates, the same
 * result, a few frames later at most.
 *
 * The loader (plugins/hydration-transitions-loader.ts) replaces exact lines and fails the build if one is gone.
 */
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

export default function hydrationTransitions(context: LoadContext): Plugin {
  return {
    name: "podworks-hydration-transitions",
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        module: {
          rules: [
            {
              test: /[\\/]@docusaurus[\\/](core[\\/]lib[\\/]client[\\/]browserContext|theme-common[\\/]lib[\\/]hooks[\\/]useWindowSize)\.js$/,
              use: [{ loader: join(context.siteDir, "plugins", "hydration-transitions-loader.ts") }],
            },
          ],
        },
      };
    },
  };
}
