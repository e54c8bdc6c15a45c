/**
 * The loader of plugins/hydration-transitions.ts: the two state updates Docusaurus makes right after hydration are
 * made inside `startTransition` (see there for why). Throws when a module no longer holds the code it rewrites.
 */
import { type Replacement, replaceInModule } from "./replace-in-module.ts";

export const REPLACEMENTS: readonly Replacement[] = [
  {
    module: /[\\/]client[\\/]browserContext\.js$/,
    from: "import React, { useEffect, useState } from 'react';",
    to: "import React, { startTransition, useEffect, useState } from 'react';",
  },
  {
    module: /[\\/]client[\\/]browserContext\.js$/,
    from: "setIsBrowser(true);",
    to: "startTransition(() => setIsBrowser(true));",
  },
  {
    module: /[\\/]hooks[\\/]useWindowSize\.js$/,
    from: "import { useEffect, useState } from 'react';",
    to: "import { startTransition, useEffect, useState } from 'react';",
  },
  {
    module: /[\\/]hooks[\\/]useWindowSize\.js$/,
    from: "        updateWindowSize();\n",
    to: "        startTransition(updateWindowSize);\n",
  },
];

export function toTransitions(source: string, resource: string): string {
  return replaceInModule(source, resource, REPLACEMENTS, "plugins/hydration-transitions");
}

export default function loader(this: { resourcePath: string }, source: string): string {
  return toTransitions(source, this.resourcePath);
}
