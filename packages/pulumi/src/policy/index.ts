/**
 * `@podworks/pulumi/policy`: the checks and CrossGuard policies of the `podworks-statefulset-data` policy pack.
 * Importing this module has no side effects; to run the pack, point `pulumi preview --policy-pack` at the
 * package's `policy-pack` directory (see the README), or put these policies in a pack of your own.
 *
 * @packageDocumentation
 */

export { ACKNOWLEDGE_PVC_DELETION } from "../annotations.js";
export {
  autoNamedRisks,
  claimTemplateNames,
  type DataRisk,
  PACK_NAME,
  retentionMissingRisks,
  STATEFULSET_RESOURCE_TYPE,
  statefulSetDataPolicies,
  statefulSetDataRisks,
  statefulSetDeleteAcknowledged,
  statefulSetExplicitName,
  statefulSetRetentionPolicySet,
  unacknowledgedDeleteRisks,
} from "./rules.js";
