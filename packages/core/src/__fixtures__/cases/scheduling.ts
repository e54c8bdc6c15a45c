/**
 * Scheduling cases: tolerations, node and pod (anti-)affinity, topology spread constraints, scheduling and
 * readiness gates. Sources are kubernetes/kubernetes `pkg/apis/core/validation/validation_test.go` (v1.36.3).
 */
import type { ValidationCase } from "./case.js";

const GO = "pkg/apis/core/validation/validation_test.go";

const required = (terms: unknown) => ({
  affinity: {
    nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } },
  },
});
const expression = (e: Record<string, unknown>) => required([{ matchExpressions: [e] }]);
const hardPod = (term: Record<string, unknown>) => ({
  affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term] } },
});
const softAnti = (term: Record<string, unknown>, weight = 10) => ({
  affinity: {
    podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight, podAffinityTerm: term }] },
  },
});
const spread = (...constraints: Record<string, unknown>[]) => ({ topologySpreadConstraints: constraints });
const zone = { maxSkew: 1, topologyKey: "topology.kubernetes.io/zone", whenUnsatisfiable: "DoNotSchedule" };
const app = { matchLabels: { app: "batch" } };

const NODE_AFFINITY_PATH = "affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution";
const TERM0 = `${NODE_AFFINITY_PATH}.nodeSelectorTerms[0].matchExpressions[0]`;
const HARD0 = "affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]";
const SOFT_ANTI0 = "affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]";

const MERGE_POLICY = {
  en: "The server accepts the template, then merges `key in (pod's value)` into the selector of every pod it creates and rejects the pod because the key is tested twice; podworks rejects the template so the pods are not lost.",
  ko: "API 서버는 템플릿을 받아들이지만, 파드를 만들 때마다 `key in (파드의 값)`을 셀렉터에 합친 뒤 같은 키를 두 번 검사한다는 이유로 파드를 거부한다. 파드가 만들어지지 않는 일을 막기 위해 podworks는 템플릿 단계에서 거부한다.",
};

export const CASES: readonly ValidationCase[] = [
  // --- tolerations -----------------------------------------------------------------------------------------
  {
    name: "toleration Exists with an empty key tolerates everything",
    source: `${GO} TestValidatePod "empty key with Exists operator is OK for toleration, empty toleration key means match all taint keys."`,
    spec: { tolerations: [{ operator: "Exists", effect: "NoSchedule" }] },
  },
  {
    name: "toleration with an empty operator (Equal)",
    source: `${GO} TestValidatePod "empty operator is OK for toleration, defaults to Equal."`,
    spec: { tolerations: [{ key: "foo", operator: "", value: "bar", effect: "NoSchedule" }] },
  },
  {
    name: "toleration with an empty effect",
    source: `${GO} TestValidatePod "empty effect is OK for toleration, empty toleration effect means match all taint effects."`,
    spec: { tolerations: [{ key: "foo", operator: "Equal", value: "bar", effect: "" }] },
  },
  {
    name: "toleration with negative tolerationSeconds",
    source: `${GO} TestValidatePod "negative tolerationSeconds is OK for toleration."`,
    spec: {
      tolerations: [
        {
          key: "node.kubernetes.io/not-ready",
          operator: "Exists",
          effect: "NoExecute",
          tolerationSeconds: -2,
        },
      ],
    },
  },
  {
    name: "toleration with an invalid key",
    source: `${GO} TestValidatePod "invalid toleration key"`,
    spec: {
      tolerations: [{ key: "nospecialchars^=@", operator: "Equal", value: "bar", effect: "NoSchedule" }],
    },
    rejects: { path: "tolerations[0].key", rule: "format.label-key" },
  },
  {
    name: "toleration operator In",
    source: `${GO} TestValidatePod "invalid toleration operator"`,
    spec: { tolerations: [{ key: "foo", operator: "In", value: "bar", effect: "NoSchedule" }] },
    rejects: { path: "tolerations[0].operator", rule: "enum" },
  },
  {
    name: "toleration operator Bogus",
    source: "podworks",
    spec: { tolerations: [{ key: "foo", operator: "Bogus", effect: "NoSchedule" }] },
    rejects: { path: "tolerations[0].operator", rule: "enum" },
  },
  {
    name: "toleration operator Gt (TaintTolerationComparisonOperators is alpha, off)",
    source: `${GO} TestValidatePod "numeric operator Gt requires feature gate (gate disabled)"`,
    spec: {
      tolerations: [{ key: "node.kubernetes.io/sla", operator: "Gt", value: "950", effect: "NoSchedule" }],
    },
    rejects: { path: "tolerations[0].operator", rule: "enum" },
  },
  {
    name: "toleration Exists with a value",
    source: `${GO} TestValidatePod "value must be empty when \`operator\` is 'Exists'"`,
    spec: { tolerations: [{ key: "foo", operator: "Exists", value: "bar", effect: "NoSchedule" }] },
    rejects: { path: "tolerations[0].value", rule: "toleration.exists-value" },
  },
  {
    name: "toleration with an empty key and operator Equal",
    source: `${GO} TestValidatePod "operator must be 'Exists' when \`key\` is empty"`,
    spec: { tolerations: [{ operator: "Equal", value: "bar", effect: "NoSchedule" }] },
    rejects: { path: "tolerations[0].operator", rule: "toleration.empty-key" },
  },
  {
    name: "tolerationSeconds with effect NoSchedule",
    source: `${GO} TestValidatePod "effect must be 'NoExecute' when \`TolerationSeconds\` is set"`,
    spec: {
      tolerations: [
        {
          key: "node.kubernetes.io/not-ready",
          operator: "Exists",
          effect: "NoSchedule",
          tolerationSeconds: 20,
        },
      ],
    },
    rejects: { path: "tolerations[0].effect", rule: "toleration.seconds-effect" },
  },
  {
    name: "toleration effect Bogus",
    source: "podworks",
    spec: { tolerations: [{ key: "foo", operator: "Exists", effect: "NoScheduleNoAdmit" }] },
    rejects: { path: "tolerations[0].effect", rule: "enum" },
  },
  {
    name: "toleration value that is not a label value",
    source: "podworks",
    spec: { tolerations: [{ key: "foo", operator: "Equal", value: "a b", effect: "NoSchedule" }] },
    rejects: { path: "tolerations[0].value", rule: "format.label-value" },
  },

  // --- node affinity ---------------------------------------------------------------------------------------
  {
    name: "node affinity with In, Exists and Gt",
    source: `${GO} TestValidatePod "serialized node affinity requirements"`,
    spec: required([
      {
        matchExpressions: [
          { key: "key2", operator: "In", values: ["value1", "value2"] },
          { key: "key3", operator: "Exists" },
          { key: "cpus", operator: "Gt", values: ["4"] },
        ],
        matchFields: [{ key: "metadata.name", operator: "NotIn", values: ["host1"] }],
      },
    ]),
  },
  {
    name: "preferred node affinity with a weight of 10",
    source: `${GO} TestValidatePod "serialized node affinity requirements, II"`,
    spec: {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 10,
              preference: { matchExpressions: [{ key: "foo", operator: "In", values: ["bar"] }] },
            },
          ],
        },
      },
    },
  },
  {
    name: "preferred node affinity allows a value that is not a label value",
    source: `${GO} ValidatePreferredSchedulingTerms (invalid label values are allowed for preferred terms)`,
    spec: {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 1,
              preference: { matchExpressions: [{ key: "foo", operator: "In", values: ["a b"] }] },
            },
          ],
        },
      },
    },
  },
  {
    name: "node selector requirement without an operator",
    source: `${GO} TestValidatePod "invalid node selector requirement in node affinity, operator can't be null"`,
    spec: expression({ key: "key1" }),
    rejects: { path: `${TERM0}.operator`, rule: "required" },
  },
  {
    name: "node selector requirement with an invalid key",
    source: `${GO} TestValidatePod "invalid node selector requirement in node affinity, key is invalid"`,
    spec: expression({ key: "invalid key ___@#", operator: "Exists" }),
    rejects: { path: `${TERM0}.key`, rule: "format.label-key" },
  },
  {
    name: "node field selector with two values",
    source: `${GO} TestValidatePod "invalid node field selector requirement in node affinity, more values for field selector"`,
    spec: required([{ matchFields: [{ key: "metadata.name", operator: "In", values: ["host1", "host2"] }] }]),
    rejects: {
      path: `${NODE_AFFINITY_PATH}.nodeSelectorTerms[0].matchFields[0].values`,
      rule: "affinity.single-value",
    },
  },
  {
    name: "node field selector with operator Exists",
    source: `${GO} TestValidatePod "invalid node field selector requirement in node affinity, invalid operator"`,
    spec: required([{ matchFields: [{ key: "metadata.name", operator: "Exists" }] }]),
    rejects: { path: `${NODE_AFFINITY_PATH}.nodeSelectorTerms[0].matchFields[0].operator`, rule: "enum" },
  },
  {
    name: "node field selector with a key other than metadata.name",
    source: `${GO} TestValidatePod "invalid node field selector requirement in node affinity, invalid key"`,
    spec: required([{ matchFields: [{ key: "metadata.namespace", operator: "In", values: ["ns1"] }] }]),
    rejects: { path: `${NODE_AFFINITY_PATH}.nodeSelectorTerms[0].matchFields[0].key`, rule: "enum" },
  },
  {
    name: "preferred node affinity with weight 199",
    source: `${GO} TestValidatePod "invalid preferredSchedulingTerm in node affinity, weight should be in range 1-100"`,
    spec: {
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 199,
              preference: { matchExpressions: [{ key: "foo", operator: "In", values: ["bar"] }] },
            },
          ],
        },
      },
    },
    rejects: {
      path: "affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight",
      rule: "maximum",
    },
  },
  {
    name: "required node affinity with no terms",
    source: `${GO} TestValidatePod "invalid requiredDuringSchedulingIgnoredDuringExecution node selector, nodeSelectorTerms must have at least one term"`,
    spec: required([]),
    rejects: { path: `${NODE_AFFINITY_PATH}.nodeSelectorTerms`, rule: "affinity.no-terms" },
  },
  {
    name: "node selector requirement In without values",
    source: `${GO} ValidateNodeSelectorRequirement "must be specified when \`operator\` is 'In' or 'NotIn'"`,
    spec: expression({ key: "disktype", operator: "In" }),
    rejects: { path: `${TERM0}.values`, rule: "selector.values-required" },
  },
  {
    name: "node selector requirement Exists with values",
    source: `${GO} ValidateNodeSelectorRequirement "may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'"`,
    spec: expression({ key: "disktype", operator: "Exists", values: ["ssd"] }),
    rejects: { path: `${TERM0}.values`, rule: "selector.values-forbidden" },
  },
  {
    name: "node selector requirement Gt with two values",
    source: `${GO} ValidateNodeSelectorRequirement "must be specified single value when \`operator\` is 'Lt' or 'Gt'"`,
    spec: expression({ key: "cpus", operator: "Gt", values: ["4", "8"] }),
    rejects: { path: `${TERM0}.values`, rule: "affinity.single-value" },
  },
  {
    name: "node selector requirement Lt with a value that is not an integer",
    source: "podworks",
    spec: expression({ key: "cpus", operator: "Lt", values: ["four"] }),
    rejects: { path: `${TERM0}.values[0]`, rule: "affinity.integer-value" },
    policy: {
      en: "The server stores it, but the scheduler cannot parse a Gt/Lt requirement without an integer and never places the pods.",
      ko: "API 서버는 저장하지만, 스케줄러는 정수가 아닌 Gt/Lt 요구 조건을 해석하지 못해 파드를 배치하지 않는다.",
    },
  },
  {
    name: "required node affinity with a value that is not a label value",
    source: `${GO} TestValidatePod "invalid required node affinity, value of NodeSelectorRequirement should be a valid label value"`,
    spec: expression({ key: "foo", operator: "In", values: ["invalid value ___@#"] }),
    rejects: { path: `${TERM0}.values[0]`, rule: "format.label-value" },
  },

  // --- pod affinity ----------------------------------------------------------------------------------------
  {
    name: "pod affinity with matchLabelKeys and mismatchLabelKeys",
    source: `${GO} TestValidatePod "MatchLabelKeys/MismatchLabelKeys in required PodAffinity"`,
    spec: hardPod({
      labelSelector: { matchExpressions: [{ key: "key", operator: "In", values: ["value1"] }] },
      topologyKey: "k8s.io/zone",
      matchLabelKeys: ["app"],
      mismatchLabelKeys: ["tier"],
    }),
  },
  {
    name: "pod anti-affinity by hostname with namespaces",
    source: `${GO} TestValidatePod "serialized pod anti affinity with different Label Operators in affinity requirements in annotations"`,
    spec: softAnti({
      labelSelector: { matchExpressions: [{ key: "key2", operator: "Exists" }] },
      namespaces: ["ns"],
      topologyKey: "kubernetes.io/hostname",
    }),
  },
  {
    name: "preferred pod anti-affinity with weight 0",
    source: `${GO} TestValidatePod "invalid weight in preferredDuringSchedulingIgnoredDuringExecution in pod affinity annotations, weight should be in range 1-100"`,
    spec: softAnti({ labelSelector: app, topologyKey: "kubernetes.io/hostname" }, 0),
    rejects: { path: `${SOFT_ANTI0}.weight`, rule: "minimum" },
  },
  {
    name: "pod affinity label selector Exists with values",
    source: `${GO} TestValidatePod "invalid labelSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity annotations, values should be empty if the operator is Exists"`,
    spec: softAnti({
      labelSelector: { matchExpressions: [{ key: "key2", operator: "Exists", values: ["value1"] }] },
      topologyKey: "zone",
    }),
    rejects: {
      path: `${SOFT_ANTI0}.podAffinityTerm.labelSelector.matchExpressions[0].values`,
      rule: "selector.values-forbidden",
    },
  },
  {
    name: "pod affinity namespace selector In without values",
    source: `${GO} TestValidatePod "invalid namespaceSelector in preferredDuringSchedulingIgnoredDuringExecution in podaffinity, In operator must include Values"`,
    spec: softAnti({
      labelSelector: app,
      namespaceSelector: { matchExpressions: [{ key: "key2", operator: "In" }] },
      topologyKey: "zone",
    }),
    rejects: {
      path: `${SOFT_ANTI0}.podAffinityTerm.namespaceSelector.matchExpressions[0].values`,
      rule: "selector.values-required",
    },
  },
  {
    name: "pod affinity with an invalid namespace",
    source: `${GO} TestValidatePod "invalid name space in preferredDuringSchedulingIgnoredDuringExecution in podaffinity annotations, namespace should be valid"`,
    spec: softAnti({ labelSelector: app, namespaces: ["INVALID_NAMESPACE"], topologyKey: "zone" }),
    rejects: { path: `${SOFT_ANTI0}.podAffinityTerm.namespaces[0]`, rule: "format.dns1123-label" },
  },
  {
    name: "hard pod affinity with an empty topologyKey",
    source: `${GO} TestValidatePod "invalid hard pod affinity, empty topologyKey is not allowed for hard pod affinity"`,
    spec: hardPod({ labelSelector: app, topologyKey: "" }),
    rejects: { path: `${HARD0}.topologyKey`, rule: "required" },
  },
  {
    name: "soft pod anti-affinity without a topologyKey",
    source: `${GO} TestValidatePod "invalid soft pod anti-affinity, empty topologyKey is not allowed for soft pod anti-affinity"`,
    spec: softAnti({ labelSelector: app }),
    rejects: { path: `${SOFT_ANTI0}.podAffinityTerm.topologyKey`, rule: "required" },
  },
  {
    name: "pod affinity matchLabelKeys with an invalid key",
    source: `${GO} TestValidatePod "invalid hard pod affinity, key in MatchLabelKeys isn't correctly defined"`,
    spec: hardPod({ labelSelector: app, topologyKey: "k8s.io/zone", matchLabelKeys: ["/simple"] }),
    rejects: { path: `${HARD0}.matchLabelKeys[0]`, rule: "format.label-key" },
  },
  {
    name: "pod affinity mismatchLabelKeys with an invalid key",
    source: `${GO} TestValidatePod "invalid hard pod affinity, key in MismatchLabelKeys isn't correctly defined"`,
    spec: hardPod({ labelSelector: app, topologyKey: "k8s.io/zone", mismatchLabelKeys: ["/simple"] }),
    rejects: { path: `${HARD0}.mismatchLabelKeys[0]`, rule: "format.label-key" },
  },
  {
    name: "pod affinity key in both matchLabelKeys and mismatchLabelKeys",
    source: `${GO} TestValidatePod "invalid hard pod affinity, key exists in both MatchLabelKeys and MismatchLabelKeys"`,
    spec: hardPod({
      labelSelector: app,
      topologyKey: "k8s.io/zone",
      matchLabelKeys: ["samekey"],
      mismatchLabelKeys: ["samekey"],
    }),
    rejects: { path: `${HARD0}.matchLabelKeys[0]`, rule: "affinity.label-key-both-lists" },
  },
  {
    name: "pod affinity key in both matchLabelKeys and labelSelector",
    source: `${GO} TestValidatePod "invalid hard pod affinity, key exists in both matchLabelKeys and labelSelector"`,
    spec: hardPod({
      labelSelector: { matchLabels: { key: "value1" } },
      topologyKey: "k8s.io/zone",
      matchLabelKeys: ["key"],
    }),
    rejects: { path: `${HARD0}.matchLabelKeys[0]`, rule: "affinity.label-key-in-selector" },
    policy: MERGE_POLICY,
  },
  {
    name: "pod affinity mismatchLabelKeys may share a key with labelSelector",
    source: `${GO} TestValidatePod "LabelSelector can have the same key as MismatchLabelKeys"`,
    spec: hardPod({
      labelSelector: { matchExpressions: [{ key: "key", operator: "In", values: ["value1"] }] },
      topologyKey: "k8s.io/zone",
      mismatchLabelKeys: ["key"],
    }),
  },
  {
    name: "pod affinity matchLabelKeys without a labelSelector",
    source: `${GO} ValidateMatchLabelKeysAndMismatchLabelKeys "must not be specified when labelSelector is not set"`,
    spec: hardPod({ topologyKey: "k8s.io/zone", matchLabelKeys: ["app"] }),
    rejects: { path: `${HARD0}.matchLabelKeys`, rule: "affinity.label-keys-without-selector" },
  },

  // --- topology spread constraints -------------------------------------------------------------------------
  {
    name: "topology spread with every field",
    source: `${GO} TestValidateTopologySpreadConstraints "all required fields ok"`,
    spec: spread({
      ...zone,
      labelSelector: app,
      minDomains: 3,
      nodeAffinityPolicy: "Honor",
      nodeTaintsPolicy: "Ignore",
    }),
  },
  {
    name: "topology spread with maxSkew 0",
    source: `${GO} TestValidateTopologySpreadConstraints "missing MaxSkew"`,
    spec: spread({ ...zone, maxSkew: 0 }),
    rejects: { path: "topologySpreadConstraints[0].maxSkew", rule: "minimum" },
  },
  {
    name: "topology spread with a negative maxSkew",
    source: `${GO} TestValidateTopologySpreadConstraints "negative MaxSkew"`,
    spec: spread({ ...zone, maxSkew: -1 }),
    rejects: { path: "topologySpreadConstraints[0].maxSkew", rule: "minimum" },
  },
  {
    name: "topology spread with minDomains and ScheduleAnyway",
    source: `${GO} TestValidateTopologySpreadConstraints "cannot use non-nil MinDomains with ScheduleAnyway"`,
    spec: spread({ ...zone, whenUnsatisfiable: "ScheduleAnyway", minDomains: 10 }),
    rejects: { path: "topologySpreadConstraints[0].minDomains", rule: "topology.min-domains" },
  },
  {
    name: "topology spread with a negative minDomains",
    source: `${GO} TestValidateTopologySpreadConstraints "negative minDomains is invalid"`,
    spec: spread({ ...zone, minDomains: -1 }),
    rejects: { path: "topologySpreadConstraints[0].minDomains", rule: "minimum" },
  },
  {
    name: "topology spread without a topologyKey",
    source: `${GO} TestValidateTopologySpreadConstraints "missing TopologyKey"`,
    spec: spread({ maxSkew: 1, whenUnsatisfiable: "DoNotSchedule" }),
    rejects: { path: "topologySpreadConstraints[0].topologyKey", rule: "required" },
  },
  {
    name: "topology spread without whenUnsatisfiable",
    source: `${GO} TestValidateTopologySpreadConstraints "missing scheduling mode"`,
    spec: spread({ maxSkew: 1, topologyKey: "k8s.io/zone" }),
    rejects: { path: "topologySpreadConstraints[0].whenUnsatisfiable", rule: "required" },
  },
  {
    name: "topology spread with an unsupported whenUnsatisfiable",
    source: `${GO} TestValidateTopologySpreadConstraints "unsupported scheduling mode"`,
    spec: spread({ ...zone, whenUnsatisfiable: "N/A" }),
    rejects: { path: "topologySpreadConstraints[0].whenUnsatisfiable", rule: "enum" },
  },
  {
    name: "two topology spread constraints on different keys",
    source: `${GO} TestValidateTopologySpreadConstraints "multiple constraints ok with all required fields"`,
    spec: spread(zone, {
      ...zone,
      topologyKey: "kubernetes.io/hostname",
      whenUnsatisfiable: "ScheduleAnyway",
    }),
  },
  {
    name: "duplicate topology spread constraints",
    source: `${GO} TestValidateTopologySpreadConstraints "duplicate constraints"`,
    spec: spread(zone, { ...zone, maxSkew: 2 }),
    rejects: { path: "topologySpreadConstraints[1]", rule: "topology.duplicate" },
  },
  {
    name: "topology spread with nodeAffinityPolicy Unknown",
    source: `${GO} TestValidateTopologySpreadConstraints "unsupported policy name set on NodeAffinityPolicy"`,
    spec: spread({ ...zone, nodeAffinityPolicy: "Unknown" }),
    rejects: { path: "topologySpreadConstraints[0].nodeAffinityPolicy", rule: "enum" },
  },
  {
    name: "topology spread with nodeTaintsPolicy Unknown",
    source: `${GO} TestValidateTopologySpreadConstraints "unsupported policy name set on NodeTaintsPolicy"`,
    spec: spread({ ...zone, nodeTaintsPolicy: "Unknown" }),
    rejects: { path: "topologySpreadConstraints[0].nodeTaintsPolicy", rule: "enum" },
  },
  {
    name: "topology spread matchLabelKeys with an invalid key",
    source: `${GO} TestValidateTopologySpreadConstraints "key in MatchLabelKeys isn't correctly defined"`,
    spec: spread({ ...zone, labelSelector: app, matchLabelKeys: ["/simple"] }),
    rejects: { path: "topologySpreadConstraints[0].matchLabelKeys[0]", rule: "format.label-key" },
  },
  {
    name: "topology spread matchLabelKeys without a labelSelector",
    source: `${GO} TestValidateTopologySpreadConstraints "key in MatchLabelKeys is forbidden to be specified when LabelSelector is not set"`,
    spec: spread({ ...zone, matchLabelKeys: ["foo"] }),
    rejects: {
      path: "topologySpreadConstraints[0].matchLabelKeys",
      rule: "affinity.label-keys-without-selector",
    },
  },
  {
    name: "topology spread key in both matchLabelKeys and labelSelector",
    source: `${GO} TestValidateTopologySpreadConstraints "key exists in both MatchLabelKeys and LabelSelector when AllowMatchLabelKeysInPodTopologySpreadSelectorMerge is false"`,
    spec: spread({ ...zone, labelSelector: { matchLabels: { foo: "bar" } }, matchLabelKeys: ["foo"] }),
    rejects: {
      path: "topologySpreadConstraints[0].matchLabelKeys[0]",
      rule: "affinity.label-key-in-selector",
    },
    policy: MERGE_POLICY,
  },
  {
    name: "topology spread label selector with an invalid key",
    source: `${GO} TestValidateTopologySpreadConstraints "invalid MatchLabels set on LabelSelector when AllowInvalidTopologySpreadConstraintLabelSelector is false"`,
    spec: spread({ ...zone, labelSelector: { matchLabels: { NoUppercaseOrSpecialCharsLike$: "foo" } } }),
    rejects: {
      path: "topologySpreadConstraints[0].labelSelector.matchLabels.NoUppercaseOrSpecialCharsLike$",
      rule: "format.label-key",
    },
  },
  {
    name: "topology spread matchLabelKeys is beta (warning) and valid",
    source: `${GO} TestValidateTopologySpreadConstraints "valid MatchLabelKeys when OldPodViolatesMatchLabelKeysValidation is false"`,
    spec: spread({ ...zone, labelSelector: app, matchLabelKeys: ["batch.kubernetes.io/controller-uid"] }),
  },

  // --- nodeSelector ----------------------------------------------------------------------------------------
  {
    name: "nodeSelector with an invalid label key",
    source: "podworks (ValidatePodSpec: unversionedvalidation.ValidateLabels(spec.NodeSelector))",
    spec: { nodeSelector: { "key/with/slashes": "value" } },
    rejects: { path: "nodeSelector.key/with/slashes", rule: "format.label-key" },
  },
  {
    name: "nodeSelector with an invalid label value",
    source: "podworks",
    spec: { nodeSelector: { disktype: "solid state" } },
    rejects: { path: "nodeSelector.disktype", rule: "format.label-value" },
  },

  // --- readiness and scheduling gates ----------------------------------------------------------------------
  {
    name: "readiness gate with a qualified name",
    source: `${GO} TestValidatePodReadinessGates "two readiness gates"`,
    spec: { readinessGates: [{ conditionType: "example.com/condition1" }] },
  },
  {
    name: "readiness gate that is not a qualified name",
    source: `${GO} TestValidatePodReadinessGates "invalid condition type"`,
    spec: { readinessGates: [{ conditionType: "invalid/condition/type" }] },
    rejects: { path: "readinessGates[0].conditionType", rule: "format.label-key" },
  },
  {
    name: "scheduling gates with qualified names",
    source: `${GO} TestValidateSchedulingGates "legal gates"`,
    spec: { schedulingGates: [{ name: "foo" }, { name: "bar" }] },
  },
  {
    name: "scheduling gate that is not a qualified name",
    source: `${GO} TestValidateSchedulingGates "illegal gates"`,
    spec: { schedulingGates: [{ name: "foo" }, { name: "/bar" }] },
    rejects: { path: "schedulingGates[1].name", rule: "format.label-key" },
  },
  {
    name: "duplicate scheduling gates",
    source: `${GO} TestValidateSchedulingGates "duplicated gates (single duplication)"`,
    spec: { schedulingGates: [{ name: "foo" }, { name: "bar" }, { name: "bar" }] },
    rejects: { path: "schedulingGates[2].name", rule: "scheduling.duplicate-gate" },
  },
  {
    name: "scheduling gate without a name",
    source: `${GO} TestValidateSchedulingGates "empty string in gates"`,
    spec: { schedulingGates: [{ name: "foo" }, { name: "" }] },
    rejects: { path: "schedulingGates[1].name", rule: "format.label-key" },
  },
];
