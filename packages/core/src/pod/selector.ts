/**
 * Pieces the scheduling and DNS checks share: a label selector (pod affinity terms, topology spread constraints)
 * checked like `ValidateLabelSelector` in apimachinery's `pkg/apis/meta/v1/validation`, and a helper that turns a
 * format problem into a report.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { checkLabelKey, checkLabelValue, type FormatProblem } from "../formats.js";
import { OBJECTS } from "./links.js";

/** Records a format problem, if there is one, at `path`. */
export function reportProblem(
  checker: Checker,
  path: string,
  value: unknown,
  problem: FormatProblem | undefined,
): void {
  if (problem) checker.report(path, value, problem.rule, problem.message, problem.fix);
}

/** Checks each string of `values` as a label value, reporting at `path[i]`. */
export function checkLabelValues(checker: Checker, path: string, values: unknown): void {
  if (!Array.isArray(values)) return;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value === "string") reportProblem(checker, at(path, i), value, checkLabelValue(value));
  }
}

/** Checks each string of `keys` as a label key (a qualified name), reporting at `path[i]`. */
export function checkLabelKeys(checker: Checker, path: string, keys: unknown): void {
  if (!Array.isArray(keys)) return;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key === "string") reportProblem(checker, at(path, i), key, checkLabelKey(key));
  }
}

/** `metav1.LabelSelectorRequirement`. */
export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: "In" | "NotIn" | "Exists" | "DoesNotExist";
  readonly values?: readonly string[];
}

/** `metav1.LabelSelector`: both parts must match (AND). */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

const LABELS = `${OBJECTS}/labels/#label-selectors`;

const labelSelectorRequirementFields = {
  key: {
    type: "string",
    required: true,
    description: { en: "The label key the requirement tests.", ko: "요구 조건이 검사하는 레이블 키." },
    rules: [{ en: "A label key.", ko: "레이블 키 형식이어야 한다." }],
    link: LABELS,
  },
  operator: {
    type: "string",
    required: true,
    enum: ["In", "NotIn", "Exists", "DoesNotExist"],
    description: {
      en: "How the label's value is compared with `values`.",
      ko: "레이블 값을 `values`와 비교하는 방식.",
    },
    link: LABELS,
  },
  values: {
    type: "string[]",
    description: { en: "Label values to compare with.", ko: "비교할 레이블 값 목록." },
    rules: [
      {
        en: "Required (non-empty) for `In` and `NotIn`; must be empty for `Exists` and `DoesNotExist`.",
        ko: "`In`과 `NotIn`에는 하나 이상 있어야 하고, `Exists`와 `DoesNotExist`에는 쓸 수 없다.",
      },
    ],
    link: LABELS,
  },
} as const satisfies FieldCatalogue<LabelSelectorRequirement>;

export const labelSelectorRequirementSection: CatalogueSection<"labelSelectorRequirement"> = {
  name: "labelSelectorRequirement",
  title: { en: "Label selector requirement", ko: "레이블 셀렉터 요구 조건" },
  description: {
    en: "One test of a label: `{ key, operator, values }`.",
    ko: "레이블 하나에 대한 검사(`{ key, operator, values }`).",
  },
  fields: labelSelectorRequirementFields,
  check: (checker, path, value) => {
    if (typeof value.key === "string")
      reportProblem(checker, at(path, "key"), value.key, checkLabelKey(value.key));
    checkValuesForOperator(checker, path, value, ["In", "NotIn"], ["Exists", "DoesNotExist"]);
    checkLabelValues(checker, at(path, "values"), value.values);
  },
};

/**
 * The rule `In`/`NotIn` need values and `Exists`/`DoesNotExist` take none, shared by label selectors and node
 * selector requirements.
 */
export function checkValuesForOperator(
  checker: Checker,
  path: string,
  value: Record<string, unknown>,
  needValues: readonly string[],
  noValues: readonly string[],
): void {
  const operator = value.operator;
  if (typeof operator !== "string") return;
  const values = Array.isArray(value.values) ? value.values : [];
  if (needValues.includes(operator) && values.length === 0) {
    checker.report(
      at(path, "values"),
      value.values,
      "selector.values-required",
      {
        en: `operator ${operator} needs at least one value`,
        ko: `연산자 ${code(operator)}에는 값이 하나 이상 있어야 한다`,
      },
      {
        en: `list the values to match in \`values\`, or use operator Exists`,
        ko: "`values`에 비교할 값을 적거나 연산자를 Exists로 바꾼다",
      },
    );
  }
  if (noValues.includes(operator) && values.length > 0) {
    checker.report(
      at(path, "values"),
      value.values,
      "selector.values-forbidden",
      {
        en: `operator ${operator} takes no values`,
        ko: `연산자 ${code(operator)}에는 값을 쓸 수 없다`,
      },
      {
        en: "remove `values`, or use operator In to match those values",
        ko: "`values`를 지우거나, 그 값과 비교하려면 연산자를 In으로 바꾼다",
      },
    );
  }
}

/** A value written as code; the Korean postposition after it ("에는") does not depend on its last sound. */
function code(word: string): string {
  return `\`${word}\``;
}

const labelSelectorFields = {
  matchLabels: {
    type: "map",
    format: "label-map",
    description: {
      en: "Labels a pod must carry, each with exactly this value.",
      ko: "파드가 정확히 이 값으로 가져야 하는 레이블.",
    },
    link: LABELS,
  },
  matchExpressions: {
    type: "object[]",
    section: labelSelectorRequirementSection,
    description: {
      en: "Label requirements a pod must meet, all of them.",
      ko: "파드가 모두 만족해야 하는 레이블 요구 조건.",
    },
    link: LABELS,
  },
} as const satisfies FieldCatalogue<LabelSelector>;

export const labelSelectorSection: CatalogueSection<"labelSelector"> = {
  name: "labelSelector",
  title: { en: "Label selector", ko: "레이블 셀렉터" },
  description: {
    en: "Selects pods by their labels: `matchLabels` and `matchExpressions` must both match. An empty selector matches every pod.",
    ko: "레이블로 파드를 고른다. `matchLabels`와 `matchExpressions`를 모두 만족해야 하며, 빈 셀렉터는 모든 파드를 고른다.",
  },
  fields: labelSelectorFields,
};
