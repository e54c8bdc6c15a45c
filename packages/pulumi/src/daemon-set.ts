/**
 * `podworks:index:DaemonSet`: a podworks DaemonSet spec deployed with Pulumi.
 *
 * Await: with the `RollingUpdate` strategy (the default), the Kubernetes provider waits until the rollout is done
 * on every scheduled node (kstatus: the controller has observed the current generation, and every scheduled pod
 * is updated and available). With `OnDelete`, pods are replaced only when someone deletes them, so that wait would
 * never end on an update; the component waits instead for `pulumi.com/waitFor:
 * jsonpath={.status.observedGeneration}`, which the provider satisfies once the controller has observed the
 * current generation. `timeoutSeconds` sets the wait (create and update, default 10 minutes); `wait: false`
 * skips it.
 */
import type { DaemonSetSpec, DaemonSet as K8sDaemonSet } from "@podworks/core";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { SKIP_AWAIT, WAIT_FOR } from "./annotations.js";
import {
  childInputs,
  renderSpec,
  requirePlain,
  requireSpec,
  requireWaitForTimeout,
  timeoutsOf,
  type WorkloadArgs,
} from "./workload.js";

/** The selector cannot change in place; a change replaces the DaemonSet. */
export const DAEMONSET_IMMUTABLE_FIELDS = ["spec.selector"] as const;

/** What an `OnDelete` DaemonSet waits for: the controller has observed the current generation. */
export const ONDELETE_WAIT_FOR = "jsonpath={.status.observedGeneration}";

export interface DaemonSetArgs extends WorkloadArgs<DaemonSetSpec, "updateStrategy"> {
  /** Wait for the rollout to finish. @default true */
  readonly wait?: boolean;
  /** How long to wait for the rollout, on create and update. @default 600 (the Kubernetes provider's 10 minutes) */
  readonly timeoutSeconds?: number;
}

/** The Pulumi type token of the `DaemonSet` component. */
export const DAEMONSET_TYPE = "podworks:index:DaemonSet";

/** A DaemonSet from a podworks spec. Outputs: `name`, `namespace`. */
export class DaemonSet extends pulumi.ComponentResource {
  /** The DaemonSet's name in the cluster: the spec's `name`, or the component's name when the spec has none. */
  readonly name: pulumi.Output<string>;
  /** The namespace the DaemonSet is in, as the cluster reports it. */
  readonly namespace: pulumi.Output<string>;
  /** The `apps/v1 DaemonSet` child resource the component creates. */
  readonly daemonSet: k8s.apps.v1.DaemonSet;

  /**
   * Validates and renders `args.spec` with @podworks/core (a plain spec that is invalid throws here, with every
   * problem in English and Korean), then creates the child resources. `name` is the component's name and, unless the
   * spec sets `name`, the DaemonSet's.
   */
  constructor(name: string, args: DaemonSetArgs, opts?: pulumi.ComponentResourceOptions) {
    super(DAEMONSET_TYPE, name, {}, opts);
    requireSpec(this, "DaemonSet", args);
    requirePlain(this, args.spec, ["name", "updateStrategy"]);
    requireWaitForTimeout(this, args);
    const customTimeouts = timeoutsOf(this, args.timeoutSeconds);
    const rendered = renderSpec({ kind: "DaemonSet", type: DAEMONSET_TYPE, name, args });
    const onDelete = (args.spec.updateStrategy as { type?: string } | undefined)?.type === "OnDelete";
    const annotations: Record<string, string> =
      args.wait === false ? { [SKIP_AWAIT]: "true" } : onDelete ? { [WAIT_FOR]: ONDELETE_WAIT_FOR } : {};
    const daemonSet = childInputs<K8sDaemonSet>(rendered, "DaemonSet", annotations);

    this.daemonSet = new k8s.apps.v1.DaemonSet(
      name,
      {
        metadata: daemonSet.metadata as pulumi.Input<k8s.types.input.meta.v1.ObjectMeta>,
        spec: daemonSet.spec as pulumi.Input<k8s.types.input.apps.v1.DaemonSetSpec>,
      },
      {
        parent: this,
        deleteBeforeReplace: true,
        replaceOnChanges: [...DAEMONSET_IMMUTABLE_FIELDS],
        ...(customTimeouts ? { customTimeouts } : {}),
      },
    );
    this.name = this.daemonSet.metadata.name;
    this.namespace = this.daemonSet.metadata.namespace;
    this.registerOutputs({ name: this.name, namespace: this.namespace });
  }
}
