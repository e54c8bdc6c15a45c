/** DaemonSet cases. */
import type { ValidationCase } from "./case.js";

export const CASES: readonly ValidationCase[] = [
  {
    // Unlike a StatefulSet's, a DaemonSet pod's controller-revision-hash label is the hash alone
    // (pkg/controller/daemon/util CreatePodTemplate), so a long name does not stop its pods.
    name: "name of 63 characters",
    source:
      "podworks (pkg/controller/daemon/util/daemonset_util.go CreatePodTemplate: the label value is the hash)",
    kind: "DaemonSet",
    spec: { name: "a".repeat(63) },
  },
  {
    name: "maxSurge with maxUnavailable non-zero",
    source:
      "pkg/apis/apps/validation/validation.go ValidateRollingUpdateDaemonSet (may not be set when maxUnavailable is non-zero)",
    kind: "DaemonSet",
    spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 1, maxSurge: 1 } } },
    rejects: { path: "updateStrategy.rollingUpdate.maxSurge", rule: "rollout.both-non-zero" },
  },
];
