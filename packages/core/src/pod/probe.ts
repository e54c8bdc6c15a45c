/**
 * Probes of a container (liveness, readiness, startup) and the handlers they share with lifecycle hooks:
 * `exec`, `httpGet`, `tcpSocket`, `grpc`. Checked as `validateProbe` and `validateHandler` in
 * pkg/apis/core/validation/validation.go check them, after the server's defaults (path `/`, scheme `HTTP`,
 * timeoutSeconds 1, periodSeconds 10, successThreshold 1, failureThreshold 3) are taken into account.
 */
import type { CatalogueSection, FieldCatalogue, FieldDef } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { josa, type Text } from "../i18n.js";
import { K8S_DOCS, POD_API } from "./links.js";
import { setByKubernetes } from "./server-default.js";

const PROBES = `${K8S_DOCS}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`;
const PROBE_API = `${POD_API}/#Probe`;

export interface ExecAction {
  readonly command: readonly string[];
}

export interface HTTPHeader {
  readonly name: string;
  readonly value: string;
}

export interface HTTPGetAction {
  /** @default "/" */
  readonly path?: string;
  readonly port: number | string;
  readonly host?: string;
  /** @default "HTTP" */
  readonly scheme?: "HTTP" | "HTTPS";
  readonly httpHeaders?: readonly HTTPHeader[];
}

export interface TCPSocketAction {
  readonly port: number | string;
  readonly host?: string;
}

export interface GRPCAction {
  readonly port: number;
  readonly service?: string;
}

/**
 * Kubernetes' `Probe` (core/v1): a liveness, readiness or startup check of a container, with exactly one handler and
 * its timing.
 */
export interface Probe {
  readonly exec?: ExecAction;
  readonly httpGet?: HTTPGetAction;
  readonly tcpSocket?: TCPSocketAction;
  readonly grpc?: GRPCAction;
  /** @default 0 */
  readonly initialDelaySeconds?: number;
  /** @default 1 */
  readonly timeoutSeconds?: number;
  /** @default 10 */
  readonly periodSeconds?: number;
  /** @default 1 */
  readonly successThreshold?: number;
  /** @default 3 */
  readonly failureThreshold?: number;
  readonly terminationGracePeriodSeconds?: number;
}

/** A port given by number (1-65535) or by the name of a container port (`IsValidPortName`). */
export const PORT_NUM_OR_NAME: FieldDef = {
  type: "int-or-string",
  required: true,
  minimum: 1,
  maximum: 65535,
  format: "port-name",
  description: {
    en: "Port to connect to: a number from 1 to 65535, or the name of one of the container's ports.",
    ko: "연결할 포트. 1부터 65535까지의 번호나 컨테이너 포트의 이름을 쓴다.",
  },
  link: PROBE_API,
};

const HOST: FieldDef = {
  type: "string",
  description: {
    en: "Host to connect to; unset, the pod IP.",
    ko: "연결할 호스트. 지정하지 않으면 파드 IP를 쓴다.",
  },
  link: PROBE_API,
};

export const execFields = {
  command: {
    type: "string[]",
    required: true,
    description: {
      en: "Command run inside the container, not in a shell; exit status 0 counts as success.",
      ko: "컨테이너 안에서 셸을 거치지 않고 실행하는 명령. 종료 코드가 0이면 성공이다.",
    },
    link: PROBE_API,
  },
} as const satisfies FieldCatalogue<ExecAction>;

export const execSection: CatalogueSection<"execAction"> = {
  name: "execAction",
  title: { en: "Exec action", ko: "exec 동작" },
  description: { en: "Runs a command in the container.", ko: "컨테이너 안에서 명령을 실행한다." },
  fields: execFields,
  check(checker, path, value) {
    if (Array.isArray(value.command) && value.command.length === 0) {
      checker.report(
        at(path, "command"),
        value.command,
        "required",
        { en: "needs at least one word", ko: "명령이 한 단어 이상 있어야 한다" },
        {
          en: 'give the program and its arguments, e.g. ["cat", "/tmp/healthy"]',
          ko: '실행할 프로그램과 인자를 적는다(예: ["cat", "/tmp/healthy"])',
        },
      );
    }
  },
};

/** `IsHTTPHeaderName`: letters, digits and `-` only. */
const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;

export const httpHeaderFields = {
  name: {
    type: "string",
    required: true,
    description: {
      en: "Header name: letters, digits and `-` (e.g. `X-Forwarded-For`).",
      ko: "헤더 이름. 영문자, 숫자, `-`만 쓸 수 있다(예: `X-Forwarded-For`).",
    },
    link: PROBE_API,
  },
  value: {
    type: "string",
    description: { en: "Header value.", ko: "헤더 값." },
    link: PROBE_API,
  },
} as const satisfies FieldCatalogue<HTTPHeader>;

export const httpHeaderSection: CatalogueSection<"httpHeader"> = {
  name: "httpHeader",
  title: { en: "HTTP header", ko: "HTTP 헤더" },
  fields: httpHeaderFields,
  check(checker, path, value) {
    const name = value.name;
    if (typeof name === "string" && !HTTP_HEADER_NAME.test(name)) {
      const suggestion = name.replace(/[^-A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
      checker.report(
        at(path, "name"),
        name,
        "probe.header-name",
        {
          en: `"${name}" is not a valid HTTP header name: only letters, digits and '-' are allowed`,
          ko: `${josa(`"${name}"`, "은/는")} 올바른 HTTP 헤더 이름이 아니다. 영문자, 숫자, '-'만 쓸 수 있다`,
        },
        suggestion
          ? { en: `use "${suggestion}"`, ko: `${josa(`"${suggestion}"`, "을/를")} 쓴다` }
          : { en: "use a name such as X-Custom-Header", ko: "X-Custom-Header 같은 이름을 쓴다" },
      );
    }
  },
};

export const httpGetFields = {
  path: {
    type: "string",
    default: setByKubernetes("/"),
    description: { en: "Path of the HTTP request.", ko: "HTTP 요청의 경로." },
    link: PROBE_API,
  },
  port: PORT_NUM_OR_NAME,
  host: {
    ...HOST,
    description: {
      en: "Host name to connect to; unset, the pod IP. To set the Host header, use `httpHeaders`.",
      ko: "연결할 호스트 이름. 지정하지 않으면 파드 IP를 쓴다. Host 헤더는 `httpHeaders`로 지정한다.",
    },
  },
  scheme: {
    type: "string",
    enum: ["HTTP", "HTTPS"],
    default: setByKubernetes("HTTP"),
    description: {
      en: "`HTTP` or `HTTPS`; with HTTPS the certificate is not verified.",
      ko: "`HTTP` 또는 `HTTPS`. HTTPS에서는 인증서를 검증하지 않는다.",
    },
    link: PROBE_API,
  },
  httpHeaders: {
    type: "object[]",
    section: httpHeaderSection,
    description: {
      en: "Extra headers sent with the request: `{ name, value }`.",
      ko: "요청에 함께 보낼 헤더(`{ name, value }`).",
    },
    link: PROBE_API,
  },
} as const satisfies FieldCatalogue<HTTPGetAction>;

export const httpGetSection: CatalogueSection<"httpGetAction"> = {
  name: "httpGetAction",
  title: { en: "HTTP GET action", ko: "HTTP GET 동작" },
  description: {
    en: "Sends an HTTP GET request; a status from 200 to 399 counts as success.",
    ko: "HTTP GET 요청을 보낸다. 상태 코드가 200부터 399 사이면 성공이다.",
  },
  fields: httpGetFields,
};

export const tcpSocketFields = {
  port: PORT_NUM_OR_NAME,
  host: HOST,
} as const satisfies FieldCatalogue<TCPSocketAction>;

export const tcpSocketSection: CatalogueSection<"tcpSocketAction"> = {
  name: "tcpSocketAction",
  title: { en: "TCP socket action", ko: "TCP 소켓 동작" },
  description: {
    en: "Opens a TCP connection; success when it connects.",
    ko: "TCP 연결을 연다. 연결되면 성공이다.",
  },
  fields: tcpSocketFields,
};

export const grpcFields = {
  port: {
    type: "integer",
    required: true,
    minimum: 1,
    maximum: 65535,
    description: {
      en: "Port number of the gRPC service, from 1 to 65535 (names are not accepted here).",
      ko: "gRPC 서비스의 포트 번호(1-65535). 여기서는 포트 이름을 쓸 수 없다.",
    },
    link: PROBE_API,
  },
  service: {
    type: "string",
    description: {
      en: "Service name sent in the gRPC health check request; unset, the server's default.",
      ko: "gRPC 헬스 체크 요청에 넣을 서비스 이름. 지정하지 않으면 서버의 기본 동작을 따른다.",
    },
    link: PROBE_API,
  },
} as const satisfies FieldCatalogue<GRPCAction>;

export const grpcSection: CatalogueSection<"grpcAction"> = {
  name: "grpcAction",
  title: { en: "gRPC action", ko: "gRPC 동작" },
  description: {
    en: "Calls the standard gRPC health checking protocol.",
    ko: "표준 gRPC 헬스 체크 프로토콜을 호출한다.",
  },
  fields: grpcFields,
};

/**
 * `validateHandler`: exactly one handler. Reports the second and later handlers one by one ("may not specify more
 * than 1 handler type"), or the object itself when it has none.
 */
export function checkOneHandler(
  checker: Checker,
  path: string,
  value: Record<string, unknown>,
  handlers: readonly string[],
  what: Text,
): void {
  let first: string | undefined;
  for (const key of handlers) {
    if (value[key] === undefined) continue;
    if (first === undefined) {
      first = key;
      continue;
    }
    checker.report(
      at(path, key),
      value[key],
      "probe.handler-count",
      {
        en: `${what.en} may have only one handler, and it already has ${first}`,
        ko: `${josa(what.ko, "은/는")} 처리기를 하나만 가질 수 있는데 이미 ${josa(first, "이/가")} 있다`,
      },
      { en: `keep ${first} or ${key}, not both`, ko: `${josa(first, "과/와")} ${key} 중 하나만 남긴다` },
    );
  }
  if (first === undefined) {
    const list = handlers.join(", ");
    checker.report(
      path,
      value,
      "probe.handler-count",
      {
        en: `${what.en} needs a handler: one of ${list}`,
        ko: `${what.ko}에는 ${list} 중 하나의 처리기가 있어야 한다`,
      },
      {
        en: 'add one, e.g. httpGet: { path: "/healthz", port: 8080 }',
        ko: '하나를 추가한다(예: httpGet: { path: "/healthz", port: 8080 })',
      },
    );
  }
}

const SECONDS: Omit<FieldDef, "description" | "default"> = {
  type: "integer",
  minimum: 0,
  link: PROBE_API,
};

export const probeFields = {
  exec: {
    type: "object",
    section: execSection,
    description: { en: "Run a command in the container.", ko: "컨테이너 안에서 명령을 실행한다." },
    link: PROBES,
  },
  httpGet: {
    type: "object",
    section: httpGetSection,
    description: { en: "Send an HTTP GET request.", ko: "HTTP GET 요청을 보낸다." },
    link: PROBES,
  },
  tcpSocket: {
    type: "object",
    section: tcpSocketSection,
    description: { en: "Open a TCP connection.", ko: "TCP 연결을 연다." },
    link: PROBES,
  },
  grpc: {
    type: "object",
    section: grpcSection,
    since: "1.24",
    ga: "1.27",
    description: { en: "Call the gRPC health checking protocol.", ko: "gRPC 헬스 체크를 호출한다." },
    link: `${PROBES}#define-a-grpc-liveness-probe`,
  },
  initialDelaySeconds: {
    ...SECONDS,
    default: setByKubernetes(0),
    description: {
      en: "Seconds after the container started before the first probe.",
      ko: "컨테이너가 시작된 뒤 첫 검사까지 기다리는 초.",
    },
  },
  timeoutSeconds: {
    ...SECONDS,
    default: setByKubernetes(1),
    description: {
      en: "Seconds after which one probe attempt times out (0 means the default, 1).",
      ko: "검사 한 번의 제한 시간(초). 0이면 기본값 1을 쓴다.",
    },
  },
  periodSeconds: {
    ...SECONDS,
    default: setByKubernetes(10),
    description: {
      en: "How often to probe, in seconds (0 means the default, 10).",
      ko: "검사 간격(초). 0이면 기본값 10을 쓴다.",
    },
  },
  successThreshold: {
    ...SECONDS,
    default: setByKubernetes(1),
    description: {
      en: "Consecutive successes after a failure before the probe counts as passing again.",
      ko: "실패한 뒤 다시 통과로 보기까지 필요한 연속 성공 횟수.",
    },
    rules: [
      {
        en: "Must be 1 for livenessProbe and startupProbe.",
        ko: "livenessProbe와 startupProbe에서는 1이어야 한다.",
      },
    ],
  },
  failureThreshold: {
    ...SECONDS,
    default: setByKubernetes(3),
    description: {
      en: "Consecutive failures before the probe counts as failed.",
      ko: "검사를 실패로 보기까지 필요한 연속 실패 횟수.",
    },
  },
  terminationGracePeriodSeconds: {
    type: "integer",
    minimum: 1,
    description: {
      en: "Grace period in seconds when a failed liveness or startup probe kills the container; overrides the pod's.",
      ko: "liveness나 startup 검사가 실패해 컨테이너를 종료할 때의 유예 시간(초). 파드의 값보다 우선한다.",
    },
    rules: [{ en: "Not allowed on readinessProbe.", ko: "readinessProbe에는 쓸 수 없다." }],
    link: PROBE_API,
  },
} as const satisfies FieldCatalogue<Probe>;

export const PROBE_HANDLERS = ["exec", "httpGet", "tcpSocket", "grpc"] as const;

const PROBE_WHAT: Text = { en: "a probe", ko: "프로브" };

export const probeSection: CatalogueSection<"probe"> = {
  name: "probe",
  title: { en: "Probe", ko: "프로브(Probe)" },
  description: {
    en: "A check the kubelet runs against the container: livenessProbe, readinessProbe and startupProbe share these fields.",
    ko: "kubelet이 컨테이너를 검사하는 방법. livenessProbe, readinessProbe, startupProbe가 이 필드를 함께 쓴다.",
  },
  fields: probeFields,
  check(checker, path, value) {
    checkOneHandler(checker, path, value, PROBE_HANDLERS, PROBE_WHAT);
    // The section serves the three probes; which one it is shows in the last key of the path.
    const readiness = path.endsWith("readinessProbe");
    if (readiness) {
      if (value.terminationGracePeriodSeconds !== undefined) {
        checker.report(
          at(path, "terminationGracePeriodSeconds"),
          value.terminationGracePeriodSeconds,
          "probe.readiness-grace-period",
          {
            en: "terminationGracePeriodSeconds must not be set on a readinessProbe (a failed readiness probe does not kill the container)",
            ko: "readinessProbe에는 terminationGracePeriodSeconds를 쓸 수 없다(readiness 검사가 실패해도 컨테이너를 종료하지 않는다)",
          },
          { en: "remove it", ko: "이 필드를 지운다" },
        );
      }
      return;
    }
    const success = value.successThreshold;
    // 0 is defaulted to 1 before the server validates, so only values above 1 are refused.
    if (typeof success === "number" && success > 1) {
      const probe = path.slice(path.lastIndexOf(".") + 1);
      checker.report(
        at(path, "successThreshold"),
        success,
        "probe.success-threshold",
        {
          en: `successThreshold must be 1 for ${probe}`,
          ko: `${probe}의 successThreshold는 1이어야 한다`,
        },
        { en: "set it to 1 or remove it", ko: "1로 바꾸거나 지운다" },
      );
    }
  },
};
