/**
 * A Docusaurus plugin that makes two sorts in Docusaurus' client code compare strings by code unit instead of with
 * `localeCompare`. Neither sorts text for a reader: the docs plugin orders its instances' route paths to find the
 * one a URL belongs to (`getActivePlugin`, run by the search bar and the navbar as the page hydrates), and the
 * theme orders an object's keys to memoize it (`useShallowMemoObject`); any consistent order does for both, and
 * code-unit order keeps the longer of two nested paths first as the docs plugin needs. But the first
 * `localeCompare` of a page builds the browser's collator for the reader's locale: 10 to 95 ms measured in the
 * headless Chromium used for Lighthouse, four times that on its simulated phone, in the middle of hydration.
 *
 * The loader (plugins/code-unit-order-loader.ts) replaces the exact expressions and fails the build if one is no
 * longer there, so a Docusaurus upgrade that changes them cannot silently bring the cost back.
 */
import { join } from "node:path";
import type { LoadContext, Plugin } from "@docusaurus/types";

export default function codeUnitOrder(context: LoadContext): Plugin {
  return {
    name: "podworks-code-unit-order",
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        module: {
          rules: [
            {
              test: /[\\/]@docusaurus[\\/](plugin-content-docs[\\/]lib[\\/]client[\\/]docsClientUtils|theme-common[\\/]lib[\\/]utils[\\/]reactUtils)\.js$/,
              use: [{ loader: join(context.siteDir, "plugins", "code-unit-order-loader.ts") }],
            },
          ],
        },
      };
    },
  };
}
