/**
 * Pod-level scheduling fields beside affinity, tolerations and topology spread (their own files): readiness gates
 * and scheduling gates, checked like `validateReadinessGates` and `validateSchedulingGates` in kubernetes/kubernetes
 * `pkg/apis/core/validation/validation.go`, and the rules that span a whole list.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { checkLabelKey } from "../formats.js";
import { PODS } from "./links.js";
import { eachItem } from "./list.js";
import { reportProblem } from "./selector.js";
import { checkTopologySpread } from "./topology.js";

export { type Affinity, affinitySection } from "./affinity.js";
export { type Toleration, tolerationSection } from "./tolerations.js";
export { type TopologySpreadConstraint, topologySpreadConstraintSection } from "./topology.js";

/** `core/v1.PodReadinessGate`. */
export interface PodReadinessGate {
  readonly conditionType: string;
}

/** `core/v1.PodSchedulingGate`. */
export interface PodSchedulingGate {
  readonly name: string;
}

const QUALIFIED: { en: string; ko: string } = {
  en: "A qualified name: an optional DNS subdomain prefix and '/', then up to 63 letters, digits, '-', '_' or '.'.",
  ko: "한정된 이름(qualified name)이어야 한다. 앞에 DNS 서브도메인 접두사와 '/'를 붙일 수 있고, 그 뒤는 영문자, 숫자, '-', '_', '.'로 이루어진 63자 이하다.",
};

export const readinessGateSection: CatalogueSection<"readinessGate"> = {
  name: "readinessGate",
  title: { en: "Readiness gate", ko: "준비성 게이트" },
  description: {
    en: "A pod condition that must be True, besides the containers being ready, for the pod to count as ready.",
    ko: "컨테이너가 준비된 것에 더해, 파드가 준비된 것으로 인정되려면 True여야 하는 파드 컨디션.",
  },
  fields: {
    conditionType: {
      type: "string",
      required: true,
      description: {
        en: "The condition type in the pod's status, set by a controller of your own (e.g. `example.com/feature-1`).",
        ko: "파드 상태의 컨디션 타입. 직접 만든 컨트롤러가 설정한다(예: `example.com/feature-1`).",
      },
      rules: [QUALIFIED],
      link: `${PODS}/pod-lifecycle/#pod-readiness-gate`,
    },
  } as const satisfies FieldCatalogue<PodReadinessGate>,
  check: (checker, path, gate) => {
    if (typeof gate.conditionType === "string") {
      const problem = checkLabelKey(gate.conditionType);
      reportProblem(checker, at(path, "conditionType"), gate.conditionType, problem);
    }
  },
};

export const schedulingGateSection: CatalogueSection<"schedulingGate"> = {
  name: "schedulingGate",
  title: { en: "Scheduling gate", ko: "스케줄링 게이트" },
  description: {
    en: "Holds the pods back from scheduling until a controller removes the gate.",
    ko: "컨트롤러가 게이트를 지울 때까지 파드가 스케줄링되지 않게 막는다.",
  },
  fields: {
    name: {
      type: "string",
      required: true,
      description: {
        en: "The gate's name, unique in the pod (e.g. `example.com/quota-check`).",
        ko: "게이트 이름. 파드 안에서 고유해야 한다(예: `example.com/quota-check`).",
      },
      rules: [QUALIFIED],
      link: `${PODS}/pod-scheduling-readiness/`,
    },
  } as const satisfies FieldCatalogue<PodSchedulingGate>,
  check: (checker, path, gate) => {
    if (typeof gate.name === "string") {
      reportProblem(checker, at(path, "name"), gate.name, checkLabelKey(gate.name));
    }
  },
};

/** Rules that span a list of the pod's scheduling fields: unique scheduling gates, one spread per key pair. */
export function checkScheduling(checker: Checker, spec: Record<string, unknown>): void {
  const gates = new Set<string>();
  eachItem(spec.schedulingGates, (gate, index) => {
    if (typeof gate.name !== "string") return;
    if (gates.has(gate.name)) {
      checker.report(
        at(at("schedulingGates", index), "name"),
        gate.name,
        "scheduling.duplicate-gate",
        {
          en: `scheduling gate "${gate.name}" is listed twice`,
          ko: `"${gate.name}" 스케줄링 게이트가 두 번 들어 있다`,
        },
        { en: "list each gate once", ko: "게이트마다 한 번만 적는다" },
      );
    }
    gates.add(gate.name);
  });
  checkTopologySpread(checker, spec.topologySpreadConstraints);
}
