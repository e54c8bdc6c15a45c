/** Container ports and host port conflicts (src/pod/ports.ts). */
import type { ValidationCase } from "./case.js";

const T = "pkg/apis/core/validation/validation_test.go";
const PORTS = `${T} TestValidateContainerPorts`;
const second = { name: "side", image: "busybox:1.37", command: ["tail", "-f", "/dev/null"] };

export const CASES: readonly ValidationCase[] = [
  // Accepted
  {
    name: "ports with names and every protocol",
    source: PORTS,
    container: {
      ports: [
        { name: "abc", containerPort: 80, protocol: "TCP" },
        { name: "easy", containerPort: 82, protocol: "TCP" },
        { name: "as", containerPort: 83, protocol: "UDP" },
        { name: "do-re-me", containerPort: 84, protocol: "SCTP" },
        { containerPort: 85 },
        { name: "b", containerPort: 65535 },
      ],
    },
  },

  // Rejected
  {
    name: "containerPort missing",
    source: PORTS,
    container: { ports: [{ name: "abc" }] },
    rejects: { path: "containers[0].ports[0].containerPort", rule: "required" },
  },
  {
    name: "containerPort 0",
    source: PORTS,
    container: { ports: [{ containerPort: 0 }] },
    rejects: { path: "containers[0].ports[0].containerPort", rule: "minimum" },
  },
  {
    name: "containerPort 65536",
    source: PORTS,
    container: { ports: [{ containerPort: 65536 }] },
    rejects: { path: "containers[0].ports[0].containerPort", rule: "maximum" },
  },
  {
    name: "hostPort 65536",
    source: PORTS,
    container: { ports: [{ containerPort: 80, hostPort: 65536 }] },
    rejects: { path: "containers[0].ports[0].hostPort", rule: "maximum" },
  },
  {
    name: "negative hostPort",
    source: PORTS,
    container: { ports: [{ containerPort: 80, hostPort: -1 }] },
    rejects: { path: "containers[0].ports[0].hostPort", rule: "minimum" },
  },
  {
    name: "protocol in lower case",
    source: PORTS,
    container: { ports: [{ containerPort: 80, protocol: "tcp" }] },
    rejects: { path: "containers[0].ports[0].protocol", rule: "enum" },
  },
  {
    name: "unknown protocol",
    source: PORTS,
    container: { ports: [{ containerPort: 80, protocol: "ICMP" }] },
    rejects: { path: "containers[0].ports[0].protocol", rule: "enum" },
  },
  {
    name: "name that is no IANA service name",
    source: PORTS,
    container: { ports: [{ name: "a.b.c", containerPort: 80 }] },
    rejects: { path: "containers[0].ports[0].name", rule: "format.port-name" },
  },
  {
    name: "name of numbers only",
    source: PORTS,
    container: { ports: [{ name: "80", containerPort: 80 }] },
    rejects: { path: "containers[0].ports[0].name", rule: "format.port-name" },
  },
  {
    name: "duplicate port name in a container",
    source: PORTS,
    container: {
      ports: [
        { name: "abc", containerPort: 80 },
        { name: "abc", containerPort: 81 },
      ],
    },
    rejects: { path: "containers[0].ports[1].name", rule: "pod.duplicate-port-name" },
  },
  {
    name: "one hostPort twice in a container",
    source: `${T} TestValidateContainers`,
    container: {
      ports: [
        { containerPort: 80, hostPort: 8080 },
        { containerPort: 81, hostPort: 8080 },
      ],
    },
    rejects: { path: "containers[0].ports[1].hostPort", rule: "ports.duplicate-host-port" },
  },
  {
    name: "one hostPort in two containers",
    source: `${T} TestValidateContainers`,
    spec: {
      containers: [
        { ...second, name: "main", ports: [{ containerPort: 80, hostPort: 8080 }] },
        { ...second, ports: [{ containerPort: 81, hostPort: 8080, protocol: "TCP" }] },
      ],
    },
    rejects: { path: "containers[1].ports[0].hostPort", rule: "ports.duplicate-host-port" },
  },
  {
    name: "one hostPort twice in an init container",
    source: `${T} TestValidateInitContainers`,
    spec: {
      initContainers: [
        {
          ...second,
          name: "init",
          command: ["true"],
          ports: [
            { containerPort: 80, hostPort: 8080 },
            { containerPort: 81, hostPort: 8080 },
          ],
        },
      ],
    },
    rejects: { path: "initContainers[0].ports[1].hostPort", rule: "ports.duplicate-host-port" },
  },
  {
    name: "one containerPort and protocol twice in a container",
    source: "podworks",
    container: {
      ports: [
        { name: "http", containerPort: 8080 },
        { name: "alt", containerPort: 8080, protocol: "TCP" },
      ],
    },
    rejects: { path: "containers[0].ports[1]", rule: "ports.duplicate-container-port" },
  },
  {
    name: "one containerPort over TCP and UDP",
    source: "podworks",
    container: {
      ports: [
        { name: "dns-tcp", containerPort: 5353 },
        { name: "dns-udp", containerPort: 5353, protocol: "UDP" },
      ],
    },
  },
];
