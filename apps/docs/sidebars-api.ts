import { createRequire } from "node:module";
import type { SidebarsConfig } from "@docusaurus/plugin-content-docs";

type SidebarItems = Extract<SidebarsConfig[string], unknown[]>;

/**
 * The API reference's sidebar: the overview (api-index.md), then one page per public entry, as TypeDoc lists them
 * in the sidebar it writes next to the pages (plugins/api-reference.ts). Read at build time, after TypeDoc ran.
 */
const generated = createRequire(import.meta.url)("./api/typedoc-sidebar.cjs") as SidebarItems;

const sidebars = {
  api: [{ type: "doc", id: "index", label: "Overview" }, ...generated],
} satisfies SidebarsConfig;

export default sidebars;
