/**
 * Code highlighting while the site is built, so that content pages run no Prism in the browser:
 * - `highlight(code, language)`: Prism's tokens as static HTML (src/lib/highlight.ts), with the languages the site
 *   shows (prism-react-renderer's set plus bash);
 * - `remarkHighlight`: gives every fenced block of an MDX page that HTML as the `highlighted` prop, which the
 *   swizzled CodeBlock (src/theme/CodeBlock) puts in place as it is;
 * - the default export, a Docusaurus plugin: writes the token colours into each page's head, and replaces the
 *   classic theme's client module that loads Prism's extra languages into every page's main bundle with nothing
 *   (the playground's runtime highlighter loads them itself, src/theme/CodeBlock/Runtime.tsx).
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";
import { Prism } from "prism-react-renderer";
import { codeThemeCss, highlightToHtml, type PrismLike } from "../src/lib/highlight";
import { darkCode, lightCode } from "../src/prism-themes";

/** Languages Prism gets from prismjs' components, on top of prism-react-renderer's (which has yaml, ts, json, python, go); C# for the getting-started page's .NET program. */
export const EXTRA_LANGUAGES = ["bash", "csharp"] as const;

let loaded = false;
function prism(): PrismLike {
  if (!loaded) {
    // prismjs' components register themselves on a global Prism, as the classic theme's loader does.
    const require = createRequire(import.meta.url);
    const before = (globalThis as { Prism?: unknown }).Prism;
    (globalThis as { Prism?: unknown }).Prism = Prism;
    for (const lang of EXTRA_LANGUAGES) require(`prismjs/components/prism-${lang}`);
    if (before === undefined) delete (globalThis as { Prism?: unknown }).Prism;
    else (globalThis as { Prism?: unknown }).Prism = before;
    loaded = true;
  }
  return Prism as unknown as PrismLike;
}

export function highlight(code: string, language: string | undefined): string {
  return highlightToHtml(prism(), code, language);
}

interface CodeNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  data?: { hProperties?: Record<string, unknown> };
  children?: CodeNode[];
}

/**
 * Fences the build can highlight as they are: line numbers and highlighted lines (`{1,3}`, magic comments) need the
 * theme's line-by-line rendering, so such a block is left to it.
 */
export function staticFence(node: CodeNode): boolean {
  const meta = node.meta ?? "";
  if (/showLineNumbers|\{[\d,\s-]+\}/.test(meta)) return false;
  return !/highlight-(next-line|start|end)/.test(node.value ?? "");
}

export function remarkHighlight() {
  return (tree: CodeNode) => {
    const visit = (node: CodeNode) => {
      if (node.type === "code" && node.value !== undefined && staticFence(node)) {
        node.data = node.data ?? {};
        node.data.hProperties = {
          ...node.data.hProperties,
          highlighted: highlight(node.value, node.lang ?? undefined),
        };
        return;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}

/** The classic theme's client module that runs `prismIncludeLanguages(Prism)` in every page. */
export const THEME_PRISM_LOADER = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;

export default function codeHighlight(context: LoadContext): Plugin {
  const css = codeThemeCss(lightCode, darkCode);
  return {
    name: "podworks-code-highlight",
    injectHtmlTags() {
      return { headTags: [{ tagName: "style", attributes: { "data-code-theme": "" }, innerHTML: css }] };
    },
    configureWebpack(_config, _isServer, utils) {
      return {
        plugins: [
          new utils.currentBundler.instance.NormalModuleReplacementPlugin(
            THEME_PRISM_LOADER,
            join(context.siteDir, "src", "lib", "no-prism-loader.ts"),
          ),
        ],
      };
    },
  };
}
