/** A Docusaurus plugin that prefetches a linked page when the reader shows intent, not when the link is seen (src/lib/intent-prefetch.ts). */
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

export default function intentPrefetch(context: LoadContext): Plugin {
  return {
    name: "podworks-intent-prefetch",
    getClientModules() {
      return [join(context.siteDir, "src", "lib", "intent-prefetch.ts")];
    },
  };
}
