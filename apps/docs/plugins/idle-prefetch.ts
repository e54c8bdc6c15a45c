/** A Docusaurus plugin that defers the prefetching of linked pages to idle time (src/lib/idle-prefetch.ts). */
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

export default function idlePrefetch(context: LoadContext): Plugin {
  return {
    name: "podworks-idle-prefetch",
    getClientModules() {
      return [join(context.siteDir, "src", "lib", "idle-prefetch.ts")];
    },
  };
}
