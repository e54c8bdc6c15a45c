/**
 * Annotation keys the components write and the policy pack reads. Kept in a module of their own so the
 * policy pack does not load the components (or `@pulumi/kubernetes`).
 */

/**
 * podworks writes this annotation, value `"true"`, on a StatefulSet whose spec set `acknowledgePvcDeletion: true`,
 * so that policies looking at the raw Kubernetes object can tell an acknowledged `Delete` retention policy
 * from an accidental one. Raw `@pulumi/kubernetes` StatefulSets may set it too.
 */
export const ACKNOWLEDGE_PVC_DELETION = "podworks.dev/acknowledge-pvc-deletion";

/** Pulumi's Kubernetes provider: how to delete the object (`foreground`, `background`, `orphan`). */
export const DELETION_PROPAGATION_POLICY = "pulumi.com/deletionPropagationPolicy";

/** Pulumi's Kubernetes provider: `"true"` skips waiting for readiness (or, for a Job, completion). */
export const SKIP_AWAIT = "pulumi.com/skipAwait";

/** Pulumi's Kubernetes provider: replace a Job that did not complete in the previous update instead of waiting again. */
export const REPLACE_UNREADY = "pulumi.com/replaceUnready";

/** Pulumi's Kubernetes provider: take over fields owned by another field manager in a Server-Side Apply patch. */
export const PATCH_FORCE = "pulumi.com/patchForce";

/** Pulumi's Kubernetes provider writes this, `"true"`, on objects it named itself. */
export const AUTONAMED = "pulumi.com/autonamed";

/**
 * podworks writes the StatefulSet's serviceName on its pod template: adoption alone does not change a pod's
 * `subdomain`, so a new serviceName must change the template for the rolling update to recreate the pods.
 */
export const SERVICE_NAME_TEMPLATE_ANNOTATION = "podworks.dev/service-name";

/** On the lifecycle ConfigMap that owns a podworks StatefulSet: what the object is for. */
export const LIFECYCLE_OF = "podworks.dev/lifecycle-of";

/**
 * On a podworks StatefulSet: the id of its identity guard. The guard is replaced when a replacement field changes,
 * so during that preview the value is unknown and the Kubernetes provider skips its dry-run of the replacement
 * (see identity-guard.ts).
 */
export const REVISION_GUARD = "podworks.dev/identity-guard";

/** Pulumi's Kubernetes provider: wait for this condition (`condition=...` or `jsonpath=...`) instead of its own logic. */
export const WAIT_FOR = "pulumi.com/waitFor";
