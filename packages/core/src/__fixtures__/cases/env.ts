/** Environment variables: env and envFrom (src/pod/env.ts). */
import type { ValidationCase } from "./case.js";

const T = "pkg/apis/core/validation/validation_test.go";
const ENV = `${T} TestValidateEnv`;
const FROM = `${T} TestValidateEnvFrom`;
const field = (fieldPath: string) => ({ valueFrom: { fieldRef: { apiVersion: "v1", fieldPath } } });

export const CASES: readonly ValidationCase[] = [
  // Accepted
  {
    name: "plain values, empty value included",
    source: `${ENV} successCase`,
    container: {
      env: [
        { name: "abc", value: "value" },
        { name: "AbC_123", value: "value" },
        { name: "a.b.c", value: "" },
      ],
    },
  },
  {
    name: "every supported fieldPath",
    source: `${ENV} successCase`,
    container: {
      env: [
        { name: "A", ...field("metadata.name") },
        { name: "B", ...field("metadata.namespace") },
        { name: "C", ...field("metadata.uid") },
        { name: "D", ...field("metadata.labels['key']") },
        { name: "E", ...field("metadata.annotations['key']") },
        { name: "F", ...field("spec.nodeName") },
        { name: "G", ...field("spec.serviceAccountName") },
        { name: "H", ...field("status.hostIP") },
        { name: "I", ...field("status.hostIPs") },
        { name: "J", ...field("status.podIP") },
        { name: "K", ...field("status.podIPs") },
      ],
    },
  },
  {
    name: "fieldRef without apiVersion (defaulted to v1)",
    source: "podworks",
    container: { env: [{ name: "POD", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } }] },
  },
  {
    name: "secretKeyRef, configMapKeyRef and resourceFieldRef",
    source: `${ENV} successCase`,
    container: {
      env: [
        { name: "secret_value", valueFrom: { secretKeyRef: { name: "some-secret", key: "secret-key" } } },
        { name: "ENV_VAR_1", valueFrom: { configMapKeyRef: { name: "some-config-map", key: "some-key" } } },
        { name: "MEM", valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1Mi" } } },
        { name: "CPU", valueFrom: { resourceFieldRef: { resource: "requests.cpu", divisor: "1m" } } },
      ],
    },
  },
  {
    name: "an empty value beside valueFrom",
    source: "podworks",
    container: { env: [{ name: "A", value: "", ...field("metadata.name") }] },
  },
  {
    name: "relaxed names from 1.32",
    source: `${ENV} (relaxed validation)`,
    container: {
      env: [{ name: "a!b", value: "x" }],
      envFrom: [{ prefix: "a!b", configMapRef: { name: "abc" } }],
    },
  },
  {
    name: "envFrom a ConfigMap and a Secret with prefixes",
    source: `${FROM} successCase`,
    container: {
      envFrom: [
        { configMapRef: { name: "abc" } },
        { prefix: "pre_", configMapRef: { name: "abc" } },
        { prefix: "a.b", secretRef: { name: "abc", optional: true } },
      ],
    },
  },

  // Rejected
  {
    name: "a number as value",
    source: "podworks",
    container: { env: [{ name: "N", value: 3 }] },
    rejects: { path: "containers[0].env[0].value", rule: "type" },
  },
  {
    name: "zero-length name",
    source: `${ENV} "zero-length name"`,
    container: { env: [{ name: "", value: "x" }] },
    rejects: { path: "containers[0].env[0].name", rule: "format.env-name" },
  },
  {
    name: "strict names before 1.32",
    source: `${ENV} "illegal character"`,
    kubernetesVersion: "1.31",
    container: { env: [{ name: "a!b", value: "x" }] },
    rejects: { path: "containers[0].env[0].name", rule: "format.env-name" },
  },
  {
    name: "value and valueFrom",
    source: `${ENV} "value and valueFrom specified"`,
    container: { env: [{ name: "abc", value: "foo", ...field("metadata.name") }] },
    rejects: { path: "containers[0].env[0]", rule: "pod.env-value-and-value-from" },
  },
  {
    name: "valueFrom without a source",
    source: `${ENV} "valueFrom without a source"`,
    container: { env: [{ name: "abc", valueFrom: {} }] },
    rejects: { path: "containers[0].env[0].valueFrom", rule: "env.source-count" },
  },
  {
    name: "valueFrom with two sources",
    source: `${ENV} "valueFrom.fieldRef and valueFrom.secretKeyRef specified"`,
    container: {
      env: [
        {
          name: "abc",
          valueFrom: {
            fieldRef: { fieldPath: "metadata.name" },
            secretKeyRef: { name: "a-secret", key: "a-key" },
          },
        },
      ],
    },
    rejects: { path: "containers[0].env[0].valueFrom.secretKeyRef", rule: "env.source-count" },
  },
  {
    name: "invalid fieldPath",
    source: `${ENV} "invalid fieldPath"`,
    container: { env: [{ name: "abc", ...field("metadata.whoops") }] },
    rejects: { path: "containers[0].env[0].valueFrom.fieldRef.fieldPath", rule: "env.field-path" },
  },
  {
    name: "unsupported fieldPath",
    source: `${ENV} "unsupported fieldPath"`,
    container: { env: [{ name: "abc", ...field("status.phase") }] },
    rejects: { path: "containers[0].env[0].valueFrom.fieldRef.fieldPath", rule: "env.field-path" },
  },
  {
    name: "metadata.labels without subscript",
    source: `${ENV} "metadata.labels without subscript"`,
    container: { env: [{ name: "labels", ...field("metadata.labels") }] },
    rejects: { path: "containers[0].env[0].valueFrom.fieldRef.fieldPath", rule: "env.field-path" },
  },
  {
    name: "metadata.labels with invalid key",
    source: `${ENV} "metadata.labels with invalid key"`,
    container: { env: [{ name: "abc", ...field("metadata.labels['Www.k8s.io/test']") }] },
    rejects: { path: "containers[0].env[0].valueFrom.fieldRef.fieldPath", rule: "format.label-key" },
  },
  {
    name: "metadata.annotations with invalid key",
    source: `${ENV} "metadata.annotations with invalid key"`,
    container: { env: [{ name: "abc", ...field("metadata.annotations['invalid~key']") }] },
    rejects: { path: "containers[0].env[0].valueFrom.fieldRef.fieldPath", rule: "format.label-key" },
  },
  {
    name: "fieldRef apiVersion v2",
    source: "podworks",
    container: {
      env: [{ name: "abc", valueFrom: { fieldRef: { apiVersion: "v2", fieldPath: "metadata.name" } } }],
    },
    rejects: { path: "containers[0].env[0].valueFrom.fieldRef.apiVersion", rule: "enum" },
  },
  {
    name: "configMapKeyRef without key",
    source: "podworks",
    container: { env: [{ name: "abc", valueFrom: { configMapKeyRef: { name: "cm" } } }] },
    rejects: { path: "containers[0].env[0].valueFrom.configMapKeyRef.key", rule: "required" },
  },
  {
    name: "secretKeyRef without name",
    source: "podworks",
    container: { env: [{ name: "abc", valueFrom: { secretKeyRef: { key: "k" } } }] },
    rejects: { path: "containers[0].env[0].valueFrom.secretKeyRef.name", rule: "required" },
  },
  {
    name: "secretKeyRef name invalid",
    source: `${ENV} "valueFrom.secretKeyRef.name invalid"`,
    container: { env: [{ name: "abc", valueFrom: { secretKeyRef: { name: "$%^&*#", key: "a-key" } } }] },
    rejects: { path: "containers[0].env[0].valueFrom.secretKeyRef.name", rule: "format.dns1123-subdomain" },
  },
  {
    name: "configMapKeyRef key with a slash",
    source: "podworks",
    container: { env: [{ name: "abc", valueFrom: { configMapKeyRef: { name: "cm", key: "a/b" } } }] },
    rejects: { path: "containers[0].env[0].valueFrom.configMapKeyRef.key", rule: "env.key" },
  },
  {
    name: "resourceFieldRef of an unknown resource",
    source: "podworks",
    container: { env: [{ name: "abc", valueFrom: { resourceFieldRef: { resource: "limits.gpu" } } }] },
    rejects: { path: "containers[0].env[0].valueFrom.resourceFieldRef.resource", rule: "env.resource" },
  },
  {
    name: "resourceFieldRef without resource",
    source: "podworks",
    container: { env: [{ name: "abc", valueFrom: { resourceFieldRef: { containerName: "main" } } }] },
    rejects: { path: "containers[0].env[0].valueFrom.resourceFieldRef.resource", rule: "required" },
  },
  {
    name: "a byte divisor for cpu",
    source: "podworks",
    container: {
      env: [{ name: "abc", valueFrom: { resourceFieldRef: { resource: "limits.cpu", divisor: "1Mi" } } }],
    },
    rejects: { path: "containers[0].env[0].valueFrom.resourceFieldRef.divisor", rule: "env.divisor" },
  },
  {
    name: "envFrom prefix with '='",
    source: `${FROM} "invalid prefix"`,
    container: { envFrom: [{ prefix: "A=", configMapRef: { name: "abc" } }] },
    rejects: { path: "containers[0].envFrom[0].prefix", rule: "format.env-name" },
  },
  {
    name: "envFrom prefix strict before 1.32",
    source: `${FROM} "invalid prefix"`,
    kubernetesVersion: "1.31",
    container: { envFrom: [{ prefix: "a!b", secretRef: { name: "abc" } }] },
    rejects: { path: "containers[0].envFrom[0].prefix", rule: "format.env-name" },
  },
  {
    name: "envFrom with no refs",
    source: `${FROM} "no refs"`,
    container: { envFrom: [{ prefix: "X_" }] },
    rejects: { path: "containers[0].envFrom[0]", rule: "env.source-count" },
  },
  {
    name: "envFrom with both refs",
    source: `${FROM} "multiple refs"`,
    container: { envFrom: [{ secretRef: { name: "abc" }, configMapRef: { name: "abc" } }] },
    rejects: { path: "containers[0].envFrom[0].secretRef", rule: "env.source-count" },
  },
  {
    name: "envFrom configMapRef without a name",
    source: `${FROM} "zero-length name"`,
    container: { envFrom: [{ configMapRef: {} }] },
    rejects: { path: "containers[0].envFrom[0].configMapRef.name", rule: "required" },
  },
  {
    name: "envFrom secretRef with an invalid name",
    source: `${FROM} "invalid name"`,
    container: { envFrom: [{ secretRef: { name: "&" } }] },
    rejects: { path: "containers[0].envFrom[0].secretRef.name", rule: "format.dns1123-subdomain" },
  },
];
