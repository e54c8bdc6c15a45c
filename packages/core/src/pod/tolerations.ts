/**
 * Tolerations, checked like `ValidateTolerations` in kubernetes/kubernetes `pkg/apis/core/validation/validation.go`.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { checkLabelKey, checkLabelValue } from "../formats.js";
import { closest } from "../schema.js";
import { K8S_DOCS } from "./links.js";
import { reportProblem } from "./selector.js";

const TAINTS = `${K8S_DOCS}/concepts/scheduling-eviction/taint-and-toleration/`;
const OPERATORS: readonly string[] = ["Equal", "Exists"];
const EFFECTS: readonly string[] = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

function reportEnum(checker: Checker, path: string, value: string, allowed: readonly string[]): void {
  const list = allowed.join(", ");
  const guess = closest(value, allowed);
  checker.report(
    path,
    value,
    "enum",
    { en: `must be one of ${list}`, ko: `${list} 중 하나여야 한다` },
    guess
      ? { en: `use "${guess}"`, ko: `"${guess}"라는 값을 쓴다` }
      : { en: `use one of ${list}`, ko: `${list} 중 하나를 쓴다` },
  );
}

/** `core/v1.Toleration`. */
export interface Toleration {
  /** Empty with `operator: Exists` tolerates every taint. */
  readonly key?: string;
  /** @default "Equal" */
  readonly operator?: "Equal" | "Exists" | "";
  readonly value?: string;
  /** Empty tolerates every effect. */
  readonly effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute" | "";
  /** NoExecute only: how long the pod stays bound after the taint appears. */
  readonly tolerationSeconds?: number;
}

const tolerationFields = {
  key: {
    type: "string",
    description: {
      en: "The taint key the toleration matches; empty (with `operator: Exists`) matches every key.",
      ko: "톨러레이션이 일치시키는 테인트 키. 비워 두고 `operator: Exists`를 쓰면 모든 키와 일치한다.",
    },
    rules: [{ en: "A label key when set.", ko: "지정하면 레이블 키 형식이어야 한다." }],
    link: TAINTS,
  },
  operator: {
    type: "string",
    default: { derived: { en: "`Equal` (set by Kubernetes).", ko: "`Equal`이다(쿠버네티스가 정한다)." } },
    description: {
      en: "`Equal` matches a taint with this key and value; `Exists` matches any value of the key.",
      ko: "`Equal`은 키와 값이 모두 같은 테인트와, `Exists`는 값과 상관없이 키가 같은 테인트와 일치한다.",
    },
    rules: [
      {
        en: "`Equal` or `Exists` (empty means `Equal`); `Exists` when `key` is empty; `Exists` takes no `value`.",
        ko: "`Equal`이나 `Exists`만 쓸 수 있고(비우면 `Equal`), `key`가 비어 있으면 `Exists`여야 하며, `Exists`에는 `value`를 쓸 수 없다.",
      },
    ],
    link: TAINTS,
  },
  value: {
    type: "string",
    description: {
      en: "The taint value to match (operator `Equal`).",
      ko: "일치시킬 테인트 값(`Equal` 연산자에서 쓴다).",
    },
    rules: [{ en: "A label value.", ko: "레이블 값 형식이어야 한다." }],
    link: TAINTS,
  },
  effect: {
    type: "string",
    description: {
      en: "The taint effect to match; unset matches every effect.",
      ko: "일치시킬 테인트 효과. 지정하지 않으면 모든 효과와 일치한다.",
    },
    rules: [
      {
        en: "`NoSchedule`, `PreferNoSchedule` or `NoExecute`; empty matches every effect.",
        ko: "`NoSchedule`, `PreferNoSchedule`, `NoExecute` 중 하나이며, 비우면 모든 효과와 일치한다.",
      },
    ],
    link: TAINTS,
  },
  tolerationSeconds: {
    type: "integer",
    description: {
      en: "For `NoExecute` only: seconds the pod stays on a node after the taint appears, then it is evicted. Unset: forever.",
      ko: "`NoExecute`에만 쓴다. 테인트가 생긴 뒤 파드가 노드에 머무는 시간(초)이며, 지나면 축출된다. 지정하지 않으면 계속 머문다.",
    },
    rules: [{ en: "Needs `effect: NoExecute`.", ko: "`effect: NoExecute`가 있어야 한다." }],
    link: `${TAINTS}#taint-based-evictions`,
  },
} as const satisfies FieldCatalogue<Toleration>;

export const tolerationSection: CatalogueSection<"toleration"> = {
  name: "toleration",
  title: { en: "Toleration", ko: "톨러레이션(toleration)" },
  description: {
    en: "Lets the pods run on nodes with a matching taint.",
    ko: "일치하는 테인트(taint)가 있는 노드에서도 파드가 실행되게 한다.",
  },
  fields: tolerationFields,
  check: (checker, path, t) => {
    const key = typeof t.key === "string" ? t.key : "";
    // An empty operator means Equal, an empty effect every effect: the server accepts both.
    const operator = t.operator === undefined || t.operator === "" ? "Equal" : t.operator;
    if (typeof operator === "string" && !OPERATORS.includes(operator)) {
      reportEnum(checker, at(path, "operator"), operator, OPERATORS);
      return;
    }
    if (typeof t.effect === "string" && t.effect !== "" && !EFFECTS.includes(t.effect)) {
      reportEnum(checker, at(path, "effect"), t.effect, EFFECTS);
    }
    if (key !== "") reportProblem(checker, at(path, "key"), key, checkLabelKey(key));
    if (key === "" && operator !== "Exists") {
      checker.report(
        at(path, "operator"),
        t.operator,
        "toleration.empty-key",
        {
          en: "a toleration without a key must use operator Exists (it then matches every taint)",
          ko: "키가 없는 톨러레이션은 연산자로 Exists를 써야 한다(그러면 모든 테인트와 일치한다)",
        },
        {
          en: "set `key` to the taint's key, or set `operator: Exists` to tolerate every taint",
          ko: "`key`에 테인트 키를 적거나, 모든 테인트를 허용하려면 `operator: Exists`를 지정한다",
        },
      );
    }
    if (t.tolerationSeconds !== undefined && t.effect !== "NoExecute") {
      checker.report(
        at(path, "effect"),
        t.effect,
        "toleration.seconds-effect",
        {
          en: "tolerationSeconds only applies to effect NoExecute",
          ko: "tolerationSeconds는 효과가 NoExecute일 때만 쓸 수 있다",
        },
        {
          en: "set `effect: NoExecute`, or remove tolerationSeconds",
          ko: "`effect: NoExecute`를 지정하거나 tolerationSeconds를 지운다",
        },
      );
    }
    const value = typeof t.value === "string" ? t.value : "";
    if (operator === "Exists" && value !== "") {
      checker.report(
        at(path, "value"),
        value,
        "toleration.exists-value",
        {
          en: "operator Exists matches any value, so `value` must be empty",
          ko: "Exists 연산자는 모든 값과 일치하므로 `value`는 비어 있어야 한다",
        },
        {
          en: "remove `value`, or use operator Equal to match only that value",
          ko: "`value`를 지우거나, 그 값에만 일치시키려면 연산자를 Equal로 바꾼다",
        },
      );
    } else if (operator === "Equal" && value !== "") {
      reportProblem(checker, at(path, "value"), value, checkLabelValue(value));
    }
  },
};
