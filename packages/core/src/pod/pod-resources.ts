/**
 * Pod-level `resources` (PodLevelResources: beta, on by default since 1.34), checked like `validatePodResources`
 * and `validatePodResourceConsistency` in kubernetes/kubernetes `pkg/apis/core/validation/validation.go`.
 *
 * The server validates a workload's template as written, but each pod only after the pod defaults have run
 * (`SetDefaults_Pod`: a container's missing request takes its limit; missing pod-level requests take the
 * containers' total, else the pod-level limit). A template the server accepts can therefore still produce pods it
 * rejects, so podworks checks the defaulted pod: what the controller will actually create.
 */
import type { CatalogueSection } from "../catalogue.js";
import { at, type Checker, isRecord } from "../context.js";
import { josa } from "../i18n.js";
import { checkNonNegativeQuantity, compareQuantities, parseQuantity, type Quantity } from "../quantity.js";
import { CONTAINERS } from "./links.js";
import { eachItem, list } from "./list.js";

/**
 * Kubernetes' pod-level `resources` (core/v1 `ResourceRequirements` on the pod): requests and limits shared by all
 * containers of a pod.
 */
export interface PodResources {
  readonly requests?: Readonly<Record<string, string | number>>;
  readonly limits?: Readonly<Record<string, string | number>>;
}

const HUGEPAGES = "hugepages-";
const LINK = `${CONTAINERS}/../configuration/manage-resources-containers/#pod-level-resource-specification`;

function isSupported(name: string): boolean {
  return name === "cpu" || name === "memory" || name.startsWith(HUGEPAGES);
}

/** a + b, exactly. */
function add(a: Quantity, b: Quantity): Quantity {
  const exponent = Math.min(a.exponent, b.exponent);
  const left = a.mantissa * 10n ** BigInt(a.exponent - exponent);
  const right = b.mantissa * 10n ** BigInt(b.exponent - exponent);
  return { mantissa: left + right, exponent, format: a.format };
}

function max(a: Quantity, b: Quantity): Quantity {
  return compareQuantities(a, b) >= 0 ? a : b;
}

type Totals = Map<string, Quantity>;

/** A quantity in whole base units, or undefined when it has a fraction. */
function wholeUnits(q: Quantity): bigint | undefined {
  if (q.exponent >= 0) return q.mantissa * 10n ** BigInt(q.exponent);
  const divisor = 10n ** BigInt(-q.exponent);
  return q.mantissa % divisor === 0n ? q.mantissa / divisor : undefined;
}

/** `validateResourceQuantityHugePageValue`: a hugepages amount is a whole number of pages of its size. */
function isWholePages(name: string, value: string | number): boolean {
  const page = parseQuantity(name.slice(HUGEPAGES.length));
  const amount = parseQuantity(value);
  if (!page || !amount) return true;
  const pageBytes = wholeUnits(page);
  const bytes = wholeUnits(amount);
  if (pageBytes === undefined || pageBytes <= 0n) return true;
  return bytes !== undefined && bytes % pageBytes === 0n;
}

function quantities(map: unknown): Totals {
  const out: Totals = new Map();
  if (!isRecord(map)) return out;
  for (const [name, value] of Object.entries(map)) {
    const q = typeof value === "string" || typeof value === "number" ? parseQuantity(value) : undefined;
    if (q) out.set(name, q);
  }
  return out;
}

/** A container's requests after defaulting: a resource with a limit and no request requests its limit. */
function effectiveRequests(container: Record<string, unknown>): Totals {
  const resources = isRecord(container.resources) ? container.resources : {};
  const requests = quantities(resources.requests);
  for (const [name, limit] of quantities(resources.limits))
    if (!requests.has(name)) requests.set(name, limit);
  return requests;
}

function addInto(target: Totals, values: Totals): void {
  for (const [name, q] of values) {
    const current = target.get(name);
    target.set(name, current ? add(current, q) : q);
  }
}

/**
 * `AggregateContainerRequests` (component-helpers `resource/helpers.go`): the containers and sidecars add up; a
 * regular init container runs alone beside the sidecars started before it, so each resource is the larger of the
 * two.
 */
function aggregate(spec: Record<string, unknown>, of: (c: Record<string, unknown>) => Totals): Totals {
  const total: Totals = new Map();
  for (const container of list(spec.containers)) addInto(total, of(container));
  const sidecars: Totals = new Map();
  const initPeak: Totals = new Map();
  for (const container of list(spec.initContainers)) {
    const own = of(container);
    if (container.restartPolicy === "Always") {
      addInto(total, own);
      addInto(sidecars, own);
      continue;
    }
    const use: Totals = new Map(sidecars);
    addInto(use, own);
    for (const [name, q] of use) {
      const current = initPeak.get(name);
      initPeak.set(name, current ? max(current, q) : q);
    }
  }
  for (const [name, q] of initPeak) {
    const current = total.get(name);
    total.set(name, current ? max(current, q) : q);
  }
  return total;
}

function containerLimits(container: Record<string, unknown>): Totals {
  return quantities(isRecord(container.resources) ? container.resources.limits : undefined);
}

function format(q: Quantity): string {
  // Enough for a message: the exact decimal value in base units.
  const digits = q.mantissa.toString();
  if (q.exponent >= 0) return digits + "0".repeat(q.exponent);
  const negative = digits.startsWith("-");
  const plain = negative ? digits.slice(1) : digits;
  const padded = plain.padStart(-q.exponent + 1, "0");
  const point = padded.length + q.exponent;
  return `${negative ? "-" : ""}${padded.slice(0, point)}.${padded.slice(point)}`;
}

export const podResourcesSection: CatalogueSection<"podResources"> = {
  name: "podResources",
  title: { en: "Pod resources", ko: "파드 리소스" },
  description: {
    en: "A CPU, memory and hugepages budget for the whole pod, which its containers share.",
    ko: "파드 전체의 CPU, 메모리, hugepages 예산. 컨테이너가 이를 나누어 쓴다.",
  },
  fields: {
    requests: {
      type: "object",
      description: {
        en: "Resources reserved for the pod, e.g. `{ cpu: 1, memory: 1Gi }`.",
        ko: "파드에 예약할 리소스(예: `{ cpu: 1, memory: 1Gi }`).",
      },
      rules: [
        {
          en: "At least the containers' total requests; at most the pod's limit.",
          ko: "컨테이너 요청의 합 이상이고 파드 제한 이하여야 한다.",
        },
      ],
      link: LINK,
    },
    limits: {
      type: "object",
      description: {
        en: "The most the pod's containers may use together.",
        ko: "파드의 컨테이너가 함께 쓸 수 있는 최대치.",
      },
      rules: [
        {
          en: "At least each container's own limit.",
          ko: "각 컨테이너의 제한 이상이어야 한다.",
        },
      ],
      link: LINK,
    },
  },
};

/** The checks of `spec.resources`, which need the containers too; run from `checkPod`. */
export function checkPodResources(checker: Checker, spec: Record<string, unknown>): void {
  const resources = spec.resources;
  if (!isRecord(resources)) return;
  let valid = true;
  for (const part of ["requests", "limits"] as const) {
    const map = resources[part];
    if (!isRecord(map)) continue;
    for (const [name, value] of Object.entries(map)) {
      const path = at(at("resources", part), name);
      if (!isSupported(name)) {
        valid = false;
        checker.report(
          path,
          value,
          "pod-resources.unsupported",
          {
            en: `pod-level resources support cpu, memory and hugepages-<size> only, not ${name}`,
            ko: `파드 수준 resources에는 cpu, memory, hugepages-<크기>만 쓸 수 있다. ${josa(name, "은/는")} 쓸 수 없다`,
          },
          {
            en: `move ${name} to the containers' resources`,
            ko: `${josa(name, "을/를")} 컨테이너의 resources로 옮긴다`,
          },
        );
        continue;
      }
      const problem = checkNonNegativeQuantity(value);
      if (problem) {
        valid = false;
        checker.report(path, value, problem.rule, problem.message, problem.fix);
      } else if (name.startsWith(HUGEPAGES) && !isWholePages(name, value as string | number)) {
        valid = false;
        const size = name.slice(HUGEPAGES.length);
        checker.report(
          path,
          value,
          "pod-resources.hugepages-size",
          {
            en: `${name} must be a whole number of ${size} pages`,
            ko: `${josa(name, "은/는")} ${size} 페이지의 정수배여야 한다`,
          },
          { en: `use a multiple of ${size}, e.g. ${size} or 2 × ${size}`, ko: `${size}의 배수를 쓴다` },
        );
      }
    }
  }
  if (!valid) return;

  const limits = quantities(resources.limits);
  const given = quantities(resources.requests);
  const containers = aggregate(spec, effectiveRequests);

  const names = new Set([...limits.keys(), ...given.keys()]);
  if (names.size > 0 && [...names].every((name) => name.startsWith(HUGEPAGES))) {
    checker.report(
      "resources",
      resources,
      "pod-resources.hugepages-alone",
      {
        en: "hugepages at pod level need a cpu or memory request or limit beside them",
        ko: "파드 수준 hugepages에는 cpu나 memory 요청 또는 제한이 함께 있어야 한다",
      },
      { en: "add a cpu or memory limit", ko: "cpu나 memory 제한을 추가한다" },
    );
  }

  // The defaulted pod-level requests: as given, else the containers' total, else the pod's limit.
  const requests: Totals = new Map(given);
  if (limits.size > 0) {
    for (const [name, q] of containers) {
      if (!requests.has(name) && isSupported(name) && !name.startsWith(HUGEPAGES)) requests.set(name, q);
    }
    for (const [name, q] of limits) if (!requests.has(name)) requests.set(name, q);
  }

  for (const [name, request] of requests) {
    const limit = limits.get(name);
    const path = at(at("resources", "requests"), name);
    if (name.startsWith(HUGEPAGES)) {
      if (limit === undefined || compareQuantities(request, limit) !== 0) {
        checker.report(
          path,
          resources.requests && isRecord(resources.requests) ? resources.requests[name] : undefined,
          "pod-resources.hugepages-limit",
          {
            en: `${name} cannot be overcommitted: its request must equal its limit`,
            ko: `${josa(name, "은/는")} 초과 할당할 수 없어 요청이 제한과 같아야 한다`,
          },
          { en: `set limits.${name} to the same value`, ko: `limits.${name}에 같은 값을 지정한다` },
        );
      }
    } else if (limit !== undefined && compareQuantities(request, limit) > 0) {
      checker.report(
        given.has(name) ? path : at(at("resources", "limits"), name),
        given.has(name)
          ? (resources.requests as Record<string, unknown>)[name]
          : (resources.limits as Record<string, unknown>)[name],
        "pod-resources.request-above-limit",
        {
          en: `the pod's ${name} request (${format(request)}) is above its limit (${format(limit)})`,
          ko: `파드의 ${name} 요청(${format(request)})이 제한(${format(limit)})보다 크다`,
        },
        {
          en: "raise the pod-level limit, or lower the requests",
          ko: "파드 수준 제한을 올리거나 요청을 낮춘다",
        },
      );
    }
    const total = containers.get(name);
    if (given.has(name) && total !== undefined && compareQuantities(total, request) > 0) {
      checker.report(
        path,
        (resources.requests as Record<string, unknown>)[name],
        "pod-resources.below-containers",
        {
          en: `the pod's ${name} request (${format(request)}) is below its containers' total requests (${format(total)})`,
          ko: `파드의 ${name} 요청(${format(request)})이 컨테이너 요청의 합(${format(total)})보다 작다`,
        },
        {
          en: "raise the pod-level request, or lower the containers' requests (a container limit without a request counts as its request)",
          ko: "파드 수준 요청을 올리거나 컨테이너 요청을 낮춘다(요청 없이 제한만 있는 컨테이너는 제한을 요청으로 본다)",
        },
      );
    }
  }

  eachItem(spec.containers, (container, index) => {
    for (const [name, limit] of containerLimits(container)) {
      const podLimit = limits.get(name);
      if (podLimit === undefined || compareQuantities(limit, podLimit) <= 0) continue;
      checker.report(
        at(at(at(at("containers", index), "resources"), "limits"), name),
        (container.resources as Record<string, Record<string, unknown>>).limits![name],
        "pod-resources.container-above-pod",
        {
          en: `this container's ${name} limit (${format(limit)}) is above the pod's (${format(podLimit)})`,
          ko: `이 컨테이너의 ${name} 제한(${format(limit)})이 파드의 제한(${format(podLimit)})보다 크다`,
        },
        { en: "lower it to the pod's limit or less", ko: "파드의 제한 이하로 낮춘다" },
      );
    }
  });
  const hugepageLimits = aggregate(spec, containerLimits);
  for (const [name, total] of hugepageLimits) {
    if (!name.startsWith(HUGEPAGES)) continue;
    const podLimit = limits.get(name);
    if (podLimit === undefined || compareQuantities(total, podLimit) <= 0) continue;
    checker.report(
      at(at("resources", "limits"), name),
      (resources.limits as Record<string, unknown>)[name],
      "pod-resources.hugepages-below-containers",
      {
        en: `the pod's ${name} limit (${format(podLimit)}) is below its containers' total (${format(total)})`,
        ko: `파드의 ${name} 제한(${format(podLimit)})이 컨테이너 제한의 합(${format(total)})보다 작다`,
      },
      { en: "raise the pod-level limit", ko: "파드 수준 제한을 올린다" },
    );
  }
}
