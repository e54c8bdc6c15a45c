/**
 * Container resources, checked as `ValidateContainerResourceRequirements` checks them: resource names
 * (`validateContainerResourceName`), quantities (`ValidateResourceQuantityValue`), request against limit,
 * extended resources (integers, no overcommit), hugepages, and `claims`.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker, isRecord } from "../context.js";
import { checkDns1123Label } from "../formats.js";
import { josa } from "../i18n.js";
import { checkNonNegativeQuantity, compareQuantities, parseQuantity, type Quantity } from "../quantity.js";
import { closest } from "../schema.js";
import { K8S_DOCS, POD_API } from "./links.js";

const MANAGE = `${K8S_DOCS}/concepts/configuration/manage-resources-containers/`;
const RESOURCES_API = `${POD_API}/#resources`;

type Quantities = Readonly<Record<string, string | number>>;

export interface ResourceClaim {
  readonly name: string;
  readonly request?: string;
}

/** Kubernetes' `ResourceRequirements` (core/v1): what a container requests and may use at most. */
export interface ResourceRequirements {
  readonly requests?: Quantities;
  readonly limits?: Quantities;
  readonly claims?: readonly ResourceClaim[];
}

/** `standardContainerResources`, plus any `hugepages-<size>`. */
export const STANDARD_CONTAINER_RESOURCES = ["cpu", "memory", "ephemeral-storage"] as const;
const HUGEPAGES = "hugepages-";

/** `IsQualifiedName`: `[prefix/]name`, prefix a DNS-1123 subdomain, name at most 63 characters. */
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function isQualifiedName(value: string): boolean {
  const parts = value.split("/");
  if (parts.length > 2) return false;
  const name = parts.at(-1)!;
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) return false;
  if (parts.length === 1) return true;
  const prefix = parts[0]!;
  return prefix.length > 0 && prefix.length <= 253 && SUBDOMAIN.test(prefix);
}

/** `IsNativeResource`: unprefixed, or in the `kubernetes.io/` domain. */
function isNative(name: string): boolean {
  return !name.includes("/") || name.includes("kubernetes.io/");
}

/** `IsOvercommitAllowed`: native and not hugepages; extended resources and hugepages need request = limit. */
function overcommitAllowed(name: string): boolean {
  return isNative(name) && !name.startsWith(HUGEPAGES);
}

function isCpuOrMemory(name: string): boolean {
  return name === "cpu" || name === "memory";
}

function isInteger(q: Quantity): boolean {
  return q.exponent >= 0 || q.mantissa === 0n;
}

/** The integer value of a whole quantity (`Quantity.Value()` for values that need no rounding). */
function integerValue(q: Quantity): bigint {
  return q.mantissa * 10n ** BigInt(q.exponent);
}

const PER_RESOURCE = {
  type: "object",
  format: "quantity-map",
  link: MANAGE,
} as const;

export const resourceClaimFields = {
  name: {
    type: "string",
    required: true,
    description: {
      en: "Name of an entry of the pod's `resourceClaims` this container uses.",
      ko: "이 컨테이너가 쓸 파드 `resourceClaims` 항목의 이름.",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/dynamic-resource-allocation/`,
  },
  request: {
    type: "string",
    format: "dns1123-label",
    description: {
      en: "One request of that claim; unset, all of them.",
      ko: "그 클레임의 요청 중 하나. 지정하지 않으면 모든 요청이다.",
    },
    link: `${K8S_DOCS}/concepts/scheduling-eviction/dynamic-resource-allocation/`,
  },
} as const satisfies FieldCatalogue<ResourceClaim>;

export const resourceClaimSection: CatalogueSection<"resourceClaim"> = {
  name: "resourceClaim",
  title: { en: "Resource claim", ko: "리소스 클레임" },
  fields: resourceClaimFields,
};

export const resourcesFields = {
  requests: {
    ...PER_RESOURCE,
    description: {
      en: "What the scheduler reserves per resource, e.g. `{ cpu: 100m, memory: 200Mi }`; unset, the limit.",
      ko: "리소스별로 스케줄러가 확보하는 요청 양(예: `{ cpu: 100m, memory: 200Mi }`). 지정하지 않으면 제한 값을 쓴다.",
    },
  },
  limits: {
    ...PER_RESOURCE,
    description: {
      en: "The most the container may use per resource; memory above it gets the container killed, CPU is throttled.",
      ko: "리소스별로 컨테이너가 쓸 수 있는 최대치. 메모리가 넘으면 컨테이너가 종료되고, CPU는 제한된다.",
    },
  },
  claims: {
    type: "object[]",
    section: resourceClaimSection,
    description: {
      en: "Dynamic resource claims of the pod that this container uses.",
      ko: "이 컨테이너가 쓰는 파드의 동적 리소스 클레임.",
    },
    rules: [
      {
        en: "Each name must be in the pod's `resourceClaims`, which podworks does not model yet: any claim is refused.",
        ko: "이름마다 파드의 `resourceClaims`에 있어야 하는데, podworks는 아직 그 필드를 다루지 않으므로 클레임은 모두 거부된다.",
      },
    ],
    link: RESOURCES_API,
  },
} as const satisfies FieldCatalogue<ResourceRequirements>;

export const resourcesSection: CatalogueSection<"resources"> = {
  name: "resources",
  title: { en: "Resources", ko: "리소스" },
  description: {
    en: "Names are cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource (`nvidia.com/gpu`).",
    ko: "리소스 이름은 cpu, memory, ephemeral-storage, hugepages-<크기>, 또는 도메인이 붙은 확장 리소스(`nvidia.com/gpu`)다.",
  },
  fields: resourcesFields,
  check: checkResources,
};

/** The checks of `validateResourceRequirements` that span requests, limits and names. */
function checkResources(checker: Checker, path: string, value: Record<string, unknown>): void {
  const requests = isRecord(value.requests) ? value.requests : undefined;
  const limits = isRecord(value.limits) ? value.limits : undefined;
  let cpuOrMemory = false;
  let hugepages = false;
  for (let k = 0; k < 2; k++) {
    const kind = k === 0 ? "limits" : "requests";
    const map = k === 0 ? limits : requests;
    if (!map) continue;
    // Paths are joined only for a report: a valid resources object (the usual one) builds none.
    for (const name of Object.keys(map)) {
      if (!isStandardName(name)) checkResourceName(checker, at(at(path, kind), name), name);
      const quantity = checkQuantity(checker, path, kind, name, map[name]);
      if (isCpuOrMemory(name)) cpuOrMemory = true;
      if (name.startsWith(HUGEPAGES)) {
        hugepages = true;
        if (quantity) checkHugePageValue(checker, at(at(path, kind), name), name, quantity, map[name]);
      }
      if (kind === "requests" && quantity)
        checkAgainstLimit(checker, path, name, map[name], quantity, limits);
    }
  }
  if (hugepages && !cpuOrMemory) {
    checker.report(
      path,
      value,
      "resources.hugepages-need-cpu-or-memory",
      {
        en: "hugepages need a cpu or memory request or limit beside them",
        ko: "hugepages를 쓰려면 cpu나 memory의 요청 또는 제한도 함께 있어야 한다",
      },
      {
        en: "add a memory limit (or request), e.g. limits: { memory: 100Mi }",
        ko: "memory 제한(또는 요청)을 추가한다(예: limits: { memory: 100Mi })",
      },
    );
  }
  checkClaims(checker, at(path, "claims"), value.claims);
}

function checkResourceName(checker: Checker, path: string, name: string): void {
  if (!isQualifiedName(name)) {
    checker.report(
      path,
      name,
      "resources.name",
      {
        en: `"${name}" is not a valid resource name: [domain/]name, the name at most 63 letters, digits, '-', '_' or '.'`,
        ko: `${josa(`"${name}"`, "은/는")} 올바른 리소스 이름이 아니다. [도메인/]이름 형식이고, 이름은 영문자, 숫자, '-', '_', '.'로 된 63자 이하여야 한다`,
      },
      {
        en: "use cpu, memory, ephemeral-storage, hugepages-<size> or vendor.example/<name>",
        ko: "cpu, memory, ephemeral-storage, hugepages-<크기>, vendor.example/<이름> 중 하나를 쓴다",
      },
    );
    return;
  }
  if (name.includes("/")) return;
  if ((STANDARD_CONTAINER_RESOURCES as readonly string[]).includes(name) || name.startsWith(HUGEPAGES))
    return;
  // A typo keeps the first letter (cpuu, memroy); gpu is an extended resource without its domain, not cpu.
  const near = closest(name, STANDARD_CONTAINER_RESOURCES);
  const guess = near !== undefined && near[0] === name[0] ? near : undefined;
  checker.report(
    path,
    name,
    "resources.name",
    {
      en: `"${name}" is not a standard container resource (cpu, memory, ephemeral-storage, hugepages-<size>); other resources need a domain, like nvidia.com/gpu`,
      ko: `${josa(`"${name}"`, "은/는")} 컨테이너의 표준 리소스(cpu, memory, ephemeral-storage, hugepages-<크기>)가 아니다. 다른 리소스에는 nvidia.com/gpu처럼 도메인을 붙인다`,
    },
    guess
      ? { en: `did you mean "${guess}"?`, ko: `${josa(`"${guess}"`, "을/를")} 쓰려던 것인지 확인한다` }
      : {
          en: "write the extended resource with its vendor's domain, e.g. nvidia.com/gpu",
          ko: "확장 리소스는 nvidia.com/gpu처럼 제공자의 도메인을 붙여 쓴다",
        },
  );
}

/** cpu, memory, ephemeral-storage: valid names that need no further look (`checkResourceName` accepts them). */
function isStandardName(name: string): boolean {
  return (STANDARD_CONTAINER_RESOURCES as readonly string[]).includes(name);
}

/** The quantity at `<path>.<kind>.<name>`, checked and parsed. */
function checkQuantity(
  checker: Checker,
  path: string,
  kind: "limits" | "requests",
  name: string,
  value: unknown,
): Quantity | undefined {
  const problem = checkNonNegativeQuantity(value);
  if (problem) {
    checker.report(at(at(path, kind), name), value, problem.rule, problem.message, problem.fix);
    return undefined;
  }
  const quantity = parseQuantity(value as string | number)!;
  // `IsIntegerResourceName`: extended resources are counted in whole units.
  if (!isNative(name) && !isInteger(quantity)) {
    checker.report(
      at(at(path, kind), name),
      value,
      "resources.integer",
      {
        en: `${name} is counted in whole units; ${String(value)} is not an integer`,
        ko: `${josa(name, "은/는")} 정수 단위로 세는데 ${josa(String(value), "은/는")} 정수가 아니다`,
      },
      { en: "use a whole number such as 1", ko: "1 같은 정수를 쓴다" },
    );
  }
  return quantity;
}

function checkHugePageValue(
  checker: Checker,
  path: string,
  name: string,
  quantity: Quantity,
  value: unknown,
): void {
  const size = parseQuantity(name.slice(HUGEPAGES.length));
  const ok =
    size !== undefined &&
    size.mantissa > 0n &&
    isInteger(size) &&
    isInteger(quantity) &&
    integerValue(quantity) % integerValue(size) === 0n;
  if (ok) return;
  checker.report(
    path,
    value,
    "resources.hugepages-multiple",
    {
      en: `${String(value)} is not a whole multiple of the page size of ${name}`,
      ko: `${josa(String(value), "은/는")} ${name} 페이지 크기의 정수배가 아니다`,
    },
    {
      en: `use a multiple of the page size (${name.slice(HUGEPAGES.length)}), e.g. 2 pages`,
      ko: `페이지 크기(${name.slice(HUGEPAGES.length)})의 정수배를 쓴다`,
    },
  );
}

function checkAgainstLimit(
  checker: Checker,
  path: string,
  name: string,
  request: unknown,
  quantity: Quantity,
  limits: Record<string, unknown> | undefined,
): void {
  const limit = limits?.[name];
  const requestPath = at(at(path, "requests"), name);
  if (limit === undefined) {
    if (overcommitAllowed(name)) return;
    checker.report(
      at(at(path, "limits"), name),
      undefined,
      "resources.limit-required",
      {
        en: `${name} cannot be overcommitted: a request needs a limit of the same amount`,
        ko: `${josa(name, "은/는")} 초과 할당할 수 없어서 요청과 같은 양의 제한이 있어야 한다`,
      },
      {
        en: `set limits.${name} to ${String(request)} (or give only the limit)`,
        ko: `limits.${name}에 ${josa(String(request), "을/를")} 지정한다(또는 제한만 적는다)`,
      },
    );
    return;
  }
  const limitQuantity = parseQuantity(limit as string | number);
  if (!limitQuantity) return;
  const order = compareQuantities(quantity, limitQuantity);
  if (order !== 0 && !overcommitAllowed(name)) {
    checker.report(
      requestPath,
      request,
      "resources.request-equals-limit",
      {
        en: `the ${name} request ${String(request)} must equal its limit ${String(limit)}`,
        ko: `${name} 요청(${String(request)})은 제한(${String(limit)})과 같아야 한다`,
      },
      { en: "give the same amount in both, or only the limit", ko: "두 값을 같게 하거나 제한만 적는다" },
    );
  } else if (order > 0) {
    checker.report(
      requestPath,
      request,
      "pod.request-above-limit",
      {
        en: `the ${name} request ${String(request)} is above its limit ${String(limit)}`,
        ko: `${name} 요청(${String(request)})이 제한(${String(limit)})보다 크다`,
      },
      {
        en: `lower the request to ${String(limit)} or less, or raise the limit`,
        ko: `요청을 ${String(limit)} 이하로 낮추거나 제한을 올린다`,
      },
    );
  }
}

/** `validateResourceClaimNames`, with the pod's `resourceClaims` empty (podworks does not model them). */
function checkClaims(checker: Checker, path: string, claims: unknown): void {
  if (!Array.isArray(claims)) return;
  claims.forEach((claim, index) => {
    if (!isRecord(claim) || typeof claim.name !== "string" || claim.name === "") return;
    const problem = checkDns1123Label(claim.name);
    if (problem) {
      checker.report(at(at(path, index), "name"), claim.name, problem.rule, problem.message, problem.fix);
      return;
    }
    checker.report(
      at(at(path, index), "name"),
      claim.name,
      "resources.claim-unknown",
      {
        en: `claim "${claim.name}" must name an entry of the pod's resourceClaims, which is empty (podworks does not model it yet)`,
        ko: `${josa(`"${claim.name}"`, "이라는/라는")} 클레임은 파드의 resourceClaims 항목을 가리켜야 하는데, 그 목록이 비어 있다(podworks는 아직 그 필드를 다루지 않는다)`,
      },
      {
        en: "remove the claim; dynamic resource allocation is not supported by podworks yet",
        ko: "클레임을 지운다. podworks는 아직 동적 리소스 할당을 지원하지 않는다",
      },
    );
  });
}
