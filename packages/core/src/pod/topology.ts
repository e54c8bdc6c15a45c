/**
 * Topology spread constraints, checked like `validateTopologySpreadConstraints` in kubernetes/kubernetes
 * `pkg/apis/core/validation/validation.go` (with `MatchLabelKeysInPodTopologySpreadSelectorMerge` on, as from 1.34).
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { josa } from "../i18n.js";
import { checkLabelKeyLists } from "./affinity.js";
import { K8S_DOCS } from "./links.js";
import { eachItem } from "./list.js";
import { type LabelSelector, labelSelectorSection } from "./selector.js";

const SPREAD = `${K8S_DOCS}/concepts/scheduling-eviction/topology-spread-constraints/`;

/**
 * Kubernetes' `TopologySpreadConstraint` (core/v1): how evenly the pods are spread across zones, nodes or another
 * topology.
 */
export interface TopologySpreadConstraint {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly whenUnsatisfiable: "DoNotSchedule" | "ScheduleAnyway";
  readonly labelSelector?: LabelSelector;
  readonly minDomains?: number;
  /** @default "Honor" */
  readonly nodeAffinityPolicy?: "Honor" | "Ignore";
  /** @default "Ignore" */
  readonly nodeTaintsPolicy?: "Honor" | "Ignore";
  readonly matchLabelKeys?: readonly string[];
}

const topologySpreadConstraintFields = {
  maxSkew: {
    type: "integer",
    required: true,
    minimum: 1,
    description: {
      en: "The most the number of matching pods may differ between two domains.",
      ko: "두 영역 사이에서 일치하는 파드 수가 벌어질 수 있는 최대 차이.",
    },
    link: `${SPREAD}#spread-constraint-definition`,
  },
  topologyKey: {
    type: "string",
    required: true,
    description: {
      en: "The node label whose values are the domains, e.g. `topology.kubernetes.io/zone`.",
      ko: "값이 곧 영역이 되는 노드 레이블(예: `topology.kubernetes.io/zone`).",
    },
    rules: [{ en: "Non-empty.", ko: "비어 있으면 안 된다." }],
    link: `${SPREAD}#spread-constraint-definition`,
  },
  whenUnsatisfiable: {
    type: "string",
    required: true,
    enum: ["DoNotSchedule", "ScheduleAnyway"],
    description: {
      en: "What the scheduler does when the constraint cannot be met: wait (`DoNotSchedule`) or place the pod anyway, preferring lower skew (`ScheduleAnyway`).",
      ko: "제약을 지킬 수 없을 때 스케줄러가 할 일. 기다리거나(`DoNotSchedule`), 차이가 적은 쪽을 골라 그래도 배치한다(`ScheduleAnyway`).",
    },
    rules: [
      {
        en: "At most one constraint per topologyKey and whenUnsatisfiable pair.",
        ko: "topologyKey와 whenUnsatisfiable 쌍마다 제약은 하나만 둘 수 있다.",
      },
    ],
    link: `${SPREAD}#spread-constraint-definition`,
  },
  labelSelector: {
    type: "object",
    section: labelSelectorSection,
    description: {
      en: "The pods counted in each domain (usually the workload's own pod labels).",
      ko: "영역마다 세는 파드(보통 워크로드 자신의 파드 레이블).",
    },
    link: `${SPREAD}#spread-constraint-definition`,
  },
  minDomains: {
    type: "integer",
    minimum: 1,
    since: "1.27",
    ga: "1.30",
    description: {
      en: "The fewest eligible domains; with fewer, the global minimum counts as 0.",
      ko: "조건에 맞는 영역의 최소 개수. 이보다 적으면 전체 최솟값을 0으로 본다.",
    },
    rules: [
      {
        en: "Only with `whenUnsatisfiable: DoNotSchedule`.",
        ko: "`whenUnsatisfiable: DoNotSchedule`에서만 쓸 수 있다.",
      },
    ],
    link: `${SPREAD}#spread-constraint-definition`,
  },
  nodeAffinityPolicy: {
    type: "string",
    enum: ["Honor", "Ignore"],
    since: "1.26",
    ga: "1.33",
    default: { derived: { en: "`Honor` (applied by the scheduler).", ko: "`Honor`다(스케줄러가 정한다)." } },
    description: {
      en: "Whether nodes the pod's nodeAffinity and nodeSelector exclude are left out of the skew (`Honor`) or counted (`Ignore`).",
      ko: "파드의 nodeAffinity와 nodeSelector가 제외하는 노드를 차이 계산에서 뺄지(`Honor`), 넣을지(`Ignore`) 정한다.",
    },
    link: `${SPREAD}#spread-constraint-definition`,
  },
  nodeTaintsPolicy: {
    type: "string",
    enum: ["Honor", "Ignore"],
    since: "1.26",
    ga: "1.33",
    default: {
      derived: { en: "`Ignore` (applied by the scheduler).", ko: "`Ignore`다(스케줄러가 정한다)." },
    },
    description: {
      en: "Whether tainted nodes the pod does not tolerate are left out of the skew (`Honor`) or counted (`Ignore`).",
      ko: "파드가 견디지 못하는 테인트가 있는 노드를 차이 계산에서 뺄지(`Honor`), 넣을지(`Ignore`) 정한다.",
    },
    link: `${SPREAD}#spread-constraint-definition`,
  },
  matchLabelKeys: {
    type: "string[]",
    since: "1.27",
    description: {
      en: "Pod label keys whose values, taken from each new pod, narrow the pods counted (e.g. `pod-template-hash`).",
      ko: "새 파드마다 그 값을 가져와 셀 파드를 좁히는 파드 레이블 키(예: `pod-template-hash`).",
    },
    rules: [
      {
        en: "Needs `labelSelector`; a key may not also be in `labelSelector`.",
        ko: "`labelSelector`가 있어야 하고, 같은 키를 `labelSelector`에 함께 쓸 수 없다.",
      },
    ],
    link: `${SPREAD}#spread-constraint-definition`,
  },
} as const satisfies FieldCatalogue<TopologySpreadConstraint>;

export const topologySpreadConstraintSection: CatalogueSection<"topologySpreadConstraint"> = {
  name: "topologySpreadConstraint",
  title: { en: "Topology spread constraint", ko: "토폴로지 분배 제약" },
  description: {
    en: "How evenly to spread the pods across zones, nodes or other domains.",
    ko: "파드를 존, 노드 같은 영역에 얼마나 고르게 나눌지 정한다.",
  },
  fields: topologySpreadConstraintFields,
  check: (checker, path, c) => {
    if (c.topologyKey === "") {
      checker.report(
        at(path, "topologyKey"),
        c.topologyKey,
        "required",
        { en: "topologyKey may not be empty", ko: "topologyKey는 비어 있으면 안 된다" },
        {
          en: 'set a node label key such as "topology.kubernetes.io/zone"',
          ko: '"topology.kubernetes.io/zone" 같은 노드 레이블 키를 지정한다',
        },
      );
    }
    if (c.minDomains !== undefined && c.whenUnsatisfiable !== "DoNotSchedule") {
      checker.report(
        at(path, "minDomains"),
        c.minDomains,
        "topology.min-domains",
        {
          en: "minDomains only works with whenUnsatisfiable: DoNotSchedule",
          ko: "minDomains는 whenUnsatisfiable이 DoNotSchedule일 때만 쓸 수 있다",
        },
        {
          en: "set whenUnsatisfiable: DoNotSchedule, or remove minDomains",
          ko: "whenUnsatisfiable을 DoNotSchedule로 바꾸거나 minDomains를 지운다",
        },
      );
    }
    checkLabelKeyLists(checker, path, c, ["matchLabelKeys"]);
  },
};

/** Rules across the list: one constraint per (topologyKey, whenUnsatisfiable). */
export function checkTopologySpread(checker: Checker, constraints: unknown): void {
  const seen = new Set<string>();
  eachItem(constraints, (c, index) => {
    if (typeof c.topologyKey !== "string" || typeof c.whenUnsatisfiable !== "string") return;
    const pair = `${c.topologyKey}\u0000${c.whenUnsatisfiable}`;
    if (seen.has(pair)) {
      checker.report(
        at("topologySpreadConstraints", index),
        c,
        "topology.duplicate",
        {
          en: `another constraint already has topologyKey "${c.topologyKey}" and whenUnsatisfiable ${c.whenUnsatisfiable}`,
          ko: `topologyKey ${josa(`"${c.topologyKey}"`, "과/와")} whenUnsatisfiable ${c.whenUnsatisfiable} 조합의 제약이 이미 있다`,
        },
        {
          en: "merge the two constraints into one, or give them different keys",
          ko: "두 제약을 하나로 합치거나 서로 다른 키를 쓴다",
        },
      );
    }
    seen.add(pair);
  });
}
