/** StatefulSet cases: the rolling update's maxUnavailable, the name limit, and the volume claim templates. */
import type { ValidationCase } from "./case.js";

const APPS = "pkg/apis/apps/validation/validation.go";

const claim = (extra: Record<string, unknown>) => ({
  volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "1Gi" } }, ...extra }],
});

export const CASES: readonly ValidationCase[] = [
  {
    name: "maxUnavailable 2 on 1.35.2",
    source: `${APPS} validateRollingUpdateStatefulSet (gate MaxUnavailableStatefulSet on in 1.35.0-1.35.3)`,
    kind: "StatefulSet",
    kubernetesVersion: "1.35.2",
    spec: { updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 2 } } },
  },
  {
    name: "maxUnavailable 50% on 1.35.0",
    source: `${APPS} validateRollingUpdateStatefulSet`,
    kind: "StatefulSet",
    kubernetesVersion: "1.35.0",
    spec: { updateStrategy: { rollingUpdate: { maxUnavailable: "50%" } } },
  },
  {
    name: "maxUnavailable on 1.36, where its gate is off",
    source: "podworks",
    kind: "StatefulSet",
    kubernetesVersion: "1.36",
    spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } },
    rejects: { path: "updateStrategy.rollingUpdate.maxUnavailable", rule: "since" },
    policy: {
      en: "With the MaxUnavailableStatefulSet gate off (1.35.4 and later, 1.36) the API server silently drops maxUnavailable and updates one pod at a time; podworks refuses the field instead of letting it vanish.",
      ko: "MaxUnavailableStatefulSet 게이트가 꺼진 버전(1.35.4 이상, 1.36)에서는 API 서버가 maxUnavailable을 조용히 버리고 파드를 하나씩 업데이트한다. podworks는 필드가 사라지게 두지 않고 거부한다.",
    },
  },
  {
    name: "maxUnavailable on 1.35.4, where its gate is off again",
    source: "podworks",
    kind: "StatefulSet",
    kubernetesVersion: "1.35.4",
    spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } },
    rejects: { path: "updateStrategy.rollingUpdate.maxUnavailable", rule: "since" },
    policy: {
      en: "The gate is off by default again from 1.35.4, so the API server would silently drop the field.",
      ko: "1.35.4부터 게이트가 다시 기본으로 꺼지므로 API 서버가 이 필드를 조용히 버린다.",
    },
  },
  {
    name: "maxUnavailable 0",
    source: `${APPS} validateRollingUpdateStatefulSet (cannot be 0)`,
    kind: "StatefulSet",
    kubernetesVersion: "1.35.2",
    spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } },
    rejects: { path: "updateStrategy.rollingUpdate.maxUnavailable", rule: "statefulset.max-unavailable" },
  },
  {
    name: "maxUnavailable 0%",
    source: `${APPS} validateRollingUpdateStatefulSet (cannot be 0)`,
    kind: "StatefulSet",
    kubernetesVersion: "1.35.2",
    spec: { updateStrategy: { rollingUpdate: { maxUnavailable: "0%" } } },
    rejects: { path: "updateStrategy.rollingUpdate.maxUnavailable", rule: "statefulset.max-unavailable" },
  },
  {
    name: "maxUnavailable 101%",
    source: `${APPS} validateRollingUpdateStatefulSet (IsNotMoreThan100Percent)`,
    kind: "StatefulSet",
    kubernetesVersion: "1.35.2",
    spec: { updateStrategy: { rollingUpdate: { maxUnavailable: "101%" } } },
    rejects: { path: "updateStrategy.rollingUpdate.maxUnavailable", rule: "rollout.percent-range" },
  },
  {
    name: "name of 52 characters",
    source: "podworks",
    kind: "StatefulSet",
    spec: { name: "a".repeat(52) },
  },
  {
    name: "name of 53 characters",
    source: "podworks (kubernetes/kubernetes#64023: controller-revision-hash label too long)",
    kind: "StatefulSet",
    spec: { name: "a".repeat(53) },
    rejects: { path: "name", rule: "statefulset.name-length" },
    policy: {
      en: "The API server accepts the name, but the controller-revision-hash label <name>-<hash> exceeds 63 characters and no pod is ever created.",
      ko: "API 서버는 이 이름을 받아들이지만 controller-revision-hash 레이블 <이름>-<해시>가 63자를 넘어 파드가 하나도 만들어지지 않는다.",
    },
  },
  {
    name: "claim with a label selector",
    source:
      "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (selector: ValidateLabelSelector)",
    kind: "StatefulSet",
    spec: claim({
      selector: {
        matchLabels: { tier: "fast" },
        matchExpressions: [{ key: "zone", operator: "In", values: ["a", "b"] }],
      },
    }),
  },
  {
    name: "claim selector with In and no values",
    source:
      "staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelectorRequirement",
    kind: "StatefulSet",
    spec: claim({ selector: { matchExpressions: [{ key: "zone", operator: "In", values: [] }] } }),
    rejects: {
      path: "volumeClaimTemplates[0].selector.matchExpressions[0].values",
      rule: "selector.values-required",
    },
  },
  {
    name: "claim selector with Exists and values",
    source:
      "staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelectorRequirement",
    kind: "StatefulSet",
    spec: claim({ selector: { matchExpressions: [{ key: "zone", operator: "Exists", values: ["a"] }] } }),
    rejects: {
      path: "volumeClaimTemplates[0].selector.matchExpressions[0].values",
      rule: "selector.values-forbidden",
    },
  },
  {
    name: "claim selector with a bad operator",
    source:
      "staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelectorRequirement",
    kind: "StatefulSet",
    spec: claim({ selector: { matchExpressions: [{ key: "zone", operator: "Equals", values: ["a"] }] } }),
    rejects: { path: "volumeClaimTemplates[0].selector.matchExpressions[0].operator", rule: "enum" },
  },
  {
    name: "claim selector with a bad key",
    source:
      "staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go ValidateLabelSelectorRequirement",
    kind: "StatefulSet",
    spec: claim({ selector: { matchExpressions: [{ key: "bad key", operator: "Exists" }] } }),
    rejects: { path: "volumeClaimTemplates[0].selector.matchExpressions[0].key", rule: "format.label-key" },
  },
  {
    name: "claim cloned from a claim",
    source: "pkg/apis/core/validation/validation.go validateDataSource (core group PersistentVolumeClaim)",
    kind: "StatefulSet",
    spec: claim({ dataSource: { kind: "PersistentVolumeClaim", name: "seed" } }),
  },
  {
    name: "claim restored from a snapshot, dataSource and dataSourceRef alike",
    source:
      "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (dataSource equal to dataSourceRef)",
    kind: "StatefulSet",
    spec: claim({
      dataSource: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "snap" },
      dataSourceRef: { apiGroup: "snapshot.storage.k8s.io", kind: "VolumeSnapshot", name: "snap" },
    }),
  },
  {
    name: "dataSource of the core group that is not a claim",
    source:
      "pkg/apis/core/validation/validation.go validateDataSource (must be 'PersistentVolumeClaim' when referencing the default apiGroup)",
    kind: "StatefulSet",
    spec: claim({ dataSource: { kind: "VolumeSnapshot", name: "snap" } }),
    rejects: { path: "volumeClaimTemplates[0].dataSource.kind", rule: "statefulset.data-source-kind" },
  },
  {
    name: "dataSourceRef without a name",
    source: "pkg/apis/core/validation/validation.go validateDataSourceRef (name required)",
    kind: "StatefulSet",
    spec: claim({ dataSourceRef: { kind: "PersistentVolumeClaim" } }),
    rejects: { path: "volumeClaimTemplates[0].dataSourceRef.name", rule: "required" },
  },
  {
    name: "dataSourceRef with an invalid apiGroup",
    source: "pkg/apis/core/validation/validation.go validateDataSourceRef (apiGroup a DNS subdomain)",
    kind: "StatefulSet",
    spec: claim({ dataSourceRef: { apiGroup: "Bad_Group", kind: "Populator", name: "p" } }),
    rejects: { path: "volumeClaimTemplates[0].dataSourceRef.apiGroup", rule: "format.dns1123-subdomain" },
  },
  {
    name: "dataSource and dataSourceRef naming different objects",
    source:
      "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (must match dataSourceRef)",
    kind: "StatefulSet",
    spec: claim({
      dataSource: { kind: "PersistentVolumeClaim", name: "a" },
      dataSourceRef: { kind: "PersistentVolumeClaim", name: "b" },
    }),
    rejects: { path: "volumeClaimTemplates[0].dataSource", rule: "statefulset.data-source-mismatch" },
  },
  {
    name: "volumeAttributesClassName on 1.34",
    source:
      "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (volumeAttributesClassName, VolumeAttributesClass GA in 1.34)",
    kind: "StatefulSet",
    kubernetesVersion: "1.34",
    spec: claim({ volumeAttributesClassName: "gold" }),
  },
  {
    name: "volumeAttributesClassName on 1.33, where its gate is off by default",
    source: "podworks",
    kind: "StatefulSet",
    kubernetesVersion: "1.33",
    spec: claim({ volumeAttributesClassName: "gold" }),
    rejects: { path: "volumeClaimTemplates[0].volumeAttributesClassName", rule: "since" },
    policy: {
      en: "VolumeAttributesClass is beta but off by default before 1.34; the server would drop the field.",
      ko: "VolumeAttributesClass는 1.34 전에는 베타이지만 기본으로 꺼져 있어 서버가 이 필드를 버린다.",
    },
  },
  {
    name: "volumeAttributesClassName that is not a DNS subdomain",
    source: "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (ValidateClassName)",
    kind: "StatefulSet",
    spec: claim({ volumeAttributesClassName: "Gold_Class" }),
    rejects: { path: "volumeClaimTemplates[0].volumeAttributesClassName", rule: "format.dns1123-subdomain" },
  },
  {
    name: "ReadWriteOncePod alone",
    source: "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (supportedAccessModes)",
    kind: "StatefulSet",
    spec: claim({ accessModes: ["ReadWriteOncePod"] }),
  },
  {
    name: "ReadWriteOncePod with another mode",
    source:
      "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (may not use ReadWriteOncePod with other access modes)",
    kind: "StatefulSet",
    spec: claim({ accessModes: ["ReadWriteOncePod", "ReadWriteOnce"] }),
    rejects: { path: "volumeClaimTemplates[0].accessModes", rule: "statefulset.access-mode-exclusive" },
  },
  {
    name: "no access modes",
    source:
      "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (at least 1 access mode is required)",
    kind: "StatefulSet",
    spec: claim({ accessModes: [] }),
    rejects: { path: "volumeClaimTemplates[0].accessModes", rule: "statefulset.access-modes" },
  },
  {
    name: "zero storage",
    source:
      "pkg/apis/core/validation/validation.go ValidatePersistentVolumeClaimSpec (ValidatePositiveQuantityValue)",
    kind: "StatefulSet",
    spec: { volumeClaimTemplates: [{ name: "data", resources: { requests: { storage: "0" } } }] },
    rejects: {
      path: "volumeClaimTemplates[0].resources.requests.storage",
      rule: "statefulset.storage-positive",
    },
  },
];
