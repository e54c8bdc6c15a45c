/** Rules shared by the rolling updates of DaemonSets and StatefulSets, and by their selectors. */
import { at, type Checker, isRecord } from "./context.js";
import { isZeroIntOrPercent } from "./formats.js";
import { josa } from "./i18n.js";

type Raw = Record<string, unknown>;

const PERCENT = /^(\d+)%$/;

function percentOver100(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const match = PERCENT.exec(value);
  return match !== null && Number(match[1]) > 100;
}

/** maxUnavailable / maxSurge: percentages at most 100%, and for a DaemonSet exactly one of them non-zero. */
export function checkRollingUpdate(
  checker: Checker,
  path: string,
  rollingUpdate: Raw,
  requireOneNonZero: boolean,
): void {
  for (const key of ["maxUnavailable", "maxSurge"] as const) {
    const value = rollingUpdate[key];
    if (percentOver100(value)) {
      checker.report(
        at(path, key),
        value,
        "rollout.percent-range",
        { en: "a percentage may be at most 100%", ko: "백분율은 100%를 넘을 수 없다" },
        { en: 'use a value from "0%" to "100%"', ko: '"0%"에서 "100%" 사이의 값을 쓴다' },
      );
    }
  }
  if (!requireOneNonZero) return;
  const unavailable = rollingUpdate.maxUnavailable ?? 1;
  const surge = rollingUpdate.maxSurge ?? 0;
  const validShape = (v: unknown) => typeof v === "number" || typeof v === "string";
  if (!validShape(unavailable) || !validShape(surge)) return;
  const zeroUnavailable = isZeroIntOrPercent(unavailable as number | string);
  const zeroSurge = isZeroIntOrPercent(surge as number | string);
  if (zeroUnavailable && zeroSurge) {
    checker.report(
      at(path, "maxUnavailable"),
      rollingUpdate.maxUnavailable,
      "rollout.both-zero",
      {
        en: "maxUnavailable and maxSurge cannot both be 0: the rollout could never make progress",
        ko: "maxUnavailable과 maxSurge가 둘 다 0이면 롤아웃이 진행될 수 없다",
      },
      {
        en: "set maxUnavailable to 1 (the default) or maxSurge to 1",
        ko: "maxUnavailable을 1(기본값)로 두거나 maxSurge를 1로 지정한다",
      },
    );
  } else if (!zeroUnavailable && !zeroSurge) {
    checker.report(
      at(path, "maxSurge"),
      rollingUpdate.maxSurge,
      "rollout.both-non-zero",
      {
        en: "maxSurge may only be set when maxUnavailable is 0",
        ko: "maxSurge는 maxUnavailable이 0일 때만 쓸 수 있다",
      },
      {
        en: "set maxUnavailable: 0 to surge new pods first, or remove maxSurge",
        ko: "새 파드를 먼저 띄우려면 maxUnavailable: 0으로 두고, 아니면 maxSurge를 지운다",
      },
    );
  }
}

/** `rollingUpdate` only makes sense with type RollingUpdate. */
export function checkStrategyShape(checker: Checker, path: string, strategy: unknown): Raw | undefined {
  if (!isRecord(strategy)) return undefined;
  const type = strategy.type ?? "RollingUpdate";
  if (type !== "RollingUpdate" && strategy.rollingUpdate !== undefined) {
    checker.report(
      at(path, "rollingUpdate"),
      strategy.rollingUpdate,
      "rollout.rolling-update-with-on-delete",
      {
        en: `rollingUpdate may only be set when type is RollingUpdate, not ${String(type)}`,
        ko: `rollingUpdate는 type이 RollingUpdate일 때만 쓸 수 있는데 ${josa(String(type), "이다/다")}`,
      },
      {
        en: "remove rollingUpdate, or set type: RollingUpdate",
        ko: "rollingUpdate를 지우거나 type을 RollingUpdate로 바꾼다",
      },
    );
    return undefined;
  }
  return isRecord(strategy.rollingUpdate) ? strategy.rollingUpdate : undefined;
}

/** Every selector label must be on the pods, with the same value. */
export function checkSelector(checker: Checker, spec: Raw): void {
  const selector = spec.selector;
  if (!isRecord(selector)) return;
  const podLabels: Raw = {
    ...(isRecord(spec.labels) ? spec.labels : {}),
    ...(isRecord(spec.podLabels) ? spec.podLabels : {}),
  };
  if (Object.keys(selector).length === 0) {
    checker.report(
      "selector",
      selector,
      "selector.empty",
      { en: "an empty selector would select every pod", ko: "빈 셀렉터는 모든 파드를 선택하게 된다" },
      {
        en: "remove selector to select by app.kubernetes.io/name, or add a label",
        ko: "selector를 지워 app.kubernetes.io/name으로 선택하게 하거나 레이블을 추가한다",
      },
    );
  }
  for (const [key, value] of Object.entries(selector)) {
    if (podLabels[key] !== value) {
      checker.report(
        at("selector", key),
        value,
        "selector.labels-mismatch",
        {
          en: `the selector requires label ${key}=${String(value)}, but the pods would not carry it`,
          ko: `셀렉터가 레이블 ${josa(`${key}=${String(value)}`, "을/를")} 요구하는데 파드에 그 레이블이 없다`,
        },
        {
          en: `add ${key}: ${String(value)} to labels or podLabels, or change the selector`,
          ko: `labels나 podLabels에 ${josa(`${key}: ${String(value)}`, "을/를")} 추가하거나 셀렉터를 고친다`,
        },
      );
    }
  }
}
