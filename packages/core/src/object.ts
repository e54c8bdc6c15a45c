/**
 * Kubernetes objects that are not podworks specs (a ConfigMap, a Secret, a NetworkPolicy, ...), written beside
 * specs in one file and passed through to the output as they are. podworks does not validate their contents (the
 * API server does); it checks what every object needs before `kubectl apply` can even address it: an
 * `apiVersion`, a `kind` and a valid `metadata.name` (and `metadata.namespace` when set).
 */
import { checkDns1123Label, checkDns1123Subdomain, type FormatProblem } from "./formats.js";
import type { Text } from "./i18n.js";
import type { ValidationIssue } from "./issues.js";
import type { KubernetesObject } from "./manifest.js";

/** Any Kubernetes object: what `manifestsToYaml` writes and a spec file may hold beside specs. */
export interface AnyKubernetesObject {
  /** The object's group and version, such as `apps/v1`. */
  readonly apiVersion: string;
  /** The object's kind, such as `Deployment`. */
  readonly kind: string;
  /** The object's metadata; `name` and `namespace` identify it in messages. */
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly [key: string]: unknown;
  };
  readonly [key: string]: unknown;
}

/** podworks' own objects are Kubernetes objects too; this keeps the two types assignable to one another. */
export type RenderedOrAny = KubernetesObject | AnyKubernetesObject;

/** A document is a Kubernetes object (not a podworks spec) when it has an `apiVersion`, as every object does. */
export function isKubernetesObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "apiVersion" in value;
}

/** `v1`, `apps/v1`, `example.com/v1beta1`: an optional DNS subdomain group, then a version (a lowercase label). */
const API_VERSION =
  /^(?:([a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*)\/)?(v[0-9]+(?:(?:alpha|beta)[0-9]+)?|[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)$/;
/** Kinds are CamelCase identifiers (`ConfigMap`, `PodDisruptionBudget`). */
const KIND = /^[A-Z][A-Za-z0-9]*$/;
/** A Service name is a DNS-1035 label: like a DNS-1123 label, but it starts with a letter. */
const DNS1035_LABEL = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;

function issue(path: string, value: unknown, rule: string, message: Text, fix: Text): ValidationIssue {
  return { path, value, rule, message, fix, severity: "error" };
}

function fromFormat(path: string, value: unknown, problem: FormatProblem): ValidationIssue {
  return issue(path, value, problem.rule, problem.message, problem.fix);
}

/** The rule `metadata.name` follows for a kind, as the API server's validation for that kind applies it. */
function nameProblem(kind: string, apiVersion: string, name: string): FormatProblem | undefined {
  // Namespaces (ValidateNamespaceName) are DNS-1123 labels; Services (ValidateServiceName) DNS-1035 labels.
  if (kind === "Namespace" && apiVersion === "v1") return checkDns1123Label(name);
  if (kind === "Service" && apiVersion === "v1") {
    if (DNS1035_LABEL.test(name)) return undefined;
    const label = checkDns1123Label(name);
    return {
      rule: "format.dns1035-label",
      message: {
        en: "a Service name must be a DNS-1035 label: at most 63 lowercase letters, digits and '-', starting with a letter and ending with a letter or digit",
        ko: "서비스 이름은 DNS-1035 레이블이어야 한다. 소문자, 숫자, '-'로 된 63자 이하이고, 문자로 시작해서 문자나 숫자로 끝난다",
      },
      fix: label?.fix ?? {
        en: 'start the name with a letter, such as "web"',
        ko: '"web"처럼 문자로 시작하는 이름을 쓴다.',
      },
    };
  }
  // RBAC names (ValidateRBACName) are path segments: anything but "/", "%", "." and "..".
  if (apiVersion.startsWith("rbac.authorization.k8s.io/")) {
    if (name !== "." && name !== ".." && !/[/%]/.test(name)) return undefined;
    return {
      rule: "format.path-segment",
      message: {
        en: 'an RBAC object name must not be "." or ".." and must not contain "/" or "%"',
        ko: 'RBAC 오브젝트 이름은 "."이나 ".."일 수 없고 "/"나 "%"를 담을 수 없다',
      },
      fix: { en: 'use a name such as "pod-reader"', ko: '"pod-reader" 같은 이름을 쓴다.' },
    };
  }
  // Almost every other kind, custom resources included, uses NameIsDNSSubdomain.
  return checkDns1123Subdomain(name);
}

/**
 * What keeps `value` from being a Kubernetes object that `kubectl apply` accepts as it is: a missing or malformed
 * `apiVersion` or `kind`, a missing or invalid `metadata.name`, an invalid `metadata.namespace`. Empty when none.
 */
export function checkKubernetesObject(value: unknown): ValidationIssue[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return [
      issue(
        "",
        value,
        "object.type",
        { en: "a Kubernetes object must be a mapping", ko: "쿠버네티스 오브젝트는 매핑이어야 한다" },
        {
          en: "write the object as apiVersion, kind and metadata keys",
          ko: "오브젝트를 apiVersion, kind, metadata 키로 적는다",
        },
      ),
    ];
  }
  const object = value as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const { apiVersion, kind, metadata } = object;
  const apiVersionOk = typeof apiVersion === "string" && API_VERSION.test(apiVersion);
  if (!apiVersionOk) {
    issues.push(
      issue(
        "apiVersion",
        apiVersion,
        "object.api-version",
        {
          en: 'apiVersion must be a version such as "v1" or "group/version" such as "policy/v1"',
          ko: 'apiVersion은 "v1" 같은 버전이나 "policy/v1" 같은 "그룹/버전"이어야 한다',
        },
        {
          en: "copy the apiVersion from the kind's API reference (kubectl api-resources lists them)",
          ko: "그 종류의 API 레퍼런스에서 apiVersion을 옮겨 적는다(kubectl api-resources가 목록을 보여 준다)",
        },
      ),
    );
  }
  if (typeof kind !== "string" || !KIND.test(kind)) {
    issues.push(
      issue(
        "kind",
        kind,
        kind === undefined ? "required" : "object.kind",
        {
          en: 'kind must be the object\'s type in CamelCase, such as "ConfigMap"',
          ko: 'kind는 "ConfigMap"처럼 대문자로 시작하는 오브젝트 종류여야 한다',
        },
        { en: "add kind, such as kind: ConfigMap", ko: "kind: ConfigMap처럼 kind를 적는다" },
      ),
    );
  }
  if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) {
    issues.push(
      issue(
        "metadata",
        metadata,
        metadata === undefined ? "required" : "type",
        { en: "metadata with a name is required", ko: "name을 담은 metadata가 필요하다" },
        { en: "add metadata: { name: my-object }", ko: "metadata: { name: my-object }를 적는다" },
      ),
    );
    return issues;
  }
  const { name, namespace, generateName } = metadata as Record<string, unknown>;
  if (name === undefined) {
    issues.push(
      issue(
        "metadata.name",
        undefined,
        "required",
        {
          en:
            generateName === undefined
              ? "metadata.name is required"
              : "metadata.name is required: kubectl apply cannot address an object by generateName",
          ko:
            generateName === undefined
              ? "metadata.name이 필요하다"
              : "metadata.name이 필요하다. kubectl apply는 generateName으로는 오브젝트를 찾지 못한다",
        },
        { en: "give the object a name", ko: "오브젝트에 이름을 붙인다" },
      ),
    );
  } else if (typeof name !== "string") {
    issues.push(
      issue(
        "metadata.name",
        name,
        "type",
        { en: "metadata.name must be a string", ko: "metadata.name은 문자열이어야 한다" },
        { en: "quote the name", ko: "이름을 따옴표로 감싼다" },
      ),
    );
  } else if (typeof kind === "string" && apiVersionOk) {
    const problem = nameProblem(kind, apiVersion, name);
    if (problem) issues.push(fromFormat("metadata.name", name, problem));
  }
  if (namespace !== undefined) {
    const problem = checkDns1123Label(namespace as string);
    if (problem) issues.push(fromFormat("metadata.namespace", namespace, problem));
  }
  return issues;
}

/**
 * What identifies an object to the API server: its API group (not the version: `policy/v1` and `policy/v1beta1`
 * name the same object), kind, namespace and name. Two objects with the same identity overwrite each other.
 */
export function objectIdentity(object: RenderedOrAny): string {
  const apiVersion = object.apiVersion ?? "";
  const slash = apiVersion.indexOf("/");
  const group = slash === -1 ? "" : apiVersion.slice(0, slash);
  const metadata = object.metadata as { name?: string; namespace?: string } | undefined;
  return JSON.stringify([group, object.kind, metadata?.namespace ?? "", metadata?.name ?? ""]);
}

/** `ConfigMap "settings"`, `Service "prod/web"`: how messages name an object. */
export function objectLabel(object: RenderedOrAny): string {
  const metadata = object.metadata as { name?: string; namespace?: string } | undefined;
  const namespace = metadata?.namespace;
  return `${object.kind} "${namespace ? `${namespace}/` : ""}${metadata?.name ?? ""}"`;
}
