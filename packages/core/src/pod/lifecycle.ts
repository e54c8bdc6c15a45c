/**
 * Lifecycle hooks of a container (`postStart`, `preStop`), checked as `validateLifecycle` and `validateHandler`
 * check them: exactly one of exec, httpGet, tcpSocket, sleep; a sleep within the pod's grace period.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker, isRecord } from "../context.js";
import { josa } from "../i18n.js";
import { supports } from "../version.js";
import { CONTAINERS, POD_API } from "./links.js";
import {
  checkOneHandler,
  type ExecAction,
  execSection,
  type HTTPGetAction,
  httpGetSection,
  type TCPSocketAction,
  tcpSocketSection,
} from "./probe.js";

const HOOKS = `${CONTAINERS}/container-lifecycle-hooks/`;
const LIFECYCLE_API = `${POD_API}/#lifecycle`;

export interface SleepAction {
  readonly seconds: number;
}

/** Kubernetes' `LifecycleHandler` (core/v1): the action of a lifecycle hook. Exactly one field is set. */
export interface LifecycleHandler {
  readonly exec?: ExecAction;
  readonly httpGet?: HTTPGetAction;
  readonly tcpSocket?: TCPSocketAction;
  readonly sleep?: SleepAction;
}

/**
 * Kubernetes' `Lifecycle` (core/v1): the hooks the kubelet runs right after a container starts and before it stops.
 */
export interface Lifecycle {
  readonly postStart?: LifecycleHandler;
  readonly preStop?: LifecycleHandler;
}

/** `PodLifecycleSleepActionAllowZero`: beta, on by default, from 1.33. */
const SLEEP_ZERO_SINCE = "1.33";

export const sleepFields = {
  seconds: {
    type: "integer",
    required: true,
    minimum: 0,
    description: {
      en: "Seconds to sleep; at most the pod's terminationGracePeriodSeconds (30 unless set).",
      ko: "잠들 시간(초). 파드의 terminationGracePeriodSeconds(지정하지 않으면 30) 이하여야 한다.",
    },
    rules: [
      {
        en: "0 is allowed from Kubernetes 1.33 (PodLifecycleSleepActionAllowZero); older releases need at least 1.",
        ko: "0은 쿠버네티스 1.33부터 쓸 수 있다(PodLifecycleSleepActionAllowZero). 그 전 릴리스에서는 1 이상이어야 한다.",
      },
    ],
    link: LIFECYCLE_API,
  },
} as const satisfies FieldCatalogue<SleepAction>;

export const sleepSection: CatalogueSection<"sleepAction"> = {
  name: "sleepAction",
  title: { en: "Sleep action", ko: "sleep 동작" },
  description: {
    en: "Pauses for a number of seconds, e.g. to let a load balancer stop sending traffic before the container stops.",
    ko: "정해진 시간 동안 기다린다. 예를 들어 컨테이너가 멈추기 전에 로드 밸런서가 트래픽을 끊을 시간을 준다.",
  },
  fields: sleepFields,
  check(checker, path, value) {
    if (value.seconds === 0 && !supports(checker.version, SLEEP_ZERO_SINCE)) {
      checker.report(
        at(path, "seconds"),
        0,
        "lifecycle.sleep-zero",
        {
          en: `a zero-second sleep needs Kubernetes ${SLEEP_ZERO_SINCE} or later, but the target is ${checker.version}`,
          ko: `0초 sleep은 쿠버네티스 ${SLEEP_ZERO_SINCE} 이상이 필요한데 대상 버전이 ${josa(checker.version, "이다/다")}`,
        },
        { en: "sleep at least 1 second, or remove the hook", ko: "1초 이상으로 바꾸거나 훅을 지운다" },
      );
    }
  },
};

export const lifecycleHandlerFields = {
  exec: {
    type: "object",
    section: execSection,
    description: { en: "Run a command in the container.", ko: "컨테이너 안에서 명령을 실행한다." },
    link: HOOKS,
  },
  httpGet: {
    type: "object",
    section: httpGetSection,
    description: { en: "Send an HTTP GET request.", ko: "HTTP GET 요청을 보낸다." },
    link: HOOKS,
  },
  tcpSocket: {
    type: "object",
    section: tcpSocketSection,
    description: {
      en: "Open a TCP connection (kept for compatibility; the kubelet does not run it as a hook).",
      ko: "TCP 연결을 연다(호환성 때문에 남아 있을 뿐, kubelet은 훅으로 실행하지 않는다).",
    },
    link: HOOKS,
  },
  sleep: {
    type: "object",
    section: sleepSection,
    since: "1.30",
    ga: "1.34",
    description: { en: "Sleep for a number of seconds.", ko: "정해진 시간(초) 동안 잠든다." },
    link: `${HOOKS}#hook-handler-implementations`,
  },
} as const satisfies FieldCatalogue<LifecycleHandler>;

const LIFECYCLE_HANDLERS = ["exec", "httpGet", "tcpSocket", "sleep"] as const;

export const lifecycleHandlerSection: CatalogueSection<"lifecycleHandler"> = {
  name: "lifecycleHandler",
  title: { en: "Lifecycle handler", ko: "라이프사이클 처리기" },
  description: {
    en: "What a hook does: exactly one of exec, httpGet, tcpSocket, sleep.",
    ko: "훅이 하는 일. exec, httpGet, tcpSocket, sleep 중 정확히 하나를 쓴다.",
  },
  fields: lifecycleHandlerFields,
  check(checker, path, value) {
    checkOneHandler(checker, path, value, LIFECYCLE_HANDLERS, { en: "a hook", ko: "훅" });
  },
};

export const lifecycleFields = {
  postStart: {
    type: "object",
    section: lifecycleHandlerSection,
    description: {
      en: "Runs right after the container is created; if it fails, the container is restarted per its policy.",
      ko: "컨테이너가 만들어진 직후 실행된다. 실패하면 재시작 정책에 따라 컨테이너를 다시 시작한다.",
    },
    link: HOOKS,
  },
  preStop: {
    type: "object",
    section: lifecycleHandlerSection,
    description: {
      en: "Runs before the container is stopped; the grace period counts down while it runs.",
      ko: "컨테이너를 멈추기 전에 실행된다. 실행되는 동안에도 유예 시간은 줄어든다.",
    },
    link: HOOKS,
  },
} as const satisfies FieldCatalogue<Lifecycle>;

export const lifecycleSection: CatalogueSection<"lifecycle"> = {
  name: "lifecycle",
  title: { en: "Lifecycle hooks", ko: "라이프사이클 훅" },
  fields: lifecycleFields,
};

/** The pod's grace period as the server sees it after defaulting. */
const DEFAULT_GRACE_PERIOD = 30;

/**
 * `validateSleepAction`'s upper bound, which needs the pod: a sleep hook may not outlast the pod's
 * terminationGracePeriodSeconds (30 when unset).
 */
export function checkSleepWithinGrace(
  checker: Checker,
  path: string,
  container: Record<string, unknown>,
  gracePeriod: unknown,
): void {
  const lifecycle = container.lifecycle;
  if (!isRecord(lifecycle)) return;
  const grace = typeof gracePeriod === "number" ? gracePeriod : DEFAULT_GRACE_PERIOD;
  for (const hook of ["postStart", "preStop"] as const) {
    const handler = lifecycle[hook];
    if (!isRecord(handler) || !isRecord(handler.sleep)) continue;
    const seconds = handler.sleep.seconds;
    if (typeof seconds !== "number" || seconds <= grace) continue;
    checker.report(
      at(at(at(at(path, "lifecycle"), hook), "sleep"), "seconds"),
      seconds,
      "lifecycle.sleep-grace-period",
      {
        en: `sleeps ${seconds}s, longer than the pod's terminationGracePeriodSeconds (${grace})`,
        ko: `${seconds}초 동안 잠드는데, 파드의 terminationGracePeriodSeconds(${grace})보다 길다`,
      },
      {
        en: `sleep ${grace}s or less, or raise terminationGracePeriodSeconds`,
        ko: `${grace}초 이하로 줄이거나 terminationGracePeriodSeconds를 늘린다`,
      },
    );
  }
}
