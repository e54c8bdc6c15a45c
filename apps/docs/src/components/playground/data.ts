/**
 * What the playground page needs from core before its checks have run, computed while the site is built
 * (plugins/playground.ts) for the locale being built: the template it opens with, already checked and
 * highlighted; every template highlighted, for the copy the page shows until the editor opens; each kind's
 * title and top-level fields for the hints; the Kubernetes versions to choose from. So the page's own code holds
 * none of core: core runs in the check worker (./check.worker.ts) and, once the reader reaches for the editor,
 * in the editor's completion.
 */
import {
  DEFAULT_KUBERNETES_VERSION,
  type KubernetesVersion,
  type Lang,
  section,
  WORKLOAD_KINDS,
  type WorkloadKind,
} from "@podworks/core";
import { Prism } from "prism-react-renderer";
import { fieldRows } from "../../lib/field-rows";
import { highlightToHtml, type PrismLike } from "../../lib/highlight";
import { kubernetesVersions } from "../../lib/specs";
import { FIRST_KIND, TEMPLATES } from "../../lib/templates";
import { TYPE_TEXT } from "../../lib/type-text";
import { type CheckResult, checkForPage } from "./check-result";

/** The catalogue section of each kind's own fields. */
export const SECTION_OF: Record<WorkloadKind, "job" | "cronJob" | "daemonSet" | "statefulSet"> = {
  Job: "job",
  CronJob: "cronJob",
  DaemonSet: "daemonSet",
  StatefulSet: "statefulSet",
};

const DOC_OF: Record<WorkloadKind, string> = {
  Job: "/job#fields",
  CronJob: "/cron-job#fields",
  DaemonSet: "/daemon-set#fields",
  StatefulSet: "/stateful-set#fields",
};

/** A top-level field of a kind, as the hints list shows it. */
export interface FieldHint {
  readonly name: string;
  /** The type in the page's language ("정수", "list of strings"). */
  readonly type: string;
  readonly description: string;
}

export interface KindInfo {
  readonly kind: WorkloadKind;
  /** The kind's name as the glossary writes it in the page's language. */
  readonly title: string;
  /** Where the guide lists every field of the kind. */
  readonly doc: string;
  readonly hints: readonly FieldHint[];
  /** The kind's template highlighted as YAML. */
  readonly templateHtml: string;
}

export interface PlaygroundData {
  readonly lang: Lang;
  /** The text the page opens with (the CronJob template), checked at the default version. */
  readonly initial: CheckResult;
  readonly kinds: readonly KindInfo[];
  readonly versions: readonly KubernetesVersion[];
  readonly defaultVersion: KubernetesVersion;
}

export function playgroundData(lang: Lang): PlaygroundData {
  const prism = Prism as unknown as PrismLike;
  return {
    lang,
    initial: checkForPage(TEMPLATES[FIRST_KIND][lang], DEFAULT_KUBERNETES_VERSION, lang),
    kinds: WORKLOAD_KINDS.map((kind) => ({
      kind,
      title: section(SECTION_OF[kind]).title[lang],
      doc: DOC_OF[kind],
      hints: fieldRows(SECTION_OF[kind], lang)
        .filter((row) => row.depth === 0)
        .map((row) => ({ name: row.name, type: TYPE_TEXT[row.type][lang], description: row.description })),
      templateHtml: highlightToHtml(prism, TEMPLATES[kind][lang], "yaml"),
    })),
    versions: kubernetesVersions(),
    defaultVersion: DEFAULT_KUBERNETES_VERSION,
  };
}
