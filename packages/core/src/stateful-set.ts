/**
 * StatefulSet (apps/v1): pods with a stable identity, per-pod DNS through a headless Service,
 * and one PersistentVolumeClaim per pod and template, kept unless deletion is explicitly acknowledged.
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/
 */
import type {
  StatefulSet as K8sStatefulSet,
  StatefulSetSpec as K8sStatefulSetSpec,
} from "kubernetes-types/apps/v1.js";
import type { Service } from "kubernetes-types/core/v1.js";
import { API_REF, type CatalogueSection, type FieldCatalogue, K8S_DOCS } from "./catalogue.js";
import { at, type Checker, isRecord } from "./context.js";
import { checkDns1123Subdomain, checkLabelKey, checkLabelValue, isZeroIntOrPercent } from "./formats.js";
import type { Metadata } from "./metadata.js";
import type { PodFields } from "./pod/index.js";
import { objectLabelsOf, renderMetadata, renderPodTemplate, selectorOf } from "./pod/index.js";
import { parseQuantity } from "./quantity.js";
import { checkRollingUpdate, checkSelector, checkStrategyShape } from "./rollout.js";

/** What happens to a StatefulSet's claims when it is deleted (`whenDeleted`) or scaled down (`whenScaled`). */
export type RetentionAction = "Retain" | "Delete";

/** A label selector requirement: `{ key, operator, values }`. */
export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: "In" | "NotIn" | "Exists" | "DoesNotExist";
  readonly values?: readonly string[];
}

/** A label selector (metav1.LabelSelector): every matchLabels pair and every expression must hold. */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

/** A claim's data source: an existing claim (core group) or an object of another API group, e.g. a VolumeSnapshot. */
export interface TypedObjectReference {
  /** @default "" (the core group: only PersistentVolumeClaim) */
  readonly apiGroup?: string;
  readonly kind: string;
  readonly name: string;
}

/**
 * A claim template of a StatefulSet: each pod gets its own PersistentVolumeClaim made from it. Describes Kubernetes'
 * `PersistentVolumeClaim` template, with podworks' defaults.
 */
export interface VolumeClaimTemplate {
  /** Template name; each pod's claim is `<name>-<statefulset>-<ordinal>`. */
  readonly name: string;
  /** @default ["ReadWriteOnce"] */
  readonly accessModes?: readonly ("ReadWriteOnce" | "ReadOnlyMany" | "ReadWriteMany" | "ReadWriteOncePod")[];
  /** @default the cluster's default StorageClass */
  readonly storageClassName?: string;
  /** @default "Filesystem" */
  readonly volumeMode?: "Filesystem" | "Block";
  readonly resources: { readonly requests: { readonly storage: string | number } };
  /** Only bind to existing PersistentVolumes with these labels (static provisioning). */
  readonly selector?: LabelSelector;
  /** Populate each new claim from an existing claim or a VolumeSnapshot. */
  readonly dataSource?: TypedObjectReference;
  /** Populate each new claim from any populator object (the generalized dataSource). */
  readonly dataSourceRef?: TypedObjectReference;
  /** The VolumeAttributesClass (IOPS, throughput, ...) of each claim; Kubernetes 1.34+. */
  readonly volumeAttributesClassName?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

/**
 * The StatefulSet's own fields (what `spec` of an `apps/v1` StatefulSet holds besides the pod template), plus the
 * Service podworks renders for it. `StatefulSetSpec` adds the metadata and the pod fields.
 */
export interface StatefulSetFields {
  /** @default 1 */
  readonly replicas?: number;
  /** Name of the headless Service giving each pod a DNS name. @default the StatefulSet's name */
  readonly serviceName?: string;
  /** podworks option: generate the headless Service from the containers' ports. @default true */
  readonly headlessService?: boolean;
  /** @default { "app.kubernetes.io/name": name } */
  readonly selector?: Readonly<Record<string, string>>;
  /** @default "OrderedReady" */
  readonly podManagementPolicy?: "OrderedReady" | "Parallel";
  readonly updateStrategy?: {
    /** @default "RollingUpdate" */
    readonly type?: "RollingUpdate" | "OnDelete";
    readonly rollingUpdate?: {
      /** @default 0 */
      readonly partition?: number;
      /**
       * Pods that may be unavailable during an update (a number >= 1 or a percentage). Needs the
       * MaxUnavailableStatefulSet gate: on by default only in Kubernetes 1.35.0 to 1.35.3.
       * @default 1
       */
      readonly maxUnavailable?: number | string;
    };
  };
  readonly volumeClaimTemplates?: readonly VolumeClaimTemplate[];
  /** @default { whenDeleted: "Retain", whenScaled: "Retain" } */
  readonly persistentVolumeClaimRetentionPolicy?: {
    readonly whenDeleted?: RetentionAction;
    readonly whenScaled?: RetentionAction;
  };
  /** Must be `true` for a `Delete` retention policy: you accept that Kubernetes deletes the claims' data. @default false */
  readonly acknowledgePvcDeletion?: boolean;
  /** @default 0 */
  readonly minReadySeconds?: number;
  /** @default 10 */
  readonly revisionHistoryLimit?: number;
  readonly ordinals?: { /** @default 0 */ readonly start?: number };
}

/**
 * A podworks StatefulSet spec: the object's metadata, the pod template's fields and the StatefulSet's own fields,
 * side by side in one flat object. `validate` checks it; `toManifests` renders it as an `apps/v1` StatefulSet and,
 * unless `headlessService` is false, its headless Service.
 */
export interface StatefulSetSpec extends Metadata, PodFields, StatefulSetFields {
  readonly kind: "StatefulSet";
}

const STS = `${K8S_DOCS}/concepts/workloads/controllers/statefulset`;
const STS_API = `${API_REF}/workload-resources/stateful-set-v1/`;
const PV = `${K8S_DOCS}/concepts/storage/persistent-volumes`;
const RETENTION = ["Retain", "Delete"];
const ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];
const SELECTOR_OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
const LABEL_SELECTORS = `${K8S_DOCS}/concepts/overview/working-with-objects/labels/#label-selectors`;

/** `matchExpressions` entries: the key is a label key; In/NotIn need values, Exists/DoesNotExist take none. */
const labelSelectorRequirementSection: CatalogueSection = {
  name: "labelSelectorRequirement",
  title: { en: "Label selector requirement", ko: "레이블 셀렉터 요구 조건" },
  description: {
    en: "One expression of a label selector: `key` compared by `operator` with `values`.",
    ko: "레이블 셀렉터의 식 하나. `key`를 `operator`로 `values`와 비교한다.",
  },
  fields: {
    key: {
      type: "string",
      required: true,
      description: { en: "The label key the expression tests.", ko: "식이 검사하는 레이블 키." },
      link: LABEL_SELECTORS,
    },
    operator: {
      type: "string",
      required: true,
      enum: SELECTOR_OPERATORS,
      description: {
        en: "`In`, `NotIn`, `Exists` or `DoesNotExist`.",
        ko: "`In`, `NotIn`, `Exists`, `DoesNotExist` 중 하나.",
      },
      link: LABEL_SELECTORS,
    },
    values: {
      type: "string[]",
      description: {
        en: "Label values: at least one for In and NotIn, none for Exists and DoesNotExist.",
        ko: "레이블 값 목록. In과 NotIn에는 하나 이상 있어야 하고, Exists와 DoesNotExist에는 없어야 한다.",
      },
      link: LABEL_SELECTORS,
    },
  } satisfies FieldCatalogue<LabelSelectorRequirement>,
  check: checkSelectorRequirement,
};

const labelSelectorSection: CatalogueSection = {
  name: "labelSelector",
  title: { en: "Label selector", ko: "레이블 셀렉터" },
  description: {
    en: "Selects objects by label: every matchLabels pair and every matchExpressions entry must hold.",
    ko: "레이블로 오브젝트를 고른다. matchLabels의 모든 쌍과 matchExpressions의 모든 식을 만족해야 한다.",
  },
  fields: {
    matchLabels: {
      type: "map",
      format: "label-map",
      description: {
        en: "Labels that must be present with these values.",
        ko: "이 값으로 붙어 있어야 하는 레이블.",
      },
      link: LABEL_SELECTORS,
    },
    matchExpressions: {
      type: "object[]",
      section: labelSelectorRequirementSection,
      description: { en: "Expressions over label keys.", ko: "레이블 키에 대한 식 목록." },
      link: LABEL_SELECTORS,
    },
  } satisfies FieldCatalogue<LabelSelector>,
};

/** The server's `validateDataSource` / `validateDataSourceRef` (without the alpha cross-namespace field). */
const dataSourceSection: CatalogueSection = {
  name: "volumeClaimDataSource",
  title: { en: "Claim data source", ko: "클레임 데이터 소스" },
  description: {
    en: "The object a new claim is filled from: `{ kind: PersistentVolumeClaim, name }` clones a claim, `{ apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name }` restores a snapshot.",
    ko: "새 클레임을 채울 원본 오브젝트. `{ kind: PersistentVolumeClaim, name }`은 클레임을 복제하고, `{ apiGroup: snapshot.storage.k8s.io, kind: VolumeSnapshot, name }`은 스냅샷을 복원한다.",
  },
  fields: {
    apiGroup: {
      type: "string",
      default: { value: "" },
      description: {
        en: "API group of the source; empty is the core group, where only PersistentVolumeClaim may be named.",
        ko: "원본의 API 그룹. 비어 있으면 코어 그룹이며, 이때는 PersistentVolumeClaim만 가리킬 수 있다.",
      },
      link: `${PV}/#volume-populators-and-data-sources`,
    },
    kind: {
      type: "string",
      required: true,
      description: { en: "Kind of the source object.", ko: "원본 오브젝트의 종류(kind)." },
      link: `${PV}/#volume-populators-and-data-sources`,
    },
    name: {
      type: "string",
      required: true,
      description: { en: "Name of the source object.", ko: "원본 오브젝트의 이름." },
      link: `${PV}/#volume-populators-and-data-sources`,
    },
  } satisfies FieldCatalogue<TypedObjectReference>,
  check: checkDataSource,
};

/**
 * The field catalogue of a volume claim template: descriptions, defaults and constraints of every
 * `VolumeClaimTemplate` field.
 */
export const volumeClaimTemplateFields = {
  name: {
    type: "string",
    required: true,
    format: "dns1123-label",
    immutable: true,
    description: {
      en: "Template name. Each pod gets a claim named `<name>-<statefulset>-<ordinal>`; containers mount it by this name.",
      ko: "템플릿 이름. 파드마다 `<name>-<statefulset>-<ordinal>` 이름의 클레임이 생기고, 컨테이너는 이 이름으로 마운트한다.",
    },
    link: `${STS}/#volume-claim-templates`,
  },
  accessModes: {
    type: "string[]",
    default: { value: ["ReadWriteOnce"] },
    immutable: true,
    description: {
      en: "How the volume may be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.",
      ko: "볼륨을 마운트하는 방식(ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod).",
    },
    link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#access-modes`,
  },
  storageClassName: {
    type: "string",
    format: "dns1123-subdomain",
    immutable: true,
    description: {
      en: "StorageClass to provision from. Unset, the cluster's default class is used.",
      ko: "볼륨을 프로비저닝할 스토리지클래스. 지정하지 않으면 클러스터의 기본 클래스를 쓴다(동적 프로비저닝).",
    },
    link: `${K8S_DOCS}/concepts/storage/storage-classes/`,
  },
  volumeMode: {
    type: "string",
    enum: ["Filesystem", "Block"],
    default: { value: "Filesystem" },
    immutable: true,
    description: {
      en: "`Filesystem` mounts a directory; `Block` hands the raw device to the container.",
      ko: "`Filesystem`은 디렉터리로 마운트하고 `Block`은 블록 장치를 그대로 컨테이너에 넘긴다.",
    },
    link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#volume-mode`,
  },
  resources: {
    type: "object",
    required: true,
    fields: {
      requests: {
        type: "object",
        required: true,
        fields: {
          storage: {
            type: "quantity",
            required: true,
            description: {
              en: "Size of each claim, e.g. `1Gi`. Growing it resizes existing claims when the StorageClass allows expansion.",
              ko: "클레임 하나의 크기(예: `1Gi`). 스토리지클래스가 확장을 허용하면 값을 늘려 기존 클레임의 크기를 키울 수 있다.",
            },
            link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#expanding-persistent-volumes-claims`,
          },
        },
        description: { en: "Requested resources: `storage`.", ko: "요청하는 자원(`storage`)." },
        link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#resources`,
      },
    },
    description: {
      en: "Storage requested for each claim: `{ requests: { storage: 1Gi } }`.",
      ko: "클레임마다 요청하는 저장 공간(`{ requests: { storage: 1Gi } }`).",
    },
    link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#resources`,
  },
  selector: {
    type: "object",
    immutable: true,
    section: labelSelectorSection,
    description: {
      en: "Bind each claim only to an existing PersistentVolume with matching labels, instead of provisioning a new one.",
      ko: "새 볼륨을 프로비저닝하지 않고 레이블이 맞는 기존 퍼시스턴트볼륨(PersistentVolume)에만 클레임을 바인딩한다.",
    },
    link: `${PV}/#selector`,
  },
  dataSource: {
    type: "object",
    immutable: true,
    section: dataSourceSection,
    description: {
      en: "Fill each new claim from an existing claim (clone) or a VolumeSnapshot (restore).",
      ko: "새 클레임을 기존 클레임(복제)이나 볼륨스냅샷(VolumeSnapshot, 복원)으로 채운다.",
    },
    rules: [
      {
        en: "Without apiGroup, kind must be PersistentVolumeClaim. With dataSourceRef, both must name the same object.",
        ko: "apiGroup이 없으면 kind는 PersistentVolumeClaim이어야 한다. dataSourceRef와 함께 쓰면 둘이 같은 오브젝트를 가리켜야 한다.",
      },
    ],
    link: `${PV}/#volume-populators-and-data-sources`,
  },
  dataSourceRef: {
    type: "object",
    immutable: true,
    section: dataSourceSection,
    description: {
      en: "Fill each new claim from any object a volume populator understands; the general form of dataSource.",
      ko: "볼륨 파퓰레이터(volume populator)가 다루는 오브젝트로 새 클레임을 채운다. dataSource를 일반화한 필드다.",
    },
    rules: [
      {
        en: "Without apiGroup, kind must be PersistentVolumeClaim.",
        ko: "apiGroup이 없으면 kind는 PersistentVolumeClaim이어야 한다.",
      },
    ],
    link: `${PV}/#data-source-references`,
  },
  volumeAttributesClassName: {
    type: "string",
    format: "dns1123-subdomain",
    since: "1.34",
    ga: "1.34",
    description: {
      en: "VolumeAttributesClass of each claim (IOPS, throughput and other attributes the CSI driver can change later).",
      ko: "클레임마다 적용할 볼륨어트리뷰트클래스(VolumeAttributesClass). CSI 드라이버가 나중에 바꿀 수 있는 IOPS, 처리량 같은 속성을 정한다.",
    },
    link: `${K8S_DOCS}/concepts/storage/volume-attributes-classes/`,
  },
  labels: {
    type: "map",
    format: "label-map",
    description: { en: "Labels on each claim.", ko: "클레임마다 붙는 레이블." },
    link: `${K8S_DOCS}/concepts/overview/working-with-objects/labels/`,
  },
  annotations: {
    type: "map",
    format: "annotation-map",
    description: { en: "Annotations on each claim.", ko: "클레임마다 붙는 어노테이션." },
    link: `${K8S_DOCS}/concepts/overview/working-with-objects/annotations/`,
  },
} as const satisfies FieldCatalogue<VolumeClaimTemplate>;

/** The field catalogue of the StatefulSet's own fields (`StatefulSetFields`). */
export const statefulSetFields = {
  replicas: {
    type: "integer",
    minimum: 0,
    default: { value: 1 },
    description: {
      en: "How many pods to run, named `<name>-0`, `<name>-1`, ...",
      ko: "실행할 파드 수. 파드 이름은 `<name>-0`, `<name>-1`, ... 순서다.",
    },
    link: `${STS}/#scaling`,
  },
  serviceName: {
    type: "string",
    format: "dns1123-label",
    immutable: true,
    default: { derived: { en: "The StatefulSet's name.", ko: "스테이트풀셋의 이름이다." } },
    description: {
      en: "Headless Service that gives each pod the DNS name `<pod>.<serviceName>.<namespace>.svc`.",
      ko: "각 파드에 `<pod>.<serviceName>.<namespace>.svc` DNS 이름을 주는 헤드리스(Headless) 서비스.",
    },
    link: `${STS}/#stable-network-id`,
  },
  headlessService: {
    type: "boolean",
    default: { value: true },
    description: {
      en: "podworks option: create the headless Service (`clusterIP: None`) named serviceName, with the containers' ports. Set false when you manage the Service yourself.",
      ko: "podworks 옵션. serviceName 이름으로 컨테이너 포트를 담은 헤드리스 서비스(`clusterIP: None`)를 만든다. 서비스를 직접 관리한다면 false로 둔다.",
    },
    link: `${K8S_DOCS}/concepts/services-networking/service/#headless-services`,
  },
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
      en: "Labels that select the StatefulSet's pods (matchLabels).",
      ko: "스테이트풀셋의 파드를 고르는 레이블(matchLabels). 파드 셀렉터라고 한다.",
    },
    rules: [
      {
        en: "Every selector label must be among the pods' labels.",
        ko: "셀렉터의 레이블은 모두 파드 레이블에 있어야 한다.",
      },
    ],
    link: `${K8S_DOCS}/concepts/overview/working-with-objects/labels/#label-selectors`,
  },
  podManagementPolicy: {
    type: "string",
    enum: ["OrderedReady", "Parallel"],
    default: { value: "OrderedReady" },
    immutable: true,
    description: {
      en: "`OrderedReady` starts pods one by one in ordinal order and stops them in reverse; `Parallel` starts and stops them all at once.",
      ko: "`OrderedReady`는 순번대로 하나씩 시작하고 역순으로 멈추며, `Parallel`은 한꺼번에 시작하고 멈춘다(파드 관리 정책).",
    },
    link: `${STS}/#pod-management-policies`,
  },
  updateStrategy: {
    type: "object",
    default: { value: { type: "RollingUpdate", rollingUpdate: { partition: 0 } } },
    fields: {
      type: {
        type: "string",
        enum: ["RollingUpdate", "OnDelete"],
        default: { value: "RollingUpdate" },
        description: {
          en: "`RollingUpdate` replaces pods from the highest ordinal down; `OnDelete` waits until you delete a pod.",
          ko: "`RollingUpdate`는 가장 높은 순번부터 파드를 바꾸고, `OnDelete`는 사용자가 파드를 지울 때까지 기다린다.",
        },
        link: `${STS}/#update-strategies`,
      },
      rollingUpdate: {
        type: "object",
        fields: {
          partition: {
            type: "integer",
            minimum: 0,
            default: { value: 0 },
            description: {
              en: "Only pods with an ordinal at or above the partition are updated (staged rollouts).",
              ko: "순번이 partition 이상인 파드만 업데이트한다(단계적 롤아웃).",
            },
            link: `${STS}/#partitions`,
          },
          maxUnavailable: {
            type: "int-or-percent",
            default: { value: 1 },
            since: "1.35",
            availability: {
              on: [{ from: "1.35.0", to: "1.35.3" }],
              note: {
                en: "its feature gate MaxUnavailableStatefulSet is on by default only in 1.35.0 to 1.35.3 (off again from 1.35.4 and in 1.36, planned on in 1.37); where it is off the API server silently drops the field and pods are updated one at a time",
                ko: "기능 게이트 MaxUnavailableStatefulSet은 1.35.0부터 1.35.3까지만 기본으로 켜져 있다(1.35.4와 1.36에서 다시 꺼졌고 1.37에서 켜질 예정이다). 꺼진 클러스터에서는 API 서버가 이 필드를 조용히 버리고 파드를 하나씩 업데이트한다",
              },
            },
            description: {
              en: "How many pods may be unavailable during a rolling update (a number of at least 1, or a percentage of replicas rounded up).",
              ko: "롤링 업데이트 중 사용할 수 없어도 되는 파드 수(1 이상의 숫자나, 올림하는 레플리카 백분율).",
            },
            rules: [
              {
                en: "Not 0 or 0%; at most 100%. Only where the MaxUnavailableStatefulSet gate is on.",
                ko: "0이나 0%는 안 되고 100% 이하다. MaxUnavailableStatefulSet 게이트가 켜진 곳에서만 쓸 수 있다.",
              },
            ],
            link: `${STS}/#maximum-unavailable-pods`,
          },
        },
        description: { en: "Limits of a rolling update.", ko: "롤링 업데이트의 한도." },
        link: `${STS}/#rolling-updates`,
      },
    },
    description: {
      en: "How pods are replaced when the template changes.",
      ko: "템플릿이 바뀌었을 때 파드를 바꾸는 방법(업데이트 전략).",
    },
    link: `${STS}/#update-strategies`,
  },
  volumeClaimTemplates: {
    type: "object[]",
    items: "volumeClaimTemplate",
    immutable: true,
    description: {
      en: "One PersistentVolumeClaim per pod and template, created on first use and kept across restarts and rescheduling.",
      ko: "파드와 템플릿마다 하나씩 만드는 퍼시스턴트볼륨클레임(PersistentVolumeClaim). 처음 쓸 때 만들어지고 재시작이나 재배치 뒤에도 유지된다(볼륨 클레임 템플릿).",
    },
    rules: [
      {
        en: "Names are unique and do not clash with the pod's volumes. Immutable: a change replaces the StatefulSet.",
        ko: "이름은 고유해야 하고 파드의 볼륨 이름과 겹치면 안 된다. 바꿀 수 없으므로 바꾸면 스테이트풀셋을 새로 만든다.",
      },
    ],
    link: `${STS}/#volume-claim-templates`,
  },
  persistentVolumeClaimRetentionPolicy: {
    type: "object",
    since: "1.27",
    ga: "1.32",
    default: { value: { whenDeleted: "Retain", whenScaled: "Retain" } },
    fields: {
      whenDeleted: {
        type: "string",
        enum: RETENTION,
        default: { value: "Retain" },
        description: {
          en: "What happens to the claims when the StatefulSet is deleted.",
          ko: "스테이트풀셋을 지울 때 클레임을 어떻게 할지 정한다.",
        },
        link: `${STS}/#persistentvolumeclaim-retention`,
      },
      whenScaled: {
        type: "string",
        enum: RETENTION,
        default: { value: "Retain" },
        description: {
          en: "What happens to the claims of the removed pods when the StatefulSet is scaled down.",
          ko: "스테이트풀셋을 축소할 때 사라지는 파드의 클레임을 어떻게 할지 정한다.",
        },
        link: `${STS}/#persistentvolumeclaim-retention`,
      },
    },
    description: {
      en: "Whether the claims are kept (`Retain`) or deleted (`Delete`) on delete and on scale-down. podworks always writes it, Retain/Retain unless you set Delete and acknowledgePvcDeletion.",
      ko: "스테이트풀셋을 지우거나 축소할 때 클레임을 남길지(`Retain`) 지울지(`Delete`) 정하는 유보 정책. podworks는 항상 이 값을 적으며, Delete와 acknowledgePvcDeletion을 함께 지정하지 않는 한 Retain/Retain이다.",
    },
    rules: [
      {
        en: "`Delete` needs acknowledgePvcDeletion: true.",
        ko: "`Delete`를 쓰려면 acknowledgePvcDeletion: true가 있어야 한다.",
      },
    ],
    link: `${STS}/#persistentvolumeclaim-retention`,
  },
  acknowledgePvcDeletion: {
    type: "boolean",
    default: { value: false },
    description: {
      en: "podworks option: set true to accept that a `Delete` retention policy lets Kubernetes delete the claims and their data.",
      ko: "podworks 옵션. `Delete` 유보 정책 때문에 쿠버네티스가 클레임과 그 데이터를 지운다는 사실을 받아들일 때 true로 둔다.",
    },
    link: `${STS}/#persistentvolumeclaim-retention`,
  },
  minReadySeconds: {
    type: "integer",
    minimum: 0,
    default: { value: 0 },
    description: {
      en: "Seconds a new pod must be ready before it counts as available.",
      ko: "새 파드가 사용 가능으로 인정되기까지 준비 상태를 유지해야 하는 시간(초). 최소 준비 시간 초라고 한다.",
    },
    link: `${STS}/#minimum-ready-seconds`,
  },
  revisionHistoryLimit: {
    type: "integer",
    minimum: 0,
    default: { value: 10 },
    description: {
      en: "How many old revisions to keep for rollback.",
      ko: "롤백을 위해 남겨 둘 이전 리비전 수.",
    },
    link: STS_API,
  },
  ordinals: {
    type: "object",
    since: "1.27",
    ga: "1.31",
    fields: {
      start: {
        type: "integer",
        minimum: 0,
        default: { value: 0 },
        description: { en: "The first ordinal.", ko: "첫 순번." },
        link: `${STS}/#start-ordinal`,
      },
    },
    description: {
      en: "Where pod numbering starts: `{ start: 1 }` names the pods `<name>-1`, `<name>-2`, ...",
      ko: "파드 번호의 시작점. `{ start: 1 }`이면 파드 이름이 `<name>-1`, `<name>-2`, ... 가 된다.",
    },
    link: `${STS}/#start-ordinal`,
  },
} as const satisfies FieldCatalogue<StatefulSetFields>;

type Raw = Record<string, unknown>;

const MAX_LABEL = 63;

/** Names of the volume claim templates (for mount checks); the walker checks each template's own fields. */
export function templateNames(spec: Raw): Set<string> {
  const names = new Set<string>();
  if (!Array.isArray(spec.volumeClaimTemplates)) return names;
  for (const template of spec.volumeClaimTemplates) {
    if (isRecord(template) && typeof template.name === "string") names.add(template.name);
  }
  return names;
}

export function checkStatefulSet(checker: Checker, spec: Raw): void {
  checkSelector(checker, spec);
  const rollingUpdate = checkStrategyShape(checker, "updateStrategy", spec.updateStrategy);
  if (rollingUpdate) checkMaxUnavailable(checker, at("updateStrategy", "rollingUpdate"), rollingUpdate);
  checkTemplates(checker, spec);
  checkRetention(checker, spec);
  checkNameLength(checker, spec);
  checkServicePorts(checker, spec);
}

function checkTemplates(checker: Checker, spec: Raw): void {
  if (!Array.isArray(spec.volumeClaimTemplates)) return;
  const seen = new Set<string>();
  spec.volumeClaimTemplates.forEach((template, index) => {
    if (!isRecord(template)) return;
    const path = at("volumeClaimTemplates", index);
    if (typeof template.name === "string") {
      if (seen.has(template.name)) {
        checker.report(
          at(path, "name"),
          template.name,
          "statefulset.duplicate-template",
          {
            en: `volumeClaimTemplate name "${template.name}" is used twice`,
            ko: `"${template.name}"라는 볼륨 클레임 템플릿 이름이 두 번 쓰였다`,
          },
          { en: "give each template its own name", ko: "템플릿마다 다른 이름을 붙인다" },
        );
      }
      seen.add(template.name);
    }
    checkClaimSpec(checker, path, template);
    if (Array.isArray(template.accessModes)) {
      template.accessModes.forEach((mode, i) => {
        if (!ACCESS_MODES.includes(mode as string)) {
          checker.report(
            at(at(path, "accessModes"), i),
            mode,
            "enum",
            {
              en: "must be one of ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod",
              ko: "ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod 중 하나여야 한다",
            },
            {
              en: "use ReadWriteOnce for a disk per pod",
              ko: "파드마다 디스크 하나를 쓰려면 ReadWriteOnce를 쓴다",
            },
          );
        }
      });
    }
  });
}

/** The data a `Delete` policy would remove, said concretely for the error message. */
function checkRetention(checker: Checker, spec: Raw): void {
  const policy = spec.persistentVolumeClaimRetentionPolicy;
  if (!isRecord(policy) || spec.acknowledgePvcDeletion === true) return;
  const name = typeof spec.name === "string" ? spec.name : "<name>";
  const templates = [...templateNames(spec)];
  const claims = templates.length
    ? templates.map((t) => `${t}-${name}-<ordinal>`).join(", ")
    : `<template>-${name}-<ordinal>`;
  if (policy.whenDeleted === "Delete") {
    checker.report(
      "persistentVolumeClaimRetentionPolicy.whenDeleted",
      "Delete",
      "statefulset.retention-unacknowledged",
      {
        en: `whenDeleted: Delete deletes every pod's claims (${claims}) and their data when the StatefulSet is deleted`,
        ko: `whenDeleted: Delete이면 스테이트풀셋을 지울 때 모든 파드의 클레임(${claims})과 데이터가 함께 지워진다`,
      },
      {
        en: "keep Retain (the default), or set acknowledgePvcDeletion: true if losing that data is intended",
        ko: "Retain(기본값)을 유지하거나, 데이터 삭제가 의도한 것이라면 acknowledgePvcDeletion: true를 지정한다",
      },
    );
  }
  if (policy.whenScaled === "Delete") {
    checker.report(
      "persistentVolumeClaimRetentionPolicy.whenScaled",
      "Delete",
      "statefulset.retention-unacknowledged",
      {
        en: `whenScaled: Delete deletes the claims (${claims}) of the pods removed by a scale-down, with their data, at the moment replicas is lowered`,
        ko: `whenScaled: Delete이면 replicas를 줄이는 순간 축소로 사라지는 파드의 클레임(${claims})과 데이터가 지워진다`,
      },
      {
        en: "keep Retain (the default), or set acknowledgePvcDeletion: true if losing that data is intended",
        ko: "Retain(기본값)을 유지하거나, 데이터 삭제가 의도한 것이라면 acknowledgePvcDeletion: true를 지정한다",
      },
    );
  }
}

/**
 * The controller labels every pod `controller-revision-hash: <name>-<hash>`, the hash usually 10 characters, and
 * a label value has at most 63: a longer name is accepted by the API server, but no pod is ever created
 * (kubernetes/kubernetes#64023). 52 characters also leave room for `<name>-<ordinal>` with any int32 ordinal.
 */
export const MAX_STATEFULSET_NAME = MAX_LABEL - 1 - 10;

function checkNameLength(checker: Checker, spec: Raw): void {
  if (typeof spec.name !== "string" || spec.name.length <= MAX_STATEFULSET_NAME) return;
  checker.report(
    "name",
    spec.name,
    "statefulset.name-length",
    {
      en: `a StatefulSet name may have at most ${MAX_STATEFULSET_NAME} characters; this one has ${spec.name.length}. Its pods carry the label controller-revision-hash: <name>-<hash>, a hash of up to 10 characters, and a label value must fit in ${MAX_LABEL}, so the API server would accept the StatefulSet but no pod would ever be created`,
      ko: `스테이트풀셋 이름은 최대 ${MAX_STATEFULSET_NAME}자인데 이 이름은 ${spec.name.length}자다. 파드에는 controller-revision-hash: <이름>-<해시> 레이블이 붙는데 해시는 최대 10자이고 레이블 값은 ${MAX_LABEL}자를 넘을 수 없으므로, API 서버는 스테이트풀셋을 받아들이지만 파드는 하나도 만들어지지 않는다`,
    },
    {
      en: `shorten the name to ${MAX_STATEFULSET_NAME} characters or fewer`,
      ko: `이름을 ${MAX_STATEFULSET_NAME}자 이하로 줄인다`,
    },
  );
}

/** The server's `validateRollingUpdateStatefulSet`: maxUnavailable is positive and at most 100%. */
function checkMaxUnavailable(checker: Checker, path: string, rollingUpdate: Raw): void {
  const value = rollingUpdate.maxUnavailable;
  if (typeof value !== "number" && typeof value !== "string") return;
  checkRollingUpdate(checker, path, { maxUnavailable: value }, false);
  if (isZeroIntOrPercent(value)) {
    checker.report(
      at(path, "maxUnavailable"),
      value,
      "statefulset.max-unavailable",
      {
        en: "maxUnavailable cannot be 0: the update could never replace a pod",
        ko: "maxUnavailable은 0일 수 없다. 0이면 업데이트가 파드를 하나도 바꿀 수 없다",
      },
      {
        en: 'use 1 (the default) or more, or a percentage such as "25%"',
        ko: '1(기본값) 이상이나 "25%" 같은 백분율을 쓴다',
      },
    );
  }
}

/** The rules of `ValidatePersistentVolumeClaimSpec` that the walker's field checks do not cover. */
function checkClaimSpec(checker: Checker, path: string, template: Raw): void {
  const modes = template.accessModes;
  if (Array.isArray(modes)) {
    if (modes.length === 0) {
      checker.report(
        at(path, "accessModes"),
        modes,
        "statefulset.access-modes",
        {
          en: "needs at least one access mode",
          ko: "접근 모드(access mode)가 하나 이상 있어야 한다",
        },
        {
          en: "list a mode, e.g. [ReadWriteOnce], or remove accessModes for the default",
          ko: "[ReadWriteOnce]처럼 모드를 적거나, 기본값을 쓰려면 accessModes를 지운다",
        },
      );
    }
    if (
      modes.includes("ReadWriteOncePod") &&
      modes.some((m) => m !== "ReadWriteOncePod" && ACCESS_MODES.includes(m))
    ) {
      checker.report(
        at(path, "accessModes"),
        modes,
        "statefulset.access-mode-exclusive",
        {
          en: "ReadWriteOncePod cannot be combined with other access modes",
          ko: "ReadWriteOncePod는 다른 접근 모드와 함께 쓸 수 없다",
        },
        {
          en: "keep only ReadWriteOncePod, or drop it",
          ko: "ReadWriteOncePod만 남기거나 ReadWriteOncePod를 뺀다",
        },
      );
    }
  }
  const resources = template.resources;
  const requests = isRecord(resources) ? resources.requests : undefined;
  const storage = isRecord(requests) ? requests.storage : undefined;
  if (typeof storage === "string" || typeof storage === "number") {
    const quantity = parseQuantity(storage);
    if (quantity && quantity.mantissa === 0n) {
      checker.report(
        at(at(at(path, "resources"), "requests"), "storage"),
        storage,
        "statefulset.storage-positive",
        { en: "the requested storage must be greater than zero", ko: "요청하는 저장 공간은 0보다 커야 한다" },
        { en: 'request a size such as "1Gi"', ko: '"1Gi" 같은 크기를 요청한다' },
      );
    }
  }
  const source = template.dataSource;
  const ref = template.dataSourceRef;
  if (isRecord(source) && isRecord(ref)) {
    const same =
      (source.apiGroup ?? undefined) === (ref.apiGroup ?? undefined) &&
      source.kind === ref.kind &&
      source.name === ref.name;
    if (!same) {
      checker.report(
        at(path, "dataSource"),
        source,
        "statefulset.data-source-mismatch",
        {
          en: "dataSource and dataSourceRef name different objects; when both are set they must match",
          ko: "dataSource와 dataSourceRef가 서로 다른 오브젝트를 가리킨다. 둘 다 지정하면 같아야 한다",
        },
        {
          en: "keep only dataSourceRef (it covers dataSource), or make both identical",
          ko: "dataSourceRef만 남기거나(dataSource를 포함한다) 둘을 똑같이 맞춘다",
        },
      );
    }
  }
}

function checkDataSource(checker: Checker, path: string, value: Record<string, unknown>): void {
  for (const key of ["kind", "name"] as const) {
    if (value[key] === "") {
      checker.report(
        at(path, key),
        "",
        "required",
        { en: `${key} may not be empty`, ko: `${key}는 비어 있으면 안 된다` },
        { en: `set ${key}`, ko: `${key}를 지정한다` },
      );
    }
  }
  const apiGroup = typeof value.apiGroup === "string" ? value.apiGroup : "";
  if (
    apiGroup === "" &&
    typeof value.kind === "string" &&
    value.kind !== "" &&
    value.kind !== "PersistentVolumeClaim"
  ) {
    checker.report(
      at(path, "kind"),
      value.kind,
      "statefulset.data-source-kind",
      {
        en: `without apiGroup, kind must be PersistentVolumeClaim, not ${value.kind}`,
        ko: `apiGroup이 없으면 kind는 PersistentVolumeClaim이어야 하는데 ${value.kind}이다`,
      },
      {
        en: `set apiGroup for ${value.kind} (e.g. snapshot.storage.k8s.io for VolumeSnapshot)`,
        ko: `${value.kind}의 apiGroup을 지정한다(예: VolumeSnapshot이면 snapshot.storage.k8s.io)`,
      },
    );
  }
  if (apiGroup !== "") {
    const problem = checkDns1123Subdomain(apiGroup);
    if (problem) checker.report(at(path, "apiGroup"), apiGroup, problem.rule, problem.message, problem.fix);
  }
}

/** The server's `ValidateLabelSelectorRequirement`. */
function checkSelectorRequirement(checker: Checker, path: string, value: Record<string, unknown>): void {
  if (typeof value.key === "string") {
    const problem = checkLabelKey(value.key);
    if (problem) checker.report(at(path, "key"), value.key, problem.rule, problem.message, problem.fix);
  }
  const values = Array.isArray(value.values) ? value.values : [];
  const operator = value.operator;
  if ((operator === "In" || operator === "NotIn") && values.length === 0) {
    checker.report(
      at(path, "values"),
      value.values,
      "selector.values-required",
      {
        en: `operator ${operator} needs at least one value`,
        ko: `operator가 ${operator}이면 값이 하나 이상 있어야 한다`,
      },
      { en: "list the label values to compare with", ko: "비교할 레이블 값을 나열한다" },
    );
  }
  if ((operator === "Exists" || operator === "DoesNotExist") && values.length > 0) {
    checker.report(
      at(path, "values"),
      value.values,
      "selector.values-forbidden",
      {
        en: `operator ${operator} takes no values`,
        ko: `operator가 ${operator}이면 값을 쓸 수 없다`,
      },
      { en: "remove values, or use In / NotIn", ko: "values를 지우거나 In, NotIn을 쓴다" },
    );
  }
  values.forEach((item, index) => {
    if (typeof item !== "string") return;
    const problem = checkLabelValue(item);
    if (problem)
      checker.report(at(at(path, "values"), index), item, problem.rule, problem.message, problem.fix);
  });
}

/** A Service with several ports needs every port named. */
function checkServicePorts(checker: Checker, spec: Raw): void {
  if (spec.headlessService === false || !Array.isArray(spec.containers)) return;
  const containers = spec.containers;
  let count = 0;
  for (const c of containers) {
    if (!isRecord(c) || !Array.isArray(c.ports)) continue;
    // Holes of a sparse list are not ports (flatMap skipped them here before).
    for (let pi = 0; pi < c.ports.length; pi++) if (pi in c.ports) count++;
  }
  if (count < 2) return;
  for (let ci = 0; ci < containers.length; ci++) {
    const c = containers[ci];
    if (!isRecord(c) || !Array.isArray(c.ports)) continue;
    for (let pi = 0; pi < c.ports.length; pi++) {
      const p = c.ports[pi];
      if (!isRecord(p) || (typeof p.name === "string" && p.name !== "")) continue;
      checker.report(
        at(at(at(at("containers", ci), "ports"), pi), "name"),
        undefined,
        "statefulset.service-port-name",
        {
          en: "the headless Service gets several ports, so each needs a name",
          ko: "헤드리스 서비스에 포트가 여러 개 들어가므로 포트마다 이름이 있어야 한다",
        },
        { en: 'name the port, e.g. "http"', ko: '포트에 이름을 붙인다(예: "http")' },
      );
    }
  }
}

/** The claim names the pods will get: `<template>-<statefulset>-<ordinal>`, for the given replica count. */
export function claimNames(spec: StatefulSetSpec, replicas = spec.replicas ?? 1): string[] {
  const start = spec.ordinals?.start ?? 0;
  const names: string[] = [];
  for (const template of spec.volumeClaimTemplates ?? []) {
    for (let i = start; i < start + replicas; i++) names.push(`${template.name}-${spec.name}-${i}`);
  }
  return names;
}

/** The name of the StatefulSet's governing Service: `serviceName`, or the StatefulSet's own name when unset. */
export function serviceNameOf(spec: StatefulSetSpec): string {
  return spec.serviceName ?? spec.name;
}

export function renderHeadlessService(spec: StatefulSetSpec): Service {
  const ports = spec.containers.flatMap((container) =>
    (container.ports ?? []).map((port) => {
      const out: Record<string, unknown> = {};
      if (port.name) out.name = port.name;
      out.port = port.containerPort;
      out.targetPort = port.name ?? port.containerPort;
      out.protocol = port.protocol ?? "TCP";
      return out;
    }),
  );
  const service: Record<string, unknown> = { clusterIP: "None", selector: { ...selectorOf(spec) } };
  if (ports.length) service.ports = ports;
  return {
    apiVersion: "v1",
    kind: "Service",
    // renderMetadata reads the name, namespace and annotations; the Service is named after serviceName.
    metadata: renderMetadata(
      { name: serviceNameOf(spec), namespace: spec.namespace, annotations: spec.annotations },
      objectLabelsOf(spec),
    ),
    spec: service as Service["spec"],
  };
}

function renderSelector(selector: LabelSelector): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (selector.matchLabels !== undefined) out.matchLabels = { ...selector.matchLabels };
  if (selector.matchExpressions !== undefined) {
    out.matchExpressions = selector.matchExpressions.map((e) =>
      e.values === undefined ? { key: e.key, operator: e.operator } : { ...e, values: [...e.values] },
    );
  }
  return out;
}

/** partition always; maxUnavailable only when set, since clusters without its gate drop it. */
function renderRollingUpdate(
  rollingUpdate: NonNullable<StatefulSetFields["updateStrategy"]>["rollingUpdate"],
): Record<string, unknown> {
  const out: Record<string, unknown> = { partition: rollingUpdate?.partition ?? 0 };
  if (rollingUpdate?.maxUnavailable !== undefined) out.maxUnavailable = rollingUpdate.maxUnavailable;
  return out;
}

export function renderStatefulSet(spec: StatefulSetSpec): K8sStatefulSet {
  const selector = selectorOf(spec);
  const type = spec.updateStrategy?.type ?? "RollingUpdate";
  const out: Record<string, unknown> = {
    replicas: spec.replicas ?? statefulSetFields.replicas.default.value,
    serviceName: serviceNameOf(spec),
    selector: { matchLabels: { ...selector } },
    template: renderPodTemplate(spec, "Always", selector),
    podManagementPolicy: spec.podManagementPolicy ?? statefulSetFields.podManagementPolicy.default.value,
    updateStrategy:
      type === "RollingUpdate"
        ? { type, rollingUpdate: renderRollingUpdate(spec.updateStrategy?.rollingUpdate) }
        : { type },
  };
  if (spec.volumeClaimTemplates?.length) {
    out.volumeClaimTemplates = spec.volumeClaimTemplates.map((t) => {
      const metadata: Record<string, unknown> = { name: t.name };
      if (t.labels) metadata.labels = { ...t.labels };
      if (t.annotations) metadata.annotations = { ...t.annotations };
      const claim: Record<string, unknown> = {
        accessModes: [...(t.accessModes ?? ["ReadWriteOnce"])],
      };
      if (t.storageClassName !== undefined) claim.storageClassName = t.storageClassName;
      claim.volumeMode = t.volumeMode ?? "Filesystem";
      claim.resources = { requests: { storage: t.resources.requests.storage } };
      if (t.selector !== undefined) claim.selector = renderSelector(t.selector);
      if (t.dataSource !== undefined) claim.dataSource = { ...t.dataSource };
      if (t.dataSourceRef !== undefined) claim.dataSourceRef = { ...t.dataSourceRef };
      if (t.volumeAttributesClassName !== undefined)
        claim.volumeAttributesClassName = t.volumeAttributesClassName;
      return { metadata, spec: claim };
    });
  }
  out.persistentVolumeClaimRetentionPolicy = {
    whenDeleted: spec.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? "Retain",
    whenScaled: spec.persistentVolumeClaimRetentionPolicy?.whenScaled ?? "Retain",
  };
  out.minReadySeconds = spec.minReadySeconds ?? 0;
  out.revisionHistoryLimit =
    spec.revisionHistoryLimit ?? statefulSetFields.revisionHistoryLimit.default.value;
  if (spec.ordinals?.start !== undefined) out.ordinals = { start: spec.ordinals.start };
  return {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: renderMetadata(spec, objectLabelsOf(spec)),
    spec: out as unknown as K8sStatefulSetSpec,
  };
}
