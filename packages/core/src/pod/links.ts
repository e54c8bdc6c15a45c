/** kubernetes.io pages the pod template's catalogue entries link to, kept in one place. */
import { API_REF, K8S_DOCS } from "../catalogue.js";

export const OBJECTS = `${K8S_DOCS}/concepts/overview/working-with-objects`;
export const PODS = `${K8S_DOCS}/concepts/workloads/pods`;
export const CONTAINERS = `${K8S_DOCS}/concepts/containers`;
export const POD_API = `${API_REF}/workload-resources/pod-v1`;
export { K8S_DOCS };
