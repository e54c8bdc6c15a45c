/**
 * Container resources: requests and limits as quantities, each request at most its limit.
 */
import { at, type Checker, isRecord } from "../context.js";
import { checkNonNegativeQuantity, compareQuantities, parseQuantity } from "../quantity.js";

export function checkResources(checker: Checker, path: string, resources: unknown): void {
  if (!isRecord(resources)) return;
  const base = at(path, "resources");
  for (const key of Object.keys(resources)) {
    if (key !== "requests" && key !== "limits" && key !== "claims") {
      checker.report(
        at(base, key),
        resources[key],
        "unknown-field",
        { en: `unknown field "${key}"`, ko: `알 수 없는 필드 "${key}"` },
        { en: "use `requests` and `limits`", ko: "`requests`와 `limits`를 쓴다" },
      );
    }
  }
  const requests = isRecord(resources.requests) ? resources.requests : undefined;
  const limits = isRecord(resources.limits) ? resources.limits : undefined;
  if (requests) checkQuantities(checker, at(base, "requests"), requests);
  if (limits) checkQuantities(checker, at(base, "limits"), limits);
  // Without both maps there is no request to compare with its limit.
  if (!requests || !limits) return;
  for (const [resource, request] of Object.entries(requests)) {
    const limit = limits[resource];
    if (limit === undefined) continue;
    const r = parseQuantity(request as string | number);
    const l = parseQuantity(limit as string | number);
    if (r && l && compareQuantities(r, l) > 0) {
      checker.report(
        at(at(base, "requests"), resource),
        request,
        "pod.request-above-limit",
        {
          en: `the ${resource} request ${String(request)} is above its limit ${String(limit)}`,
          ko: `${resource} 요청량(${String(request)})이 상한(${String(limit)})보다 크다`,
        },
        {
          en: `lower the request to ${String(limit)} or less, or raise the limit`,
          ko: `요청량을 ${String(limit)} 이하로 낮추거나 상한을 올린다`,
        },
      );
    }
  }
}

/**
 * Each value of `requests` or `limits` is a non-negative quantity. (checkNonNegativeQuantity reports
 * exactly what checkQuantity would for a malformed value, so one scan is enough.)
 */
function checkQuantities(checker: Checker, path: string, values: Record<string, unknown>): void {
  for (const resource of Object.keys(values)) {
    const value = values[resource];
    const problem = checkNonNegativeQuantity(value);
    if (problem) checker.report(at(path, resource), value, problem.rule, problem.message, problem.fix);
  }
}
