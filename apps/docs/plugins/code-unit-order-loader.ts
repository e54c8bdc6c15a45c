/**
 * The loader of plugins/code-unit-order.ts: in Docusaurus' docs client utilities and the theme's React utilities,
 * each `localeCompare` sort becomes a comparison by code unit (see there for why). Throws when a module no longer
 * holds the expression it is meant to replace.
 */

import { type Replacement, replaceInModule } from "./replace-in-module.ts";

/** The expressions replaced, per module (matched by the end of its path), and what replaces them. */
export const REPLACEMENTS: readonly Replacement[] = [
  {
    module: /docsClientUtils\.js$/,
    from: "b[1].path.localeCompare(a[1].path)",
    to: "(b[1].path < a[1].path ? -1 : b[1].path > a[1].path ? 1 : 0)",
  },
  {
    module: /reactUtils\.js$/,
    from: "a[0].localeCompare(b[0])",
    to: "(a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)",
  },
];

/** The module's source with its replacements made; an error naming the module when one is missing. */
export function replaceSorts(source: string, resource: string): string {
  return replaceInModule(source, resource, REPLACEMENTS, "plugins/code-unit-order");
}

export default function loader(this: { resourcePath: string }, source: string): string {
  return replaceSorts(source, this.resourcePath);
}
