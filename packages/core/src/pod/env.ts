/**
 * Environment variables of a container: `env` and `envFrom`, checked as `ValidateEnv`, `validateEnvVarValueFrom`
 * and `ValidateEnvFrom` in pkg/apis/core/validation/validation.go check them.
 */
import type { CatalogueSection, FieldCatalogue } from "../catalogue.js";
import { at, type Checker } from "../context.js";
import { checkEnvVarName, checkLabelKey, type FormatProblem } from "../formats.js";
import { josa } from "../i18n.js";
import { compareQuantities, parseQuantity, type Quantity } from "../quantity.js";
import { closest } from "../schema.js";
import { supports } from "../version.js";
import { K8S_DOCS, POD_API } from "./links.js";
import { setByKubernetes } from "./server-default.js";

const ENV_TASK = `${K8S_DOCS}/tasks/inject-data-application/define-environment-variable-container/`;
const DOWNWARD = `${K8S_DOCS}/concepts/workloads/pods/downward-api/`;
const ENV_API = `${POD_API}/#environment-variables`;

export interface ObjectFieldSelector {
  /** @default "v1" */
  readonly apiVersion?: "v1";
  readonly fieldPath: string;
}

export interface ResourceFieldSelector {
  readonly containerName?: string;
  readonly resource: string;
  readonly divisor?: string | number;
}

export interface ConfigMapKeySelector {
  readonly name: string;
  readonly key: string;
  readonly optional?: boolean;
}

export type SecretKeySelector = ConfigMapKeySelector;

/**
 * Kubernetes' `EnvVarSource` (core/v1): where an environment variable's value comes from instead of `value`. Exactly
 * one field is set.
 */
export interface EnvVarSource {
  readonly fieldRef?: ObjectFieldSelector;
  readonly resourceFieldRef?: ResourceFieldSelector;
  readonly configMapKeyRef?: ConfigMapKeySelector;
  readonly secretKeyRef?: SecretKeySelector;
}

/** Kubernetes' `EnvVar` (core/v1): one environment variable of a container, with a value or a source. */
export interface EnvVar {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: EnvVarSource;
}

export interface EnvFromRef {
  readonly name: string;
  readonly optional?: boolean;
}

/** Kubernetes' `EnvFromSource` (core/v1): every key of a ConfigMap or Secret as environment variables. */
export interface EnvFromSource {
  readonly prefix?: string;
  readonly configMapRef?: EnvFromRef;
  readonly secretRef?: EnvFromRef;
}

/** `validEnvDownwardAPIFieldPathExpressions`; labels and annotations come with a subscript, `metadata.labels['k']`. */
export const ENV_FIELD_PATHS = [
  "metadata.name",
  "metadata.namespace",
  "metadata.uid",
  "spec.nodeName",
  "spec.serviceAccountName",
  "status.hostIP",
  "status.hostIPs",
  "status.podIP",
  "status.podIPs",
] as const;

/** `validContainerResourceFieldPathExpressions`, plus `requests.hugepages-*` and `limits.hugepages-*`. */
export const ENV_RESOURCES = [
  "limits.cpu",
  "limits.memory",
  "limits.ephemeral-storage",
  "requests.cpu",
  "requests.memory",
  "requests.ephemeral-storage",
] as const;

const SUBSCRIPTED = /^(metadata\.labels|metadata\.annotations)\['(.*)'\]$/s;

/** `IsEnvVarName`, the rule before `RelaxedEnvironmentVariableValidation` was on by default (1.32). */
const STRICT_ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const RELAXED_ENV_SINCE = "1.32";

/** `IsConfigMapKey`: `[-._a-zA-Z0-9]+`, at most 253 characters, not `.` or `..` or starting with `..`. */
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

function checkStrictEnvName(checker: Checker, path: string, name: unknown): void {
  if (typeof name !== "string" || name === "" || supports(checker.version, RELAXED_ENV_SINCE)) return;
  if (STRICT_ENV_NAME.test(name)) return;
  checker.report(
    path,
    name,
    "format.env-name",
    {
      en: `"${name}" is not a valid environment variable name on Kubernetes ${checker.version}: before ${RELAXED_ENV_SINCE} a name is letters, digits, '_', '-' and '.', not starting with a digit`,
      ko: `${josa(`"${name}"`, "은/는")} 쿠버네티스 ${checker.version}에서 올바른 환경 변수 이름이 아니다. ${RELAXED_ENV_SINCE} 전에는 영문자, 숫자, '_', '-', '.'만 쓸 수 있고 숫자로 시작할 수 없다`,
    },
    {
      en: "use a name like MY_SETTING, or target a newer Kubernetes version",
      ko: "MY_SETTING 같은 이름을 쓰거나 더 새로운 쿠버네티스 버전을 대상으로 한다",
    },
  );
}

function checkConfigMapKey(checker: Checker, path: string, key: unknown): void {
  if (typeof key !== "string" || key === "") return;
  if (key.length <= 253 && CONFIG_MAP_KEY.test(key) && key !== "." && !key.startsWith("..")) return;
  checker.report(
    path,
    key,
    "env.key",
    {
      en: `"${key}" is not a valid key: letters, digits, '-', '_' and '.', at most 253, not '.' or starting with '..'`,
      ko: `${josa(`"${key}"`, "은/는")} 올바른 키가 아니다. 영문자, 숫자, '-', '_', '.'만 쓰고 253자 이하여야 하며 '.'이거나 '..'으로 시작할 수 없다`,
    },
    { en: "use the key as it appears in the object's data", ko: "오브젝트의 data에 있는 키를 그대로 쓴다" },
  );
}

const NAME_OF_OBJECT = {
  type: "string",
  required: true,
  format: "dns1123-subdomain",
  link: ENV_API,
} as const;

function keySelectorFields(kind: { en: string; ko: string }) {
  return {
    name: {
      ...NAME_OF_OBJECT,
      description: {
        en: `Name of the ${kind.en} in the pod's namespace.`,
        ko: `파드 네임스페이스에 있는 ${kind.ko}의 이름.`,
      },
    },
    key: {
      type: "string",
      required: true,
      description: { en: `Key in the ${kind.en}'s data.`, ko: `${kind.ko}의 data에 있는 키.` },
      link: ENV_API,
    },
    optional: {
      type: "boolean",
      default: setByKubernetes(false),
      description: {
        en: `When true, a missing ${kind.en} or key leaves the variable unset instead of keeping the container from starting.`,
        ko: `true이면 ${josa(kind.ko, "이/가")} 없거나 키가 없을 때 컨테이너를 막지 않고 변수를 비워 둔다.`,
      },
      link: ENV_API,
    },
  } as const satisfies FieldCatalogue<ConfigMapKeySelector>;
}

function keySelectorSection<N extends string>(
  name: N,
  kind: { en: string; ko: string },
): CatalogueSection<N> {
  return {
    name,
    title: { en: `${kind.en} key`, ko: `${kind.ko} 키` },
    fields: keySelectorFields(kind),
    check(checker, path, value) {
      checkConfigMapKey(checker, at(path, "key"), value.key);
    },
  };
}

const CONFIG_MAP = { en: "ConfigMap", ko: "컨피그맵" };
const SECRET = { en: "Secret", ko: "시크릿" };

export const configMapKeySection = keySelectorSection("configMapKeySelector", CONFIG_MAP);
export const secretKeySection = keySelectorSection("secretKeySelector", SECRET);

export const objectFieldFields = {
  apiVersion: {
    type: "string",
    enum: ["v1"],
    default: setByKubernetes("v1"),
    description: { en: "API version the field path is written in.", ko: "fieldPath를 해석할 API 버전." },
    link: DOWNWARD,
  },
  fieldPath: {
    type: "string",
    required: true,
    description: {
      en: "The pod field: metadata.name, metadata.namespace, metadata.uid, metadata.labels['<key>'], metadata.annotations['<key>'], spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP or status.podIPs.",
      ko: "가져올 파드 필드. metadata.name, metadata.namespace, metadata.uid, metadata.labels['<키>'], metadata.annotations['<키>'], spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP, status.podIPs 중 하나다.",
    },
    link: DOWNWARD,
  },
} as const satisfies FieldCatalogue<ObjectFieldSelector>;

export const objectFieldSection: CatalogueSection<"objectFieldSelector"> = {
  name: "objectFieldSelector",
  title: { en: "Pod field reference", ko: "파드 필드 참조" },
  fields: objectFieldFields,
  check(checker, path, value) {
    const fieldPath = value.fieldPath;
    if (typeof fieldPath !== "string" || fieldPath === "") return;
    const subscripted = SUBSCRIPTED.exec(fieldPath);
    if (subscripted) {
      const [, field, key] = subscripted as unknown as [string, string, string];
      // The server lowercases annotation keys before checking them.
      const problem: FormatProblem | undefined = checkLabelKey(
        field === "metadata.annotations" ? key.toLowerCase() : key,
      );
      if (problem)
        checker.report(at(path, "fieldPath"), fieldPath, problem.rule, problem.message, problem.fix);
      return;
    }
    if ((ENV_FIELD_PATHS as readonly string[]).includes(fieldPath)) return;
    const list = ENV_FIELD_PATHS.join(", ");
    const guess = closest(fieldPath, [...ENV_FIELD_PATHS, "metadata.labels['<key>']"]);
    checker.report(
      at(path, "fieldPath"),
      fieldPath,
      "env.field-path",
      {
        en: `fieldPath "${fieldPath}" cannot be read into an environment variable; supported: ${list}, metadata.labels['<key>'], metadata.annotations['<key>']`,
        ko: `${josa(`"${fieldPath}"`, "은/는")} 환경 변수로 가져올 수 없는 fieldPath다. 쓸 수 있는 값은 ${list}, metadata.labels['<키>'], metadata.annotations['<키>']이다`,
      },
      guess
        ? { en: `did you mean "${guess}"?`, ko: `${josa(`"${guess}"`, "을/를")} 쓰려던 것인지 확인한다` }
        : { en: `use one of ${list}`, ko: `${list} 중 하나를 쓴다` },
    );
  },
};

const CPU_DIVISORS = ["1m", "1"];
const BYTE_DIVISORS = ["1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei"];
const PARSED_CPU_DIVISORS = CPU_DIVISORS.map((d) => parseQuantity(d)!);
const PARSED_BYTE_DIVISORS = BYTE_DIVISORS.map((d) => parseQuantity(d)!);

function isOneOf(value: Quantity, allowed: readonly Quantity[]): boolean {
  return allowed.some((q) => compareQuantities(q, value) === 0);
}

export const resourceFieldFields = {
  containerName: {
    type: "string",
    description: {
      en: "Container whose resources are read; unset, this container.",
      ko: "리소스 값을 읽을 컨테이너. 지정하지 않으면 이 컨테이너다.",
    },
    link: DOWNWARD,
  },
  resource: {
    type: "string",
    required: true,
    description: {
      en: "limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage, or requests./limits.hugepages-<size>.",
      ko: "limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage, requests./limits.hugepages-<크기> 중 하나.",
    },
    link: DOWNWARD,
  },
  divisor: {
    type: "quantity",
    default: setByKubernetes("1"),
    description: {
      en: "Unit the value is divided by: `1m` or `1` for cpu; `1`, `1k`...`1E`, `1Ki`...`1Ei` for memory, storage and hugepages.",
      ko: "값을 나눌 단위. cpu는 `1m`이나 `1`, memory와 스토리지와 hugepages는 `1`, `1k`...`1E`, `1Ki`...`1Ei` 중 하나다.",
    },
    link: DOWNWARD,
  },
} as const satisfies FieldCatalogue<ResourceFieldSelector>;

export const resourceFieldSection: CatalogueSection<"resourceFieldSelector"> = {
  name: "resourceFieldSelector",
  title: { en: "Container resource reference", ko: "컨테이너 리소스 참조" },
  fields: resourceFieldFields,
  check(checker, path, value) {
    const resource = value.resource;
    if (typeof resource !== "string" || resource === "") return;
    const hugepages = resource.startsWith("requests.hugepages-") || resource.startsWith("limits.hugepages-");
    if (!hugepages && !(ENV_RESOURCES as readonly string[]).includes(resource)) {
      const guess = closest(resource, ENV_RESOURCES);
      checker.report(
        at(path, "resource"),
        resource,
        "env.resource",
        {
          en: `"${resource}" is not a container resource that can be read: use ${ENV_RESOURCES.join(", ")} or requests./limits.hugepages-<size>`,
          ko: `${josa(`"${resource}"`, "은/는")} 읽을 수 있는 컨테이너 리소스가 아니다. ${ENV_RESOURCES.join(", ")}나 requests./limits.hugepages-<크기>를 쓴다`,
        },
        guess
          ? { en: `did you mean "${guess}"?`, ko: `${josa(`"${guess}"`, "을/를")} 쓰려던 것인지 확인한다` }
          : { en: "use limits.cpu or limits.memory", ko: "limits.cpu나 limits.memory를 쓴다" },
      );
      return;
    }
    const divisor = value.divisor;
    if (divisor === undefined) return;
    const parsed = parseQuantity(divisor as string | number);
    if (!parsed || compareQuantities(parsed, parseQuantity(0)!) === 0) return;
    const cpu = resource.endsWith(".cpu");
    const allowed = cpu ? CPU_DIVISORS : BYTE_DIVISORS;
    if (isOneOf(parsed, cpu ? PARSED_CPU_DIVISORS : PARSED_BYTE_DIVISORS)) return;
    checker.report(
      at(path, "divisor"),
      divisor,
      "env.divisor",
      {
        en: `divisor ${String(divisor)} is not supported for ${resource}; use one of ${allowed.join(", ")}`,
        ko: `${resource}에는 divisor ${josa(String(divisor), "을/를")} 쓸 수 없다. ${allowed.join(", ")} 중 하나를 쓴다`,
      },
      { en: `use ${allowed[0]}`, ko: `${josa(allowed[0]!, "을/를")} 쓴다` },
    );
  },
};

const SOURCES = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"] as const;

export const envVarSourceFields = {
  fieldRef: {
    type: "object",
    section: objectFieldSection,
    description: {
      en: "A field of the pod, e.g. `{ fieldPath: metadata.name }`.",
      ko: "파드의 필드(예: `{ fieldPath: metadata.name }`).",
    },
    link: DOWNWARD,
  },
  resourceFieldRef: {
    type: "object",
    section: resourceFieldSection,
    description: {
      en: "A request or limit of a container, e.g. `{ resource: limits.memory }`.",
      ko: "컨테이너의 요청이나 제한 값(예: `{ resource: limits.memory }`).",
    },
    link: DOWNWARD,
  },
  configMapKeyRef: {
    type: "object",
    section: configMapKeySection,
    description: { en: "A key of a ConfigMap.", ko: "컨피그맵의 키." },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-pod-configmap/`,
  },
  secretKeyRef: {
    type: "object",
    section: secretKeySection,
    description: { en: "A key of a Secret.", ko: "시크릿의 키." },
    link: `${K8S_DOCS}/concepts/configuration/secret/`,
  },
} as const satisfies FieldCatalogue<EnvVarSource>;

export const envVarSourceSection: CatalogueSection<"envVarSource"> = {
  name: "envVarSource",
  title: { en: "Environment variable source", ko: "환경 변수 출처" },
  description: {
    en: "Where a variable's value comes from: exactly one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef.",
    ko: "변수 값을 어디서 가져올지 정한다. fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef 중 정확히 하나를 쓴다.",
  },
  fields: envVarSourceFields,
  check(checker, path, value) {
    checkOneSource(checker, path, value, SOURCES);
  },
};

function checkOneSource(
  checker: Checker,
  path: string,
  value: Record<string, unknown>,
  sources: readonly string[],
): void {
  let first: string | undefined;
  for (const key of sources) {
    if (value[key] === undefined) continue;
    if (first === undefined) {
      first = key;
      continue;
    }
    checker.report(
      at(path, key),
      value[key],
      "env.source-count",
      {
        en: `only one source may be set, and ${first} is already set`,
        ko: `출처는 하나만 쓸 수 있는데 이미 ${josa(first, "이/가")} 있다`,
      },
      { en: `keep ${first} or ${key}, not both`, ko: `${josa(first, "과/와")} ${key} 중 하나만 남긴다` },
    );
  }
  if (first === undefined) {
    const list = sources.join(", ");
    checker.report(
      path,
      value,
      "env.source-count",
      { en: `must set one of ${list}`, ko: `${list} 중 하나를 지정해야 한다` },
      {
        en: `add one, e.g. ${sources[0]}: { ... }, or remove this object`,
        ko: `하나를 추가하거나(예: ${sources[0]}: { ... }) 이 객체를 지운다`,
      },
    );
  }
}

export const envVarFields = {
  name: {
    type: "string",
    required: true,
    format: "env-name",
    description: {
      en: "Variable name: printable ASCII without '=' (from 1.32; before, letters, digits, '_', '-', '.').",
      ko: "변수 이름. '='를 뺀 출력 가능한 ASCII 문자를 쓴다(1.32부터. 그 전에는 영문자, 숫자, '_', '-', '.'만 된다).",
    },
    link: ENV_TASK,
  },
  value: {
    type: "string",
    description: {
      en: 'The value, a string (quote numbers: `"3"`); `$(OTHER)` expands an earlier variable.',
      ko: '값. 문자열로 적는다(숫자는 `"3"`처럼 따옴표로 감싼다). `$(OTHER)`는 앞서 정의한 변수로 바뀐다.',
    },
    link: ENV_TASK,
  },
  valueFrom: {
    type: "object",
    section: envVarSourceSection,
    description: {
      en: "Take the value from the pod, a container's resources, a ConfigMap or a Secret.",
      ko: "값을 파드, 컨테이너 리소스, 컨피그맵, 시크릿에서 가져온다.",
    },
    link: ENV_TASK,
  },
} as const satisfies FieldCatalogue<EnvVar>;

export const envVarSection: CatalogueSection<"envVar"> = {
  name: "envVar",
  title: { en: "Environment variable", ko: "환경 변수" },
  fields: envVarFields,
  check(checker, path, value) {
    checkStrictEnvName(checker, at(path, "name"), value.name);
    // An empty value with valueFrom is what the server accepts: it only refuses a non-empty one.
    if (typeof value.value === "string" && value.value !== "" && value.valueFrom !== undefined) {
      checker.report(
        path,
        value,
        "pod.env-value-and-value-from",
        {
          en: "`value` and `valueFrom` cannot both be set",
          ko: "`value`와 `valueFrom`을 함께 쓸 수 없다",
        },
        { en: "keep one of them", ko: "둘 중 하나만 남긴다" },
      );
    }
  },
};

function envFromRefFields(kind: { en: string; ko: string }) {
  return {
    name: {
      ...NAME_OF_OBJECT,
      description: {
        en: `Name of the ${kind.en}; each of its keys becomes a variable.`,
        ko: `${kind.ko} 이름. 그 안의 키마다 변수가 하나씩 생긴다.`,
      },
    },
    optional: {
      type: "boolean",
      default: setByKubernetes(false),
      description: {
        en: `When true, a missing ${kind.en} does not keep the container from starting.`,
        ko: `true이면 ${josa(kind.ko, "이/가")} 없어도 컨테이너가 시작된다.`,
      },
      link: ENV_API,
    },
  } as const satisfies FieldCatalogue<EnvFromRef>;
}

export const configMapEnvSection: CatalogueSection<"configMapEnvSource"> = {
  name: "configMapEnvSource",
  title: { en: "ConfigMap as variables", ko: "컨피그맵 환경 변수" },
  fields: envFromRefFields(CONFIG_MAP),
};

export const secretEnvSection: CatalogueSection<"secretEnvSource"> = {
  name: "secretEnvSource",
  title: { en: "Secret as variables", ko: "시크릿 환경 변수" },
  fields: envFromRefFields(SECRET),
};

export const envFromFields = {
  prefix: {
    type: "string",
    description: {
      en: "Prepended to every key; must itself be a valid variable name (no '='). Keys that do not make valid names are skipped by the kubelet.",
      ko: "모든 키 앞에 붙는다. 그 자체로 올바른 변수 이름이어야 한다('=' 불가). 올바른 이름이 되지 않는 키는 kubelet이 건너뛴다.",
    },
    link: ENV_API,
  },
  configMapRef: {
    type: "object",
    section: configMapEnvSection,
    description: { en: "Read every key of a ConfigMap.", ko: "컨피그맵의 키를 모두 읽는다." },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-pod-configmap/`,
  },
  secretRef: {
    type: "object",
    section: secretEnvSection,
    description: { en: "Read every key of a Secret.", ko: "시크릿의 키를 모두 읽는다." },
    link: `${K8S_DOCS}/concepts/configuration/secret/`,
  },
} as const satisfies FieldCatalogue<EnvFromSource>;

export const envFromSection: CatalogueSection<"envFromSource"> = {
  name: "envFromSource",
  title: { en: "Variables from a ConfigMap or Secret", ko: "컨피그맵이나 시크릿의 환경 변수" },
  description: {
    en: "Exactly one of configMapRef and secretRef, with an optional prefix.",
    ko: "configMapRef와 secretRef 중 정확히 하나를 쓰고, prefix는 선택이다.",
  },
  fields: envFromFields,
  check(checker, path, value) {
    // An empty prefix is no prefix; a non-empty one is checked as a variable name on its own.
    if (typeof value.prefix === "string" && value.prefix !== "") {
      const problem = checkEnvVarName(value.prefix);
      if (problem) {
        checker.report(at(path, "prefix"), value.prefix, problem.rule, problem.message, problem.fix);
      } else {
        checkStrictEnvName(checker, at(path, "prefix"), value.prefix);
      }
    }
    checkOneSource(checker, path, value, ["configMapRef", "secretRef"]);
  },
};
