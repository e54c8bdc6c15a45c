/** The Kubernetes objects podworks renders, typed with the official API types. */
import type { DaemonSet, StatefulSet } from "kubernetes-types/apps/v1.js";
import type { CronJob, Job } from "kubernetes-types/batch/v1.js";
import type { Service } from "kubernetes-types/core/v1.js";

/**
 * An object `toManifests` renders: a Job, CronJob, DaemonSet or StatefulSet, or the headless Service of a
 * StatefulSet.
 */
export type KubernetesObject = Job | CronJob | DaemonSet | StatefulSet | Service;
export type { CronJob, DaemonSet, Job, Service, StatefulSet };
