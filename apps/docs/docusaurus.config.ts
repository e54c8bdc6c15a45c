import type * as Preset from "@docusaurus/preset-classic";
import type { Config } from "@docusaurus/types";
import { API_OUT } from "./plugins/api-reference";
import { remarkHighlight } from "./plugins/code-highlight";
import remarkApiNote from "./plugins/remark-api-note";
import remarkPodworks from "./plugins/remark-podworks";
import { darkCode, lightCode } from "./src/prism-themes";

/**
 * The podworks guide, in English (the default locale, at /) and Korean (at /ko/).
 * Docs live at the site root (docs-only mode); the playground is a page at /playground.
 * Field tables, YAML and validation messages are rendered by @podworks/core while the site is built
 * (plugins/remark-podworks.ts); content pages ship none of core, which runs in the browser on the playground only.
 */
const config = {
  title: "podworks",
  tagline:
    "Kubernetes Jobs, CronJobs, DaemonSets and StatefulSets, typed and checked before they reach a cluster",
  favicon: "img/logo.svg",
  url: "https://podworks.dev",
  baseUrl: "/",
  trailingSlash: false,

  onBrokenLinks: "throw",
  onBrokenAnchors: "throw",
  onDuplicateRoutes: "throw",
  markdown: {
    format: "mdx",
    // Keep the classic `## Heading {#id}` syntax for explicit heading ids (the v4 flag turns it off by default):
    // both locales write the same ids, so anchors and links match across languages.
    mdx1Compat: { headingIds: true },
    hooks: { onBrokenMarkdownLinks: "throw", onBrokenMarkdownImages: "throw" },
  },

  i18n: {
    defaultLocale: "en",
    locales: ["en", "ko"],
    localeConfigs: {
      en: { label: "English", htmlLang: "en" },
      ko: { label: "한국어", htmlLang: "ko" },
    },
  },

  future: { v4: true, faster: true },

  presets: [
    [
      "classic",
      {
        docs: {
          routeBasePath: "/",
          sidebarPath: "./sidebars.ts",
          showLastUpdateTime: false,
          // remarkPodworks first: it moves the examples' fences into their payloads (highlighted there).
          remarkPlugins: [remarkPodworks, remarkHighlight],
        },
        blog: false,
        theme: { customCss: "./src/css/custom.css" },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    "./plugins/bundle-report.ts",
    // The API reference: TypeDoc writes api/ (not committed) while the plugins load, then a second docs instance
    // publishes it at /api with its own sidebar (plugins/api-reference.ts).
    "./plugins/api-typedoc.ts",
    [
      "@docusaurus/plugin-content-docs",
      {
        id: "api",
        path: API_OUT,
        routeBasePath: "api",
        sidebarPath: "./sidebars-api.ts",
        showLastUpdateTime: false,
        remarkPlugins: [[remarkApiNote, { locale: process.env.DOCUSAURUS_CURRENT_LOCALE }], remarkHighlight],
      },
    ],
    "./plugins/code-highlight.ts",
    "./plugins/search-marks.ts",
    "./plugins/intent-prefetch.ts",
    "./plugins/code-unit-order.ts",
    "./plugins/hydration-transitions.ts",
    "./plugins/playground.ts",
  ],

  themes: [
    [
      "@easyops-cn/docusaurus-search-local",
      {
        hashed: true,
        language: ["en", "ko"],
        docsRouteBasePath: "/",
        indexBlog: false,
        indexPages: false,
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        // Code blocks (the YAML examples) name the kind and most fields, so they outranked the prose section a
        // "kind + topic" query asks for; field names stay findable in the field tables and the prose.
        ignoreCssSelectors: ["article pre"],
        // The API reference (/api) names every type and field again, so it outranked the guide's sections for field
        // names; it has its own sidebar and table of contents to find an export.
        ignoreFiles: [/^api(\/|$)/],
        // The "Ctrl K" hint is drawn at 1.5:1 contrast; the shortcut itself still works.
        searchBarShortcutHint: false,
      },
    ],
  ],

  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: "podworks",
      // The title beside it names the site; an alt text would say "podworks" twice to a screen reader.
      logo: { alt: "", src: "img/logo.svg" },
      items: [
        { type: "docSidebar", sidebarId: "guide", position: "left", label: "Guide" },
        { to: "/playground", position: "left", label: "Playground" },
        { type: "docSidebar", sidebarId: "api", docsPluginId: "api", position: "left", label: "API" },
        { type: "localeDropdown", position: "right" },
      ],
    },
    footer: {
      style: "dark",
      links: [
        {
          title: "Guide",
          items: [
            { label: "Introduction", to: "/" },
            { label: "Getting started", to: "/getting-started" },
            { label: "StatefulSet data protection", to: "/pvc-protection" },
          ],
        },
        {
          title: "Kinds",
          items: [
            { label: "Job", to: "/job" },
            { label: "CronJob", to: "/cron-job" },
            { label: "DaemonSet", to: "/daemon-set" },
            { label: "StatefulSet", to: "/stateful-set" },
          ],
        },
        {
          title: "Kubernetes",
          items: [
            { label: "Workloads (kubernetes.io)", href: "https://kubernetes.io/docs/concepts/workloads/" },
          ],
        },
      ],
      copyright: "podworks is licensed under Apache-2.0.",
    },
    prism: {
      theme: lightCode,
      darkTheme: darkCode,
      additionalLanguages: ["bash", "yaml", "json"],
    },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
