/** Job validation cases, most of them from the API server's own tests. */
import type { ValidationCase } from "./case.js";

const T = "pkg/apis/batch/validation/validation_test.go TestValidateJob";
const indexed = (completions: number) => ({ completionMode: "Indexed", completions });
const rule = (onExitCodes: Record<string, unknown>) => ({
  podFailurePolicy: { rules: [{ action: "FailJob", onExitCodes }] },
});

export const CASES: readonly ValidationCase[] = [
  {
    name: "success policy with indexes and a count",
    source: `${T} "valid success policy"`,
    spec: {
      ...indexed(10),
      successPolicy: {
        rules: [{ succeededCount: 1, succeededIndexes: "0,2,4" }, { succeededIndexes: "1,3,5-9" }],
      },
    },
  },
  {
    name: "success policy on a NonIndexed Job",
    source: `${T} "spec.successPolicy: ... requires indexed completion mode"`,
    spec: { successPolicy: { rules: [] } },
    rejects: { path: "successPolicy", rule: "job.indexed-only" },
  },
  {
    name: "success policy without rules",
    source: `${T} "spec.successPolicy.rules: Required value"`,
    spec: { ...indexed(5), successPolicy: { rules: [] } },
    rejects: { path: "successPolicy.rules", rule: "job.success-policy-rules" },
  },
  {
    name: "success policy rule with neither field",
    source: `${T} "spec.successPolicy.rules[0]: Required value"`,
    spec: { ...indexed(5), successPolicy: { rules: [{}] } },
    rejects: { path: "successPolicy.rules[0]", rule: "job.success-policy-rule" },
  },
  {
    name: "succeededIndexes that is not a number",
    source: `${T} "spec.successPolicy.rules[0].succeededIndexes: Invalid value: \\"invalid-format\\""`,
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededIndexes: "invalid-format" }] } },
    rejects: { path: "successPolicy.rules[0].succeededIndexes", rule: "job.succeeded-indexes" },
  },
  {
    name: "succeededIndexes out of order",
    source: "pkg/apis/batch/validation/validation.go validateIndexesFormat (non-increasing order)",
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededIndexes: "3,1" }] } },
    rejects: { path: "successPolicy.rules[0].succeededIndexes", rule: "job.succeeded-indexes" },
  },
  {
    name: "succeededIndexes beyond completions",
    source: "pkg/apis/batch/validation/validation.go parseIndexInterval (too large index)",
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededIndexes: "0-5" }] } },
    rejects: { path: "successPolicy.rules[0].succeededIndexes", rule: "job.succeeded-indexes" },
  },
  {
    name: "succeededIndexes longer than 64 KiB",
    source: `${T} "spec.successPolicy.rules[0].succeededIndexes: Too long"`,
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededIndexes: "1".repeat(64 * 1024 + 1) }] } },
    rejects: { path: "successPolicy.rules[0].succeededIndexes", rule: "max-length" },
  },
  {
    name: "negative succeededCount",
    source: `${T} "spec.successPolicy.rules[0].succeededCount: must be greater than or equal to 0"`,
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededCount: -1 }] } },
    rejects: { path: "successPolicy.rules[0].succeededCount", rule: "minimum" },
  },
  {
    name: "succeededCount above completions",
    source: `${T} "spec.successPolicy.rules[0].succeededCount: Invalid value: 6"`,
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededCount: 6 }] } },
    rejects: { path: "successPolicy.rules[0].succeededCount", rule: "job.succeeded-count" },
  },
  {
    name: "succeededCount above the listed indexes",
    source: `${T} "spec.successPolicy.rules[0].succeededCount: Invalid value: 4"`,
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededCount: 4, succeededIndexes: "0-2" }] } },
    rejects: { path: "successPolicy.rules[0].succeededCount", rule: "job.succeeded-count" },
  },
  {
    name: "21 success policy rules",
    source: `${T} "spec.successPolicy.rules: Too many: 21"`,
    spec: {
      ...indexed(5),
      successPolicy: { rules: Array.from({ length: 21 }, () => ({ succeededCount: 5 })) },
    },
    rejects: { path: "successPolicy.rules", rule: "max-items" },
  },
  {
    name: "success policy before 1.31",
    source: "podworks",
    kubernetesVersion: "1.30",
    spec: { ...indexed(5), successPolicy: { rules: [{ succeededCount: 1 }] } },
    rejects: { path: "successPolicy", rule: "since" },
  },
  {
    name: "pod replacement TerminatingOrFailed",
    source: `${T} "valid pod replacement"`,
    spec: { podReplacementPolicy: "TerminatingOrFailed" },
  },
  {
    name: "pod replacement Failed",
    source: `${T} "valid pod replacement with failed"`,
    spec: { podReplacementPolicy: "Failed" },
  },
  {
    name: "pod replacement TerminatingOrFailed with a pod failure policy",
    source: `${T} "spec.podReplacementPolicy: Unsupported value: \\"TerminatingOrFailed\\""`,
    spec: {
      podReplacementPolicy: "TerminatingOrFailed",
      podFailurePolicy: {
        rules: [{ action: "Ignore", onPodConditions: [{ type: "DisruptionTarget", status: "True" }] }],
      },
    },
    rejects: { path: "podReplacementPolicy", rule: "job.pod-replacement-policy" },
  },
  {
    name: "pod replacement empty",
    source: `${T} "spec.podReplacementPolicy: Unsupported value: \\"\\""`,
    spec: { podReplacementPolicy: "" },
    rejects: { path: "podReplacementPolicy", rule: "enum" },
  },
  {
    name: "managedBy a domain-prefixed path",
    source: `${T} "valid managedBy field"`,
    spec: { managedBy: "example.com/foo" },
  },
  {
    name: "managedBy too long",
    source: `${T} "spec.managedBy: Too long: may not be longer than 63"`,
    spec: { managedBy: `example.com/${"x".repeat(60)}` },
    rejects: { path: "managedBy", rule: "max-length" },
  },
  {
    name: "managedBy without a domain",
    source: `${T} "spec.managedBy: Invalid value: \\"invalid custom controller name\\""`,
    spec: { managedBy: "invalid custom controller name" },
    rejects: { path: "managedBy", rule: "job.managed-by" },
  },
  {
    name: "managedBy before 1.32",
    source: "podworks",
    kubernetesVersion: "1.31",
    spec: { managedBy: "example.com/foo" },
    rejects: { path: "managedBy", rule: "since" },
  },
  {
    name: "exit codes out of order",
    source: `${T} "spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{19, 11}: must be ordered"`,
    spec: rule({ operator: "In", values: [19, 11] }),
    rejects: { path: "podFailurePolicy.rules[0].onExitCodes.values", rule: "job.exit-code-order" },
  },
  {
    name: "exit code repeated three times",
    source: `${T} "spec.podFailurePolicy.rules[0].onExitCodes.values[2]: Duplicate value: 13"`,
    spec: rule({ operator: "In", values: [12, 13, 13, 13] }),
    rejects: { path: "podFailurePolicy.rules[0].onExitCodes.values[2]", rule: "job.exit-code-duplicate" },
  },
  {
    name: "256 exit codes",
    source: `${T} "spec.podFailurePolicy.rules[0].onExitCodes.values: Too many: 256"`,
    spec: rule({ operator: "NotIn", values: Array.from({ length: 256 }, (_, i) => i) }),
    rejects: { path: "podFailurePolicy.rules[0].onExitCodes.values", rule: "max-items" },
  },
  {
    name: "exit code 0 with In",
    source: `${T} "spec.podFailurePolicy.rules[0].onExitCodes.values[1]: Invalid value: 0"`,
    spec: {
      podFailurePolicy: { rules: [{ action: "Ignore", onExitCodes: { operator: "In", values: [1, 0, 2] } }] },
    },
    rejects: { path: "podFailurePolicy.rules[0].onExitCodes.values[1]", rule: "job.exit-code-zero" },
  },
  {
    name: "containerName naming no container",
    source: `${T} "spec.podFailurePolicy.rules[1].onExitCodes.containerName: Invalid value: \\"xyz\\""`,
    spec: {
      podFailurePolicy: {
        rules: [
          { action: "Ignore", onExitCodes: { containerName: "main", operator: "In", values: [1, 2, 3] } },
          { action: "FailJob", onExitCodes: { containerName: "xyz", operator: "In", values: [5, 6, 7] } },
        ],
      },
    },
    rejects: { path: "podFailurePolicy.rules[1].onExitCodes.containerName", rule: "job.exit-code-container" },
  },
  {
    name: "valid pod failure policy",
    source: `${T} "valid pod failure policy"`,
    spec: {
      podFailurePolicy: {
        rules: [
          { action: "Ignore", onPodConditions: [{ type: "DisruptionTarget", status: "True" }] },
          { action: "FailJob", onPodConditions: [{ type: "CustomConditionType", status: "False" }] },
          { action: "Count", onExitCodes: { containerName: "main", operator: "In", values: [1, 2, 3] } },
          { action: "FailJob", onExitCodes: { operator: "NotIn", values: [5, 6, 7] } },
        ],
      },
    },
  },
  {
    name: "21 pod condition patterns",
    source: `${T} "spec.podFailurePolicy.rules[0].onPodConditions: Too many: 21"`,
    spec: {
      podFailurePolicy: {
        rules: [
          {
            action: "FailJob",
            onPodConditions: Array.from({ length: 21 }, (_, i) => ({
              type: `CustomType_${i}`,
              status: "True",
            })),
          },
        ],
      },
    },
    rejects: { path: "podFailurePolicy.rules[0].onPodConditions", rule: "max-items" },
  },
  {
    name: "21 pod failure rules",
    source: `${T} "spec.podFailurePolicy.rules: Too many: 21"`,
    spec: {
      podFailurePolicy: {
        rules: Array.from({ length: 21 }, (_, i) => ({
          action: "FailJob",
          onExitCodes: { operator: "In", values: [i + 1] },
        })),
      },
    },
    rejects: { path: "podFailurePolicy.rules", rule: "max-items" },
  },
  {
    name: "condition type with spaces",
    source: `${T} "spec.podFailurePolicy.rules[0].onPodConditions[0].type: Invalid value: \\"Invalid Condition Type\\""`,
    spec: {
      podFailurePolicy: {
        rules: [{ action: "Ignore", onPodConditions: [{ type: "Invalid Condition Type", status: "True" }] }],
      },
    },
    rejects: { path: "podFailurePolicy.rules[0].onPodConditions[0].type", rule: "job.condition-type" },
  },
  {
    name: "FailIndex with backoffLimitPerIndex",
    source: `${T} "valid pod failure policy with FailIndex"`,
    spec: {
      ...indexed(2),
      backoffLimitPerIndex: 1,
      podFailurePolicy: { rules: [{ action: "FailIndex", onExitCodes: { operator: "In", values: [10] } }] },
    },
  },
  {
    name: "FailIndex without backoffLimitPerIndex",
    source:
      "pkg/apis/batch/validation/validation.go validatePodFailurePolicyRule (requires the backoffLimitPerIndex to be set)",
    spec: {
      ...indexed(2),
      podFailurePolicy: { rules: [{ action: "FailIndex", onExitCodes: { operator: "In", values: [10] } }] },
    },
    rejects: { path: "podFailurePolicy.rules[0].action", rule: "job.fail-index" },
  },
  {
    name: "100000 completions, parallelism and failed indexes",
    source: `${T} "valid parallelism and maxFailedIndexes for high completions when backoffLimitPerIndex is used"`,
    spec: {
      ...indexed(100_000),
      parallelism: 100_000,
      maxFailedIndexes: 100_000,
      backoffLimitPerIndex: 1,
      // Suspended, so a cluster that runs the case does not start 100000 pods; validation is the same.
      suspend: true,
    },
  },
  {
    name: "a billion completions with 10000 parallelism and failed indexes",
    source: `${T} "valid parallelism and maxFailedIndexes for unlimited completions when backoffLimitPerIndex is used"`,
    spec: {
      name: "b",
      ...indexed(1_000_000_000),
      parallelism: 10_000,
      maxFailedIndexes: 10_000,
      backoffLimitPerIndex: 1,
      suspend: true,
    },
  },
  {
    name: "high completions without maxFailedIndexes",
    source: `${T} "spec.maxFailedIndexes: Required value: must be specified when completions is above 100000"`,
    spec: { ...indexed(100_001), backoffLimitPerIndex: 1 },
    rejects: { path: "maxFailedIndexes", rule: "job.high-completions" },
  },
  {
    name: "high completions with parallelism 50000",
    source: `${T} "spec.parallelism: Invalid value: 50000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index"`,
    spec: { ...indexed(100_001), parallelism: 50_000, backoffLimitPerIndex: 1, maxFailedIndexes: 1 },
    rejects: { path: "parallelism", rule: "job.high-completions" },
  },
  {
    name: "high completions with 50000 failed indexes",
    source: `${T} "spec.maxFailedIndexes: Invalid value: 50000: must be less than or equal to 10000 when completions are above 100000 and used with backoff limit per index"`,
    spec: { ...indexed(100_001), backoffLimitPerIndex: 1, maxFailedIndexes: 50_000 },
    rejects: { path: "maxFailedIndexes", rule: "job.high-completions" },
  },
  {
    name: "100001 failed indexes",
    source: `${T} "spec.maxFailedIndexes: Invalid value: 100001: must be less than or equal to 100000"`,
    spec: { ...indexed(100_001), backoffLimitPerIndex: 1, maxFailedIndexes: 100_001 },
    rejects: { path: "maxFailedIndexes", rule: "maximum" },
  },
  {
    name: "maxFailedIndexes above completions",
    source: `${T} "spec.maxFailedIndexes: Invalid value: 11: must be less than or equal to completions"`,
    spec: { ...indexed(10), backoffLimitPerIndex: 1, maxFailedIndexes: 11 },
    rejects: { path: "maxFailedIndexes", rule: "job.max-failed-indexes" },
  },
  {
    name: "maxFailedIndexes on a NonIndexed Job",
    source:
      "pkg/apis/batch/validation/validation.go validateJobSpec (maxFailedIndexes requires indexed completion mode)",
    spec: { maxFailedIndexes: 1, backoffLimitPerIndex: 1 },
    rejects: { path: "maxFailedIndexes", rule: "job.indexed-only" },
  },
  {
    name: "Indexed Job whose last hostname exceeds 63 characters",
    source:
      "pkg/apis/batch/validation/validation.go ValidateJob (will not able to create pod with invalid DNS label)",
    spec: { name: "a".repeat(61), ...indexed(11) },
    rejects: { path: "name", rule: "job.indexed-hostname" },
  },
  {
    name: "Indexed Job whose last hostname is exactly 63 characters",
    source: "podworks",
    spec: { name: "a".repeat(61), ...indexed(10) },
  },
];
