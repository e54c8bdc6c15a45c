/**
 * Container ports (`validateContainerPorts`), port names unique in the pod (a podworks rule: a StatefulSet's
 * headless Service is built from them) and host ports that may not collide (`checkHostPortConflicts`).
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { josa } from "../i18n.js";
import { POD_API } from "./links.js";
import { eachItem } from "./list.js";
import { setByKubernetes } from "./server-default.js";

type Raw = Record<string, unknown>;

/** Kubernetes' `ContainerPort` (core/v1): a port a container listens on, by number and optionally by name. */
export interface ContainerPort {
  readonly containerPort: number;
  readonly name?: string;
  /** @default "TCP" */
  readonly protocol?: "TCP" | "UDP" | "SCTP";
  readonly hostPort?: number;
  readonly hostIP?: string;
}

const PORTS_API = `${POD_API}/#ports`;

export const containerPortFields = {
  containerPort: {
    type: "integer",
    required: true,
    minimum: 1,
    maximum: 65535,
    description: {
      en: "Port the process listens on, 1-65535.",
      ko: "프로세스가 여는 포트(1-65535).",
    },
    link: PORTS_API,
  },
  name: {
    type: "string",
    format: "port-name",
    description: {
      en: "Name of the port (an IANA service name: lower case, digits and '-', at most 15, with a letter); probes and Services can refer to it.",
      ko: "포트 이름(IANA 서비스 이름 형식: 소문자, 숫자, '-'로 15자 이하, 영문자 하나 이상). 프로브와 서비스가 이 이름으로 포트를 가리킬 수 있다.",
    },
    rules: [{ en: "Unique among the pod's ports.", ko: "파드의 포트 사이에서 고유해야 한다." }],
    link: PORTS_API,
  },
  protocol: {
    type: "string",
    enum: ["TCP", "UDP", "SCTP"],
    default: setByKubernetes("TCP"),
    description: { en: "Protocol of the port.", ko: "포트의 프로토콜." },
    link: PORTS_API,
  },
  hostPort: {
    type: "integer",
    minimum: 0,
    maximum: 65535,
    description: {
      en: "Port to expose on the node (0 or unset: none). Limits where the pod can be scheduled; prefer a Service.",
      ko: "노드에 열 포트(0이거나 지정하지 않으면 열지 않는다). 파드를 배치할 수 있는 노드가 줄어드니 되도록 서비스를 쓴다.",
    },
    rules: [
      {
        en: "The same hostPort, protocol and hostIP may appear only once among the containers (and once per init container).",
        ko: "같은 hostPort, protocol, hostIP 조합은 컨테이너 전체에서 한 번만 쓸 수 있다(init 컨테이너는 각각 따로 센다).",
      },
    ],
    link: PORTS_API,
  },
  hostIP: {
    type: "string",
    description: {
      en: "Node IP to bind the hostPort to; unset, all addresses.",
      ko: "hostPort를 묶을 노드 IP. 지정하지 않으면 모든 주소에 연다.",
    },
    link: PORTS_API,
  },
} as const satisfies FieldCatalogue<ContainerPort>;

export const containerPortSection: CatalogueSection<"containerPort"> = {
  name: "containerPort",
  title: { en: "Container port", ko: "컨테이너 포트" },
  fields: containerPortFields,
};

/** Port names are unique across the pod's containers and init containers. */
export function checkPorts(checker: Checker, path: string, container: Raw, portNames: Set<string>): void {
  const ports = container.ports;
  if (!Array.isArray(ports)) return;
  // `ports` is a list map keyed by containerPort and protocol: server-side apply (kubectl apply --server-side,
  // Pulumi) refuses two entries with one key before validation even runs, although a plain create stores them.
  const keys = ports.length > 1 ? new Set<string>() : undefined;
  eachItem(ports, (port, index) => {
    if (keys && typeof port.containerPort === "number") {
      const protocol = typeof port.protocol === "string" ? port.protocol : "TCP";
      const key = `${port.containerPort}/${protocol}`;
      if (keys.has(key)) {
        checker.report(
          at(at(path, "ports"), index),
          port,
          "ports.duplicate-container-port",
          {
            en: `containerPort ${port.containerPort}/${protocol} is listed twice in this container; server-side apply refuses duplicate keys`,
            ko: `containerPort ${port.containerPort}/${josa(protocol, "이/가")} 이 컨테이너에 두 번 있다. 서버 측 적용은 키가 겹치는 항목을 거부한다`,
          },
          {
            en: "list each port and protocol once (give the entry another protocol if both TCP and UDP are meant)",
            ko: "포트와 프로토콜 조합을 한 번씩만 적는다(TCP와 UDP를 모두 쓰려면 항목마다 protocol을 다르게 적는다)",
          },
        );
      }
      keys.add(key);
    }
    const name = port.name;
    if (typeof name !== "string" || name === "") return;
    if (portNames.has(name)) {
      checker.report(
        at(at(at(path, "ports"), index), "name"),
        name,
        "pod.duplicate-port-name",
        {
          en: `port name "${name}" is used twice in the pod`,
          ko: `${josa(`"${name}"`, "이라는/라는")} 포트 이름이 파드 안에서 두 번 쓰였다`,
        },
        { en: "give each port its own name", ko: "포트마다 다른 이름을 붙인다" },
      );
    }
    portNames.add(name);
  });
}

/**
 * `checkHostPortConflicts`: a `protocol/hostIP/hostPort` triple (protocol defaulted to TCP) appears once among the
 * regular containers; init containers run one by one, so each is checked on its own.
 */
export function checkHostPorts(checker: Checker, containers: unknown, initContainers: unknown) {
  // Most pods have no hostPort at all: the set is made only when the first one turns up.
  let seen: Set<string> | undefined;
  eachItem(containers, (container, index) => {
    seen = accumulateHostPorts(checker, "containers", index, container, seen);
  });
  eachItem(initContainers, (container, index) => {
    accumulateHostPorts(checker, "initContainers", index, container, undefined);
  });
}

function accumulateHostPorts(
  checker: Checker,
  group: string,
  index: number,
  container: Raw,
  given: Set<string> | undefined,
): Set<string> | undefined {
  const ports = container.ports;
  if (!Array.isArray(ports)) return given;
  let seen = given;
  eachItem(ports, (port, portIndex) => {
    const hostPort = port.hostPort;
    if (typeof hostPort !== "number" || hostPort === 0) return;
    seen ??= new Set();
    const protocol = typeof port.protocol === "string" ? port.protocol : "TCP";
    const hostIP = typeof port.hostIP === "string" ? port.hostIP : "";
    const key = `${protocol}/${hostIP}/${hostPort}`;
    if (seen.has(key)) {
      checker.report(
        at(at(at(at(group, index), "ports"), portIndex), "hostPort"),
        hostPort,
        "ports.duplicate-host-port",
        {
          en: `hostPort ${hostPort}/${protocol}${hostIP ? ` on ${hostIP}` : ""} is already used by another port of the pod`,
          ko: `파드의 다른 포트가 이미 같은 hostPort(${hostPort}/${protocol}${hostIP ? `, ${hostIP}` : ""})를 쓰고 있다`,
        },
        {
          en: "use another hostPort, protocol or hostIP, or drop hostPort and use a Service",
          ko: "다른 hostPort, protocol, hostIP를 쓰거나 hostPort를 지우고 서비스를 쓴다",
        },
      );
      return;
    }
    seen.add(key);
  });
  return seen;
}
