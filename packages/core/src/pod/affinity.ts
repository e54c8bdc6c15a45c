/**
 * Node affinity and pod (anti-)affinity, checked like `validateAffinity`, `ValidateNodeSelector`,
 * `ValidateNodeSelectorTerm`, `ValidateNodeSelectorRequirement`, `ValidateNodeFieldSelectorRequirement`,
 * `ValidatePreferredSchedulingTerms` and `validatePodAffinityTerm` in kubernetes/kubernetes
 * `pkg/apis/core/validation/validation.go`.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { checkDns1123Label, checkDns1123Subdomain, checkLabelKey } from "../formats.js";
import { josa } from "../i18n.js";
import { K8S_DOCS } from "./links.js";
import {
  checkLabelKeys,
  checkLabelValues,
  checkValuesForOperator,
  type LabelSelector,
  labelSelectorSection,
  reportProblem,
} from "./selector.js";

const ASSIGN = `${K8S_DOCS}/concepts/scheduling-eviction/assign-pod-node`;
const NODE_AFFINITY = `${ASSIGN}/#node-affinity`;
const POD_AFFINITY = `${ASSIGN}/#inter-pod-affinity-and-anti-affinity`;
const MATCH_LABEL_KEYS = `${ASSIGN}/#matchlabelkeys`;

export interface NodeSelectorRequirement {
  readonly key: string;
  readonly operator: "In" | "NotIn" | "Exists" | "DoesNotExist" | "Gt" | "Lt";
  readonly values?: readonly string[];
}

/** A node field requirement: the only field is `metadata.name`. */
export interface NodeFieldSelectorRequirement {
  readonly key: "metadata.name";
  readonly operator: "In" | "NotIn";
  readonly values: readonly [string];
}

export interface NodeSelectorTerm {
  readonly matchExpressions?: readonly NodeSelectorRequirement[];
  readonly matchFields?: readonly NodeFieldSelectorRequirement[];
}

export interface NodeSelector {
  readonly nodeSelectorTerms: readonly NodeSelectorTerm[];
}

export interface PreferredSchedulingTerm {
  readonly weight: number;
  readonly preference: NodeSelectorTerm;
}

export interface NodeAffinity {
  readonly requiredDuringSchedulingIgnoredDuringExecution?: NodeSelector;
  readonly preferredDuringSchedulingIgnoredDuringExecution?: readonly PreferredSchedulingTerm[];
}

export interface PodAffinityTerm {
  readonly labelSelector?: LabelSelector;
  readonly namespaces?: readonly string[];
  readonly topologyKey: string;
  readonly namespaceSelector?: LabelSelector;
  readonly matchLabelKeys?: readonly string[];
  readonly mismatchLabelKeys?: readonly string[];
}

export interface WeightedPodAffinityTerm {
  readonly weight: number;
  readonly podAffinityTerm: PodAffinityTerm;
}

export interface PodAffinity {
  readonly requiredDuringSchedulingIgnoredDuringExecution?: readonly PodAffinityTerm[];
  readonly preferredDuringSchedulingIgnoredDuringExecution?: readonly WeightedPodAffinityTerm[];
}

/**
 * Kubernetes' `Affinity` (core/v1): node affinity, pod affinity and pod anti-affinity of the pods. The field
 * reference describes each field.
 */
export interface Affinity {
  readonly nodeAffinity?: NodeAffinity;
  readonly podAffinity?: PodAffinity;
  readonly podAntiAffinity?: PodAffinity;
}

const INTEGER = /^[+-]?[0-9]+$/;

// ---------------------------------------------------------------------------------------------------------
// Node affinity

const nodeSelectorRequirementFields = {
  key: {
    type: "string",
    required: true,
    description: { en: "The node label key.", ko: "노드 레이블 키." },
    rules: [{ en: "A label key.", ko: "레이블 키 형식이어야 한다." }],
    link: NODE_AFFINITY,
  },
  operator: {
    type: "string",
    required: true,
    enum: ["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"],
    description: {
      en: "How the node label is compared with `values`; `Gt` and `Lt` compare integers.",
      ko: "노드 레이블을 `values`와 비교하는 방식. `Gt`와 `Lt`는 정수로 비교한다.",
    },
    link: NODE_AFFINITY,
  },
  values: {
    type: "string[]",
    description: { en: "Values to compare the label with.", ko: "레이블과 비교할 값 목록." },
    rules: [
      {
        en: "`In`/`NotIn`: at least one; `Exists`/`DoesNotExist`: none; `Gt`/`Lt`: exactly one integer.",
        ko: "`In`/`NotIn`은 하나 이상, `Exists`/`DoesNotExist`는 없어야 하고, `Gt`/`Lt`는 정수 하나여야 한다.",
      },
    ],
    link: NODE_AFFINITY,
  },
} as const satisfies FieldCatalogue<NodeSelectorRequirement>;

/** True for a requirement under a preferred term: the server allows invalid label values there. */
function inPreferredTerm(path: string): boolean {
  return path.includes("preferredDuringSchedulingIgnoredDuringExecution[");
}

export const nodeSelectorRequirementSection: CatalogueSection<"nodeSelectorRequirement"> = {
  name: "nodeSelectorRequirement",
  title: { en: "Node selector requirement", ko: "노드 셀렉터 요구 조건" },
  description: {
    en: "One test of a node label: `{ key, operator, values }`.",
    ko: "노드 레이블 하나에 대한 검사(`{ key, operator, values }`).",
  },
  fields: nodeSelectorRequirementFields,
  check: (checker, path, r) => {
    if (typeof r.key === "string") reportProblem(checker, at(path, "key"), r.key, checkLabelKey(r.key));
    checkValuesForOperator(checker, path, r, ["In", "NotIn"], ["Exists", "DoesNotExist"]);
    const values = Array.isArray(r.values) ? r.values : [];
    if (r.operator === "Gt" || r.operator === "Lt") {
      if (values.length !== 1) {
        checker.report(
          at(path, "values"),
          r.values,
          "affinity.single-value",
          {
            en: `operator ${r.operator} needs exactly one value, an integer`,
            ko: `연산자 ${r.operator}에는 정수 값이 정확히 하나 있어야 한다`,
          },
          { en: 'give one value, e.g. values: ["4"]', ko: '값을 하나만 적는다. 예: values: ["4"]' },
        );
      } else if (typeof values[0] === "string" && !INTEGER.test(values[0])) {
        // The server stores it, but the scheduler cannot parse the requirement and never places the pod.
        checker.report(
          at(at(path, "values"), 0),
          values[0],
          "affinity.integer-value",
          {
            en: `operator ${r.operator} compares integers, and "${values[0]}" is not one`,
            ko: `연산자 ${josa(String(r.operator), "은/는")} 정수를 비교하는데 ${josa(`"${values[0]}"`, "은/는")} 정수가 아니다`,
          },
          {
            en: 'write the value as a decimal integer such as "4"',
            ko: '"4"처럼 10진 정수로 적는다',
          },
        );
      }
    }
    if (!inPreferredTerm(path)) checkLabelValues(checker, at(path, "values"), r.values);
  },
};

const nodeFieldSelectorRequirementSection: CatalogueSection<"nodeFieldSelectorRequirement"> = {
  name: "nodeFieldSelectorRequirement",
  title: { en: "Node field selector requirement", ko: "노드 필드 셀렉터 요구 조건" },
  description: {
    en: "A test of a node field: only `metadata.name`, with `In` or `NotIn` and one node name.",
    ko: "노드 필드에 대한 검사. `metadata.name`만 쓸 수 있고, `In`이나 `NotIn`과 노드 이름 하나를 쓴다.",
  },
  fields: {
    key: {
      type: "string",
      required: true,
      enum: ["metadata.name"],
      description: { en: "The node field: `metadata.name`.", ko: "노드 필드. `metadata.name`만 쓸 수 있다." },
      link: NODE_AFFINITY,
    },
    operator: {
      type: "string",
      required: true,
      enum: ["In", "NotIn"],
      description: { en: "`In` or `NotIn`.", ko: "`In` 또는 `NotIn`." },
      link: NODE_AFFINITY,
    },
    values: {
      type: "string[]",
      description: { en: "Exactly one node name.", ko: "노드 이름 정확히 하나." },
      link: NODE_AFFINITY,
    },
  } as const satisfies FieldCatalogue<NodeFieldSelectorRequirement>,
  check: (checker, path, r) => {
    const values = Array.isArray(r.values) ? r.values : [];
    if (values.length !== 1) {
      checker.report(
        at(path, "values"),
        r.values,
        "affinity.single-value",
        {
          en: "a node field requirement needs exactly one value, a node name",
          ko: "노드 필드 요구 조건에는 노드 이름 값이 정확히 하나 있어야 한다",
        },
        {
          en: 'give one node name, e.g. values: ["node-1"]',
          ko: '노드 이름을 하나만 적는다. 예: values: ["node-1"]',
        },
      );
    }
    values.forEach((name, index) => {
      if (typeof name === "string") {
        reportProblem(checker, at(at(path, "values"), index), name, checkDns1123Subdomain(name));
      }
    });
  },
};

const nodeSelectorTermSection: CatalogueSection<"nodeSelectorTerm"> = {
  name: "nodeSelectorTerm",
  title: { en: "Node selector term", ko: "노드 셀렉터 조건" },
  description: {
    en: "Requirements a node must meet, all of them (AND). An empty term matches every node.",
    ko: "노드가 모두 만족해야 하는 요구 조건(AND). 빈 조건은 모든 노드와 일치한다.",
  },
  fields: {
    matchExpressions: {
      type: "object[]",
      section: nodeSelectorRequirementSection,
      description: { en: "Requirements on node labels.", ko: "노드 레이블에 대한 요구 조건." },
      link: NODE_AFFINITY,
    },
    matchFields: {
      type: "object[]",
      section: nodeFieldSelectorRequirementSection,
      description: {
        en: "Requirements on node fields (`metadata.name`).",
        ko: "노드 필드(`metadata.name`)에 대한 요구 조건.",
      },
      link: NODE_AFFINITY,
    },
  } as const satisfies FieldCatalogue<NodeSelectorTerm>,
};

const nodeSelectorSection: CatalogueSection<"nodeSelector"> = {
  name: "nodeSelector",
  title: { en: "Required node affinity", ko: "필수 노드 어피니티" },
  description: {
    en: "Nodes the pods may run on: a node must match at least one term (OR).",
    ko: "파드가 실행될 수 있는 노드. 노드는 조건 중 하나 이상과 일치해야 한다(OR).",
  },
  fields: {
    nodeSelectorTerms: {
      type: "object[]",
      required: true,
      section: nodeSelectorTermSection,
      description: { en: "The terms; at least one.", ko: "조건 목록. 하나 이상 있어야 한다." },
      link: NODE_AFFINITY,
    },
  } as const satisfies FieldCatalogue<NodeSelector>,
  check: (checker, path, value) => {
    if (Array.isArray(value.nodeSelectorTerms) && value.nodeSelectorTerms.length === 0) {
      checker.report(
        at(path, "nodeSelectorTerms"),
        value.nodeSelectorTerms,
        "affinity.no-terms",
        {
          en: "required node affinity needs at least one node selector term",
          ko: "필수 노드 어피니티에는 노드 셀렉터 조건이 하나 이상 있어야 한다",
        },
        {
          en: "add a term such as { matchExpressions: [{ key, operator: In, values }] }, or remove requiredDuringSchedulingIgnoredDuringExecution",
          ko: "{ matchExpressions: [{ key, operator: In, values }] } 같은 조건을 추가하거나 requiredDuringSchedulingIgnoredDuringExecution을 지운다",
        },
      );
    }
  },
};

const WEIGHT = {
  type: "integer",
  required: true,
  minimum: 1,
  maximum: 100,
  description: {
    en: "How much a match counts, 1 to 100; the scheduler adds the weights of the terms a node matches.",
    ko: "일치할 때 더해지는 가중치(1~100). 스케줄러는 노드가 일치하는 조건의 가중치를 더한다.",
  },
  link: NODE_AFFINITY,
} as const;

const preferredSchedulingTermSection: CatalogueSection<"preferredSchedulingTerm"> = {
  name: "preferredSchedulingTerm",
  title: { en: "Preferred node affinity term", ko: "선호 노드 어피니티 조건" },
  description: {
    en: "A node preference with a weight: nodes matching `preference` score higher.",
    ko: "가중치가 붙은 노드 선호 조건. `preference`와 일치하는 노드가 더 높은 점수를 받는다.",
  },
  fields: {
    weight: WEIGHT,
    preference: {
      type: "object",
      required: true,
      section: nodeSelectorTermSection,
      description: { en: "The node selector term to prefer.", ko: "선호할 노드 셀렉터 조건." },
      link: NODE_AFFINITY,
    },
  } as const satisfies FieldCatalogue<PreferredSchedulingTerm>,
};

const nodeAffinitySection: CatalogueSection<"nodeAffinity"> = {
  name: "nodeAffinity",
  title: { en: "Node affinity", ko: "노드 어피니티" },
  description: {
    en: "Which nodes the pods must or should run on, by node labels.",
    ko: "노드 레이블로 파드가 반드시 또는 되도록 실행될 노드를 정한다.",
  },
  fields: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      type: "object",
      section: nodeSelectorSection,
      description: {
        en: "Nodes the pods must run on; not re-checked once a pod runs.",
        ko: "파드가 반드시 실행되어야 하는 노드. 파드가 실행된 뒤에는 다시 검사하지 않는다.",
      },
      link: NODE_AFFINITY,
    },
    preferredDuringSchedulingIgnoredDuringExecution: {
      type: "object[]",
      section: preferredSchedulingTermSection,
      description: {
        en: "Nodes the scheduler prefers, with weights.",
        ko: "스케줄러가 가중치에 따라 선호하는 노드.",
      },
      link: NODE_AFFINITY,
    },
  } as const satisfies FieldCatalogue<NodeAffinity>,
};

// ---------------------------------------------------------------------------------------------------------
// Pod affinity and anti-affinity

/** Keys a label selector tests, in `matchLabels` and `matchExpressions`. */
function selectorKeys(selector: unknown): Set<string> {
  const keys = new Set<string>();
  if (typeof selector !== "object" || selector === null) return keys;
  const { matchLabels, matchExpressions } = selector as Record<string, unknown>;
  if (typeof matchLabels === "object" && matchLabels !== null) {
    for (const key of Object.keys(matchLabels)) keys.add(key);
  }
  if (Array.isArray(matchExpressions)) {
    for (const expression of matchExpressions) {
      if (typeof expression === "object" && expression !== null) {
        const key = (expression as Record<string, unknown>).key;
        if (typeof key === "string") keys.add(key);
      }
    }
  }
  return keys;
}

/**
 * The rules of `matchLabelKeys` (and `mismatchLabelKeys`), shared with topology spread constraints: they need a
 * label selector, hold label keys, and a key may not be in both lists, nor in `matchLabelKeys` and the selector.
 * That last one the server only finds in each pod: it merges `key in (value of the pod's label)` into the selector
 * when it creates the pod and then rejects a key the selector tests twice, so podworks rejects it in the template.
 */
export function checkLabelKeyLists(
  checker: Checker,
  path: string,
  term: Record<string, unknown>,
  lists: readonly ("matchLabelKeys" | "mismatchLabelKeys")[],
): void {
  if (term.matchLabelKeys === undefined && term.mismatchLabelKeys === undefined) return;
  const hasSelector = term.labelSelector !== undefined && term.labelSelector !== null;
  for (const list of lists) {
    const keys = term[list];
    if (!Array.isArray(keys) || keys.length === 0) continue;
    const listPath = at(path, list);
    if (!hasSelector) {
      checker.report(
        listPath,
        keys,
        "affinity.label-keys-without-selector",
        {
          en: `${list} only works together with a labelSelector`,
          ko: `${josa(list, "은/는")} labelSelector가 있을 때만 쓸 수 있다`,
        },
        {
          en: `add a labelSelector (an empty one matches every pod: labelSelector: {}), or remove ${list}`,
          ko: `labelSelector를 추가하거나(빈 셀렉터 labelSelector: {}는 모든 파드와 일치한다) ${josa(list, "을/를")} 지운다`,
        },
      );
      continue;
    }
    checkLabelKeys(checker, listPath, keys);
    // Merged as `key notin (value)`, a mismatchLabelKeys key may well be in the selector too.
    if (list !== "matchLabelKeys") continue;
    const inSelector = selectorKeys(term.labelSelector);
    keys.forEach((key, index) => {
      if (typeof key === "string" && inSelector.has(key)) {
        checker.report(
          at(listPath, index),
          key,
          "affinity.label-key-in-selector",
          {
            en: `"${key}" is in both ${list} and labelSelector`,
            ko: `"${key}" 키가 ${josa(list, "과/와")} labelSelector에 모두 들어 있다`,
          },
          {
            en: `test "${key}" in one place: keep it in ${list} (it matches the pod's own value) or in labelSelector`,
            ko: `"${key}" 키는 한 곳에만 둔다. ${list}(파드 자신의 값과 비교한다)나 labelSelector 중 하나에 남긴다`,
          },
        );
      }
    });
  }
  const match = term.matchLabelKeys;
  const mismatch = term.mismatchLabelKeys;
  if (hasSelector && Array.isArray(match) && Array.isArray(mismatch) && lists.includes("mismatchLabelKeys")) {
    const mismatched = new Set(mismatch);
    match.forEach((key, index) => {
      if (mismatched.has(key)) {
        checker.report(
          at(at(path, "matchLabelKeys"), index),
          key,
          "affinity.label-key-both-lists",
          {
            en: `"${String(key)}" is in both matchLabelKeys and mismatchLabelKeys`,
            ko: `"${String(key)}" 키가 matchLabelKeys와 mismatchLabelKeys에 모두 들어 있다`,
          },
          {
            en: "keep the key in one of the two lists",
            ko: "두 목록 중 한 곳에만 키를 남긴다",
          },
        );
      }
    });
  }
}

const LABEL_KEYS_SINCE = { since: "1.31", ga: "1.33" } as const;

const podAffinityTermFields = {
  labelSelector: {
    type: "object",
    section: labelSelectorSection,
    description: {
      en: "The pods this term is about; unset matches no pod.",
      ko: "이 조건이 가리키는 파드. 지정하지 않으면 어떤 파드와도 일치하지 않는다.",
    },
    link: POD_AFFINITY,
  },
  namespaces: {
    type: "string[]",
    description: {
      en: "Namespaces to look for those pods in; with namespaceSelector unset too, the pod's own namespace.",
      ko: "그 파드를 찾을 네임스페이스. namespaceSelector도 없으면 파드 자신의 네임스페이스다.",
    },
    rules: [{ en: "Each a DNS-1123 label.", ko: "각각 DNS-1123 레이블이어야 한다." }],
    link: POD_AFFINITY,
  },
  topologyKey: {
    type: "string",
    required: true,
    description: {
      en: "The node label that defines a domain (e.g. `kubernetes.io/hostname`, `topology.kubernetes.io/zone`): pods count as together when their nodes share its value.",
      ko: "영역을 정하는 노드 레이블(예: `kubernetes.io/hostname`, `topology.kubernetes.io/zone`). 노드의 이 레이블 값이 같으면 같은 영역의 파드로 본다.",
    },
    rules: [{ en: "Non-empty; a label key.", ko: "비어 있으면 안 되며 레이블 키 형식이어야 한다." }],
    link: POD_AFFINITY,
  },
  namespaceSelector: {
    type: "object",
    section: labelSelectorSection,
    description: {
      en: "Selects namespaces by their labels, added to `namespaces`; `{}` means every namespace.",
      ko: "레이블로 네임스페이스를 골라 `namespaces`에 더한다. `{}`이면 모든 네임스페이스다.",
    },
    link: POD_AFFINITY,
  },
  matchLabelKeys: {
    type: "string[]",
    ...LABEL_KEYS_SINCE,
    description: {
      en: "Label keys whose values are taken from the new pod and required on the other pods (`key in (value)`).",
      ko: "새 파드에서 값을 가져와 다른 파드에도 같은 값을 요구하는 레이블 키(`key in (value)`).",
    },
    rules: [
      {
        en: "Needs `labelSelector`; a key may not also be in `labelSelector` or in `mismatchLabelKeys`.",
        ko: "`labelSelector`가 있어야 하고, 같은 키를 `labelSelector`나 `mismatchLabelKeys`에 함께 쓸 수 없다.",
      },
    ],
    link: MATCH_LABEL_KEYS,
  },
  mismatchLabelKeys: {
    type: "string[]",
    ...LABEL_KEYS_SINCE,
    description: {
      en: "Label keys whose values are taken from the new pod and excluded on the other pods (`key notin (value)`).",
      ko: "새 파드에서 값을 가져와 다른 파드에서는 그 값을 제외하는 레이블 키(`key notin (value)`).",
    },
    rules: [{ en: "Needs `labelSelector`.", ko: "`labelSelector`가 있어야 한다." }],
    link: MATCH_LABEL_KEYS,
  },
} as const satisfies FieldCatalogue<PodAffinityTerm>;

export const podAffinityTermSection: CatalogueSection<"podAffinityTerm"> = {
  name: "podAffinityTerm",
  title: { en: "Pod affinity term", ko: "파드 어피니티 조건" },
  description: {
    en: "Pods (by labelSelector, in some namespaces) that the pods should be near to, or away from, in a topology domain.",
    ko: "같은 토폴로지 영역 안에서 가까이 두거나 떨어뜨릴 파드(labelSelector와 네임스페이스로 고른다).",
  },
  fields: podAffinityTermFields,
  check: (checker, path, term) => {
    if (Array.isArray(term.namespaces)) {
      term.namespaces.forEach((name, index) => {
        if (typeof name === "string") {
          reportProblem(checker, at(at(path, "namespaces"), index), name, checkDns1123Label(name));
        }
      });
    }
    const topologyKey = term.topologyKey;
    if (topologyKey === "") {
      checker.report(
        at(path, "topologyKey"),
        topologyKey,
        "required",
        { en: "topologyKey may not be empty", ko: "topologyKey는 비어 있으면 안 된다" },
        {
          en: 'set a node label key such as "kubernetes.io/hostname" or "topology.kubernetes.io/zone"',
          ko: '"kubernetes.io/hostname"이나 "topology.kubernetes.io/zone" 같은 노드 레이블 키를 지정한다',
        },
      );
    } else if (typeof topologyKey === "string") {
      reportProblem(checker, at(path, "topologyKey"), topologyKey, checkLabelKey(topologyKey));
    }
    checkLabelKeyLists(checker, path, term, ["matchLabelKeys", "mismatchLabelKeys"]);
  },
};

const weightedPodAffinityTermSection: CatalogueSection<"weightedPodAffinityTerm"> = {
  name: "weightedPodAffinityTerm",
  title: { en: "Preferred pod affinity term", ko: "선호 파드 어피니티 조건" },
  description: {
    en: "A pod affinity term with a weight, for preferences.",
    ko: "가중치가 붙은 파드 어피니티 조건. 선호 조건에 쓴다.",
  },
  fields: {
    weight: { ...WEIGHT, link: POD_AFFINITY },
    podAffinityTerm: {
      type: "object",
      required: true,
      section: podAffinityTermSection,
      description: { en: "The term.", ko: "조건." },
      link: POD_AFFINITY,
    },
  } as const satisfies FieldCatalogue<WeightedPodAffinityTerm>,
};

function podAffinitySection<N extends "podAffinity" | "podAntiAffinity">(
  name: N,
  title: { en: string; ko: string },
  description: { en: string; ko: string },
): CatalogueSection<N> {
  return {
    name,
    title,
    description,
    fields: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        type: "object[]",
        section: podAffinityTermSection,
        description: {
          en: "Terms every node must satisfy for the pods to be placed there.",
          ko: "파드가 배치될 노드가 반드시 만족해야 하는 조건.",
        },
        link: POD_AFFINITY,
      },
      preferredDuringSchedulingIgnoredDuringExecution: {
        type: "object[]",
        section: weightedPodAffinityTermSection,
        description: {
          en: "Terms the scheduler prefers, with weights.",
          ko: "스케줄러가 가중치에 따라 선호하는 조건.",
        },
        link: POD_AFFINITY,
      },
    } as const satisfies FieldCatalogue<PodAffinity>,
  };
}

const affinityFields = {
  nodeAffinity: {
    type: "object",
    section: nodeAffinitySection,
    description: {
      en: "Rules on the labels of the node a pod runs on.",
      ko: "파드가 실행될 노드의 레이블에 대한 규칙.",
    },
    link: NODE_AFFINITY,
  },
  podAffinity: {
    type: "object",
    section: podAffinitySection(
      "podAffinity",
      { en: "Pod affinity", ko: "파드 어피니티" },
      {
        en: "Run the pods in the same topology domain as other pods.",
        ko: "다른 파드와 같은 토폴로지 영역에서 파드를 실행한다.",
      },
    ),
    description: {
      en: "Place the pods near pods with certain labels.",
      ko: "특정 레이블을 가진 파드 가까이에 파드를 배치한다.",
    },
    link: POD_AFFINITY,
  },
  podAntiAffinity: {
    type: "object",
    section: podAffinitySection(
      "podAntiAffinity",
      { en: "Pod anti-affinity", ko: "파드 안티어피니티" },
      {
        en: "Keep the pods out of topology domains that run certain other pods.",
        ko: "특정 파드가 실행 중인 토폴로지 영역을 피해 파드를 실행한다.",
      },
    ),
    description: {
      en: "Keep the pods away from pods with certain labels (e.g. one replica per node).",
      ko: "특정 레이블을 가진 파드와 떨어뜨려 배치한다(예: 노드마다 레플리카 하나).",
    },
    link: POD_AFFINITY,
  },
} as const satisfies FieldCatalogue<Affinity>;

export const affinitySection: CatalogueSection<"affinity"> = {
  name: "affinity",
  title: { en: "Affinity", ko: "어피니티" },
  description: {
    en: "Node affinity and pod (anti-)affinity rules for scheduling.",
    ko: "스케줄링에 쓰는 노드 어피니티와 파드 (안티)어피니티 규칙.",
  },
  fields: affinityFields,
};
