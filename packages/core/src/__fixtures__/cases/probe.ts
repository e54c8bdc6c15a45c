/** Probes and lifecycle hooks (src/pod/probe.ts, src/pod/lifecycle.ts). */
import type { ValidationCase } from "./case.js";

const T = "pkg/apis/core/validation/validation_test.go";
const exec = { exec: { command: ["true"] } };

export const CASES: readonly ValidationCase[] = [
  // Accepted
  {
    name: "exec liveness probe",
    source: `${T} TestValidateProbe`,
    container: { livenessProbe: { ...exec, initialDelaySeconds: 5, periodSeconds: 10 } },
  },
  {
    name: "httpGet readiness probe on a named port, successThreshold 3",
    source: `${T} TestValidateHandler`,
    container: {
      ports: [{ name: "http", containerPort: 8080 }],
      readinessProbe: { httpGet: { path: "/healthz", port: "http" }, successThreshold: 3 },
    },
  },
  {
    name: "httpGet without a path (defaulted to /) and an HTTPS scheme",
    source: `${T} TestValidateHandler`,
    container: { livenessProbe: { httpGet: { port: 8443, scheme: "HTTPS" } } },
  },
  {
    name: "valid HTTP header name",
    source: `${T} TestValidateHandler`,
    container: {
      livenessProbe: {
        httpGet: { path: "/", port: 80, httpHeaders: [{ name: "X-Forwarded-For", value: "1.2.3.4" }] },
      },
    },
  },
  {
    name: "tcpSocket startup probe",
    source: `${T} TestValidateProbe`,
    container: { startupProbe: { tcpSocket: { port: 8080 }, failureThreshold: 30, periodSeconds: 10 } },
  },
  {
    name: "grpc liveness probe",
    source: `${T} TestValidateHandler`,
    container: { livenessProbe: { grpc: { port: 9090, service: "health" } } },
  },
  {
    name: "grpc while it was beta (1.26)",
    source: "podworks",
    kubernetesVersion: "1.26",
    container: { livenessProbe: { grpc: { port: 9090 } } },
  },
  {
    name: "zero timings are defaulted, not rejected",
    source: `${T} TestValidateProbe`,
    container: {
      livenessProbe: {
        ...exec,
        timeoutSeconds: 0,
        periodSeconds: 0,
        successThreshold: 0,
        failureThreshold: 0,
      },
    },
  },
  {
    name: "liveness probe with its own grace period",
    source: `${T} TestValidateProbe`,
    container: { livenessProbe: { ...exec, terminationGracePeriodSeconds: 10 } },
  },
  {
    name: "preStop sleep within the default grace period",
    source: `${T} TestValidateHandler`,
    container: { lifecycle: { preStop: { sleep: { seconds: 5 } } } },
  },
  {
    name: "sleep for 0 seconds from 1.33",
    source: "podworks",
    container: { lifecycle: { preStop: { sleep: { seconds: 0 } } } },
  },
  {
    name: "sleep as long as a raised grace period",
    source: "podworks",
    spec: { terminationGracePeriodSeconds: 60 },
    container: { lifecycle: { preStop: { sleep: { seconds: 60 } } } },
  },
  {
    name: "postStart exec and preStop httpGet",
    source: "podworks",
    container: {
      lifecycle: { postStart: exec, preStop: { httpGet: { path: "/shutdown", port: 8080 } } },
    },
  },

  // Rejected
  {
    name: "probe without a handler",
    source: `${T} TestValidateProbe`,
    container: { livenessProbe: { initialDelaySeconds: 5 } },
    rejects: { path: "containers[0].livenessProbe", rule: "probe.handler-count" },
  },
  {
    name: "probe with two handlers",
    source: `${T} TestValidateHandler`,
    container: { livenessProbe: { ...exec, httpGet: { path: "/", port: 80 } } },
    rejects: { path: "containers[0].livenessProbe.httpGet", rule: "probe.handler-count" },
  },
  {
    name: "liveness successThreshold 2",
    source: `${T} TestValidateProbe`,
    container: { livenessProbe: { ...exec, successThreshold: 2 } },
    rejects: { path: "containers[0].livenessProbe.successThreshold", rule: "probe.success-threshold" },
  },
  {
    name: "startup successThreshold 2",
    source: `${T} TestValidateProbe`,
    container: { startupProbe: { ...exec, successThreshold: 2 } },
    rejects: { path: "containers[0].startupProbe.successThreshold", rule: "probe.success-threshold" },
  },
  {
    name: "httpGet without a port",
    source: `${T} TestValidateHandler`,
    container: { readinessProbe: { httpGet: { path: "/" } } },
    rejects: { path: "containers[0].readinessProbe.httpGet.port", rule: "required" },
  },
  {
    name: "httpGet port 65536",
    source: `${T} TestValidateHandler`,
    container: { readinessProbe: { httpGet: { path: "/", port: 65536 } } },
    rejects: { path: "containers[0].readinessProbe.httpGet.port", rule: "maximum" },
  },
  {
    name: "httpGet port 0",
    source: `${T} TestValidateHandler`,
    container: { readinessProbe: { httpGet: { path: "/", port: 0 } } },
    rejects: { path: "containers[0].readinessProbe.httpGet.port", rule: "minimum" },
  },
  {
    name: "httpGet named port that is no IANA service name",
    source: `${T} TestValidateHandler`,
    container: { readinessProbe: { httpGet: { path: "/", port: "Http_Port" } } },
    rejects: { path: "containers[0].readinessProbe.httpGet.port", rule: "format.port-name" },
  },
  {
    name: "tcpSocket named port too long",
    source: `${T} TestValidateHandler`,
    container: { livenessProbe: { tcpSocket: { port: "a-very-long-port-name" } } },
    rejects: { path: "containers[0].livenessProbe.tcpSocket.port", rule: "format.port-name" },
  },
  {
    name: "header name with underscores",
    source: `${T} TestValidateHandler`,
    container: {
      livenessProbe: {
        httpGet: { path: "/", port: 80, httpHeaders: [{ name: "X_Forwarded_For", value: "x" }] },
      },
    },
    rejects: { path: "containers[0].livenessProbe.httpGet.httpHeaders[0].name", rule: "probe.header-name" },
  },
  {
    name: "scheme in lower case",
    source: `${T} TestValidateHandler`,
    container: { livenessProbe: { httpGet: { path: "/", port: 80, scheme: "https" } } },
    rejects: { path: "containers[0].livenessProbe.httpGet.scheme", rule: "enum" },
  },
  {
    name: "grpc port 0",
    source: `${T} TestValidateHandler`,
    container: { livenessProbe: { grpc: { port: 0 } } },
    rejects: { path: "containers[0].livenessProbe.grpc.port", rule: "minimum" },
  },
  {
    name: "grpc port given by name",
    source: "podworks",
    container: { livenessProbe: { grpc: { port: "grpc" } } },
    rejects: { path: "containers[0].livenessProbe.grpc.port", rule: "type" },
  },
  {
    name: "exec with an empty command",
    source: `${T} TestValidateHandler`,
    container: { livenessProbe: { exec: { command: [] } } },
    rejects: { path: "containers[0].livenessProbe.exec.command", rule: "required" },
  },
  {
    name: "negative initialDelaySeconds",
    source: `${T} TestValidateProbe`,
    container: { livenessProbe: { ...exec, initialDelaySeconds: -1 } },
    rejects: { path: "containers[0].livenessProbe.initialDelaySeconds", rule: "minimum" },
  },
  {
    name: "negative timeoutSeconds",
    source: `${T} TestValidateProbe`,
    container: { readinessProbe: { ...exec, timeoutSeconds: -10 } },
    rejects: { path: "containers[0].readinessProbe.timeoutSeconds", rule: "minimum" },
  },
  {
    name: "negative periodSeconds",
    source: `${T} TestValidateProbe`,
    container: { readinessProbe: { ...exec, periodSeconds: -1 } },
    rejects: { path: "containers[0].readinessProbe.periodSeconds", rule: "minimum" },
  },
  {
    name: "negative successThreshold on readiness",
    source: `${T} TestValidateProbe`,
    container: { readinessProbe: { ...exec, successThreshold: -1 } },
    rejects: { path: "containers[0].readinessProbe.successThreshold", rule: "minimum" },
  },
  {
    name: "negative failureThreshold",
    source: `${T} TestValidateProbe`,
    container: { startupProbe: { ...exec, failureThreshold: -1 } },
    rejects: { path: "containers[0].startupProbe.failureThreshold", rule: "minimum" },
  },
  {
    name: "probe terminationGracePeriodSeconds 0",
    source: `${T} TestValidateProbe`,
    container: { livenessProbe: { ...exec, terminationGracePeriodSeconds: 0 } },
    rejects: { path: "containers[0].livenessProbe.terminationGracePeriodSeconds", rule: "minimum" },
  },
  {
    name: "readiness probe with terminationGracePeriodSeconds",
    source: `${T} TestValidateProbe`,
    container: { readinessProbe: { ...exec, terminationGracePeriodSeconds: 10 } },
    rejects: {
      path: "containers[0].readinessProbe.terminationGracePeriodSeconds",
      rule: "probe.readiness-grace-period",
    },
  },
  {
    name: "hook without a handler",
    source: "podworks",
    container: { lifecycle: { preStop: {} } },
    rejects: { path: "containers[0].lifecycle.preStop", rule: "probe.handler-count" },
  },
  {
    name: "hook with exec and sleep",
    source: `${T} TestValidateHandler`,
    container: { lifecycle: { preStop: { ...exec, sleep: { seconds: 5 } } } },
    rejects: { path: "containers[0].lifecycle.preStop.sleep", rule: "probe.handler-count" },
  },
  {
    name: "grpc is no lifecycle handler",
    source: "podworks",
    container: { lifecycle: { postStart: { grpc: { port: 9090 } } } },
    rejects: { path: "containers[0].lifecycle.postStart.grpc", rule: "unknown-field" },
  },
  {
    name: "sleep longer than the default grace period",
    source: "podworks",
    container: { lifecycle: { preStop: { sleep: { seconds: 31 } } } },
    rejects: { path: "containers[0].lifecycle.preStop.sleep.seconds", rule: "lifecycle.sleep-grace-period" },
  },
  {
    name: "negative sleep",
    source: "podworks",
    container: { lifecycle: { preStop: { sleep: { seconds: -1 } } } },
    rejects: { path: "containers[0].lifecycle.preStop.sleep.seconds", rule: "minimum" },
  },
  {
    name: "zero sleep before 1.33",
    source: "podworks",
    kubernetesVersion: "1.32",
    container: { lifecycle: { preStop: { sleep: { seconds: 0 } } } },
    rejects: { path: "containers[0].lifecycle.preStop.sleep.seconds", rule: "lifecycle.sleep-zero" },
  },
  {
    name: "sleep before 1.30",
    source: "podworks",
    kubernetesVersion: "1.29",
    container: { lifecycle: { preStop: { sleep: { seconds: 5 } } } },
    rejects: { path: "containers[0].lifecycle.preStop.sleep", rule: "since" },
  },
];
