import type { SidebarsConfig } from "@docusaurus/plugin-content-docs";

/** One sidebar for the whole guide; labels come from each page's front matter (and its Korean translation). */
const sidebars = {
  guide: [
    "intro",
    "getting-started",
    {
      type: "category",
      label: "Workloads",
      collapsed: false,
      items: ["job", "cron-job", "daemon-set", "stateful-set"],
    },
    "pvc-protection",
    "common-fields",
    "cli",
    {
      type: "category",
      label: "Tools",
      collapsed: false,
      items: ["lint", "import", "editors"],
    },
  ],
} satisfies SidebarsConfig;

export default sidebars;
