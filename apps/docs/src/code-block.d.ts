/**
 * The swizzled CodeBlock (src/theme/CodeBlock) takes one prop more than the theme's: the block's HTML, highlighted
 * while the site is built (plugins/code-highlight.ts).
 */
import "@theme/CodeBlock";

declare module "@theme/CodeBlock" {
  interface Props {
    /** The inner HTML of the block's `<code>`, highlighted at build time (src/lib/highlight.ts). */
    readonly highlighted?: string;
  }
}
