/**
 * DaemonSet (apps/v1): one pod on every (matching) node.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/
 */
import type {
  DaemonSet as K8sDaemonSet,
  DaemonSetSpec as K8sDaemonSetSpec,
} from "kubernetes-types/apps/v1.js";
import type { Toleration } from "kubernetes-types/core/v1.js";
import { API_REF, type FieldCatalogue, K8S_DOCS } from "./catalogue.js";
import { at, type Checker } from "./context.js";
import type { Metadata } from "./metadata.js";
import type { PodFields } from "./pod/index.js";
import { objectLabelsOf, renderMetadata, renderPodTemplate, selectorOf } from "./pod/index.js";
import { checkRollingUpdate, checkSelector, checkStrategyShape } from "./rollout.js";

/** Kubernetes' `DaemonSetUpdateStrategy` (apps/v1): how a changed pod template replaces the running pods. */
export interface DaemonSetUpdateStrategy {
  /** @default "RollingUpdate" */
  readonly type?: "RollingUpdate" | "OnDelete";
  /**
   * With `type: RollingUpdate`: how many nodes may be without a ready daemon pod (`maxUnavailable`), or run two
   * (`maxSurge`), at once.
   */
  readonly rollingUpdate?: {
    /** @default 1 */
    readonly maxUnavailable?: number | string;
    /** @default 0 */
    readonly maxSurge?: number | string;
  };
}

/**
 * The DaemonSet's own fields (what `spec` of an `apps/v1` DaemonSet holds besides the pod template). `DaemonSetSpec`
 * adds the metadata and the pod fields.
 */
export interface DaemonSetFields {
  /** matchLabels of the pod selector. @default { "app.kubernetes.io/name": name } */
  readonly selector?: Readonly<Record<string, string>>;
  readonly updateStrategy?: DaemonSetUpdateStrategy;
  /** @default 0 */
  readonly minReadySeconds?: number;
  /** @default 10 */
  readonly revisionHistoryLimit?: number;
  /**
   * Also run on control-plane nodes: tolerate `node-role.kubernetes.io/control-plane` and the legacy
   * `node-role.kubernetes.io/master` NoSchedule taints.
   * @default false
   */
  readonly tolerateControlPlane?: boolean;
}

/**
 * A podworks DaemonSet spec: the object's metadata, the pod template's fields and the DaemonSet's own fields, side
 * by side in one flat object. `validate` checks it; `toManifests` renders it as an `apps/v1` DaemonSet.
 */
export interface DaemonSetSpec extends Metadata, PodFields, DaemonSetFields {
  readonly kind: "DaemonSet";
}

const DS = `${K8S_DOCS}/concepts/workloads/controllers/daemonset`;

/** The taints control-plane nodes carry: kubeadm's current key and the one used before 1.24. */
export const CONTROL_PLANE_TOLERATIONS: readonly Toleration[] = [
  { key: "node-role.kubernetes.io/control-plane", operator: "Exists", effect: "NoSchedule" },
  { key: "node-role.kubernetes.io/master", operator: "Exists", effect: "NoSchedule" },
];

/** The field catalogue of the DaemonSet's own fields (`DaemonSetFields`). */
export const daemonSetFields = {
  selector: {
    type: "map",
    format: "label-map",
    immutable: true,
    default: {
      derived: {
        en: "`app.kubernetes.io/name: <name>`, added to the pods' labels.",
        ko: "`app.kubernetes.io/name: <name>`이며 파드 레이블에도 추가된다.",
      },
    },
    description: {
      en: "Labels that select the DaemonSet's pods (matchLabels).",
      ko: "데몬셋의 파드를 고르는 레이블(matchLabels). 파드 셀렉터라고 한다.",
    },
    rules: [
      {
        en: "Every selector label must be among the pods' labels.",
        ko: "셀렉터의 레이블은 모두 파드 레이블에 있어야 한다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/overview/working-with-objects/labels/#label-selectors`,
  },
  updateStrategy: {
    type: "object",
    fields: {
      type: {
        type: "string",
        enum: ["RollingUpdate", "OnDelete"],
        default: { value: "RollingUpdate" },
        description: {
          en: "`RollingUpdate` replaces pods node by node; `OnDelete` waits until you delete a pod.",
          ko: "`RollingUpdate`는 노드마다 차례로 파드를 바꾸고, `OnDelete`는 사용자가 파드를 지울 때까지 기다린다.",
        },
        link: `${K8S_DOCS}/tasks/manage-daemon/update-daemon-set/`,
      },
      rollingUpdate: {
        type: "object",
        fields: {
          maxUnavailable: {
            type: "int-or-percent",
            default: { value: 1 },
            description: {
              en: "How many nodes may lack a ready pod during the update (a number or a percentage).",
              ko: "업데이트 중 준비된 파드가 없어도 되는 노드 수(숫자나 백분율).",
            },
            link: `${K8S_DOCS}/tasks/manage-daemon/update-daemon-set/`,
          },
          maxSurge: {
            type: "int-or-percent",
            default: { value: 0 },
            description: {
              en: "How many nodes may run an extra new pod during the update. Only when maxUnavailable is 0.",
              ko: "업데이트 중 새 파드를 하나 더 띄워도 되는 노드 수. maxUnavailable이 0일 때만 쓸 수 있다.",
            },
            link: `${K8S_DOCS}/tasks/manage-daemon/update-daemon-set/`,
          },
        },
        description: {
          en: "Limits of a rolling update. Exactly one of maxUnavailable and maxSurge is non-zero.",
          ko: "롤링 업데이트의 한도. maxUnavailable과 maxSurge 중 정확히 하나만 0이 아니어야 한다.",
        },
        link: `${K8S_DOCS}/tasks/manage-daemon/update-daemon-set/`,
      },
    },
    default: { value: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } } },
    description: {
      en: "How pods are replaced when the template changes.",
      ko: "템플릿이 바뀌었을 때 파드를 바꾸는 방법(업데이트 전략).",
    },
    link: `${K8S_DOCS}/tasks/manage-daemon/update-daemon-set/`,
  },
  minReadySeconds: {
    type: "integer",
    minimum: 0,
    default: { value: 0 },
    description: {
      en: "Seconds a new pod must be ready before it counts as available.",
      ko: "새 파드가 사용 가능으로 인정되기까지 준비 상태를 유지해야 하는 시간(초). 최소 준비 시간 초라고 한다.",
    },
    link: `${API_REF}/workload-resources/daemon-set-v1/`,
  },
  revisionHistoryLimit: {
    type: "integer",
    minimum: 0,
    default: { value: 10 },
    description: {
      en: "How many old revisions to keep for rollback.",
      ko: "롤백을 위해 남겨 둘 이전 리비전 수.",
    },
    link: `${API_REF}/workload-resources/daemon-set-v1/`,
  },
  tolerateControlPlane: {
    type: "boolean",
    default: { value: false },
    description: {
      en: "podworks option: also run on control-plane nodes by tolerating the `node-role.kubernetes.io/control-plane` and legacy `node-role.kubernetes.io/master` NoSchedule taints.",
      ko: "podworks 옵션. `node-role.kubernetes.io/control-plane` 테인트와 예전 `node-role.kubernetes.io/master` 테인트(NoSchedule)를 톨러레이션으로 허용해 컨트롤 플레인 노드에도 파드를 띄운다.",
    },
    link: `${DS}/#taints-and-tolerations`,
  },
} as const satisfies FieldCatalogue<DaemonSetFields>;

type Raw = Record<string, unknown>;

export function checkDaemonSet(checker: Checker, spec: Raw): void {
  checkSelector(checker, spec);
  const rollingUpdate = checkStrategyShape(checker, "updateStrategy", spec.updateStrategy);
  if (rollingUpdate) checkRollingUpdate(checker, at("updateStrategy", "rollingUpdate"), rollingUpdate, true);
}

export function renderDaemonSet(spec: DaemonSetSpec): K8sDaemonSet {
  const selector = selectorOf(spec);
  const strategy = spec.updateStrategy;
  const type = strategy?.type ?? "RollingUpdate";
  const updateStrategy =
    type === "RollingUpdate"
      ? {
          type,
          rollingUpdate: {
            maxUnavailable: strategy?.rollingUpdate?.maxUnavailable ?? 1,
            maxSurge: strategy?.rollingUpdate?.maxSurge ?? 0,
          },
        }
      : { type };
  const extra = spec.tolerateControlPlane ? CONTROL_PLANE_TOLERATIONS : [];
  const out: K8sDaemonSetSpec = {
    selector: { matchLabels: { ...selector } },
    template: renderPodTemplate(spec, "Always", selector, extra),
    updateStrategy,
    minReadySeconds: spec.minReadySeconds ?? daemonSetFields.minReadySeconds.default.value,
    revisionHistoryLimit: spec.revisionHistoryLimit ?? daemonSetFields.revisionHistoryLimit.default.value,
  };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: renderMetadata(spec, objectLabelsOf(spec)),
    spec: out,
  };
}
