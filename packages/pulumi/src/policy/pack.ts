/**
 * The runnable policy pack: constructing a PolicyPack starts the analyzer the Pulumi CLI talks to, so this
 * module is only loaded by `policy-pack/index.js` (run by `pulumi preview --policy-pack`), never by the library.
 */
import policy from "@pulumi/policy";
import { PACK_NAME, statefulSetDataPolicies } from "./rules.js";

export const pack = new policy.PolicyPack(PACK_NAME, { policies: [...statefulSetDataPolicies] });
