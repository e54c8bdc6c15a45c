/**
 * Volumes of the pod and where containers mount them, checked as the API server checks them
 * (`pkg/apis/core/validation/validation.go`: `ValidateVolumes`, `validateVolumeSource` and each source's
 * validator, `ValidateVolumeMounts`, `validateMountPropagation`, `validateMountRecursiveReadOnly`).
 *
 * The common sources are modelled field by field; the in-tree plugins Kubernetes deprecated or removed
 * (awsElasticBlockStore, azureDisk, cephfs, gitRepo, iscsi, ...) are left out on purpose and listed in the
 * package README: a volume that uses one is reported as an unknown field.
 *
 * Version gates follow `pkg/features/kube_features.go`: ImageVolume is beta and on by default from 1.35 (off as a
 * beta in 1.33 and 1.34), RecursiveReadOnlyMounts beta (on) 1.31 and GA 1.33.
 */
import type { CatalogueSection, FieldCatalogue, FieldDef } from "../catalogue.js";
import { at, type Checker, isRecord } from "../context.js";
import { checkDns1123Subdomain } from "../formats.js";
import { josa, type Text } from "../i18n.js";
import { K8S_DOCS, POD_API } from "./links.js";
import { eachItem, list } from "./list.js";

type Raw = Record<string, unknown>;

const VOLUMES = `${K8S_DOCS}/concepts/storage/volumes`;
const PROJECTED = `${K8S_DOCS}/concepts/storage/projected-volumes`;
const EPHEMERAL = `${K8S_DOCS}/concepts/storage/ephemeral-volumes`;

// ---------------------------------------------------------------------------------------------------------
// Types (Kubernetes' field names; podworks' own interfaces, as kubernetes-types lags the 1.36 API)

export interface KeyToPath {
  readonly key: string;
  readonly path: string;
  readonly mode?: number;
}

export interface ObjectFieldSelector {
  readonly fieldPath: string;
  readonly apiVersion?: string;
}

export interface ResourceFieldSelector {
  readonly resource: string;
  readonly containerName?: string;
  readonly divisor?: string | number;
}

export interface DownwardAPIVolumeFile {
  readonly path: string;
  readonly fieldRef?: ObjectFieldSelector;
  readonly resourceFieldRef?: ResourceFieldSelector;
  readonly mode?: number;
}

export interface EmptyDirVolumeSource {
  readonly medium?: string;
  readonly sizeLimit?: string | number;
}

export type HostPathType =
  | ""
  | "DirectoryOrCreate"
  | "Directory"
  | "FileOrCreate"
  | "File"
  | "Socket"
  | "CharDevice"
  | "BlockDevice";

export interface HostPathVolumeSource {
  readonly path: string;
  readonly type?: HostPathType;
}

export interface ConfigMapVolumeSource {
  readonly name: string;
  readonly items?: readonly KeyToPath[];
  readonly defaultMode?: number;
  readonly optional?: boolean;
}

export interface SecretVolumeSource {
  readonly secretName: string;
  readonly items?: readonly KeyToPath[];
  readonly defaultMode?: number;
  readonly optional?: boolean;
}

export interface DownwardAPIVolumeSource {
  readonly items?: readonly DownwardAPIVolumeFile[];
  readonly defaultMode?: number;
}

export interface ServiceAccountTokenProjection {
  readonly path: string;
  readonly audience?: string;
  readonly expirationSeconds?: number;
}

export interface VolumeProjection {
  readonly configMap?: {
    readonly name: string;
    readonly items?: readonly KeyToPath[];
    readonly optional?: boolean;
  };
  readonly secret?: {
    readonly name: string;
    readonly items?: readonly KeyToPath[];
    readonly optional?: boolean;
  };
  readonly downwardAPI?: { readonly items?: readonly DownwardAPIVolumeFile[] };
  readonly serviceAccountToken?: ServiceAccountTokenProjection;
}

export interface ProjectedVolumeSource {
  readonly sources?: readonly VolumeProjection[];
  readonly defaultMode?: number;
}

export interface PersistentVolumeClaimVolumeSource {
  readonly claimName: string;
  readonly readOnly?: boolean;
}

export interface EphemeralVolumeSource {
  readonly volumeClaimTemplate: {
    readonly metadata?: {
      readonly labels?: Readonly<Record<string, string>>;
      readonly annotations?: Readonly<Record<string, string>>;
    };
    readonly spec: {
      readonly accessModes: readonly (
        | "ReadWriteOnce"
        | "ReadOnlyMany"
        | "ReadWriteMany"
        | "ReadWriteOncePod"
      )[];
      readonly storageClassName?: string;
      readonly volumeMode?: "Filesystem" | "Block";
      readonly resources: { readonly requests: { readonly storage: string | number } };
    };
  };
}

export interface ImageVolumeSource {
  readonly reference: string;
  readonly pullPolicy?: "Always" | "Never" | "IfNotPresent";
}

export interface CSIVolumeSource {
  readonly driver: string;
  readonly readOnly?: boolean;
  readonly fsType?: string;
  readonly volumeAttributes?: Readonly<Record<string, string>>;
  readonly nodePublishSecretRef?: { readonly name: string };
}

export interface NFSVolumeSource {
  readonly server: string;
  readonly path: string;
  readonly readOnly?: boolean;
}

/** A volume of the pod: a name and exactly one source. */
export interface Volume {
  readonly name: string;
  readonly emptyDir?: EmptyDirVolumeSource;
  readonly hostPath?: HostPathVolumeSource;
  readonly configMap?: ConfigMapVolumeSource;
  readonly secret?: SecretVolumeSource;
  readonly projected?: ProjectedVolumeSource;
  readonly downwardAPI?: DownwardAPIVolumeSource;
  readonly persistentVolumeClaim?: PersistentVolumeClaimVolumeSource;
  readonly ephemeral?: EphemeralVolumeSource;
  readonly image?: ImageVolumeSource;
  readonly csi?: CSIVolumeSource;
  readonly nfs?: NFSVolumeSource;
}

export interface VolumeMount {
  readonly name: string;
  readonly mountPath: string;
  readonly readOnly?: boolean;
  readonly subPath?: string;
  readonly subPathExpr?: string;
  readonly mountPropagation?: "None" | "HostToContainer" | "Bidirectional";
  readonly recursiveReadOnly?: "Disabled" | "IfPossible" | "Enabled";
}

// ---------------------------------------------------------------------------------------------------------
// Path rules shared by items, subPaths and profiles

/**
 * `validateLocalDescendingPath` (relative, no `..` element), plus with `reserved` the rule of
 * `ValidateLocalNonReservedPath` (no leading `..`, as in `..data`, the kubelet's own directory).
 * Returns true when it reported something.
 */
export function checkLocalPath(checker: Checker, path: string, value: unknown, reserved: boolean): boolean {
  if (typeof value !== "string" || value === "") return false;
  let reported = false;
  if (value.startsWith("/")) {
    checker.report(
      path,
      value,
      "path.absolute",
      { en: `"${value}" must be a relative path`, ko: `${josa(`"${value}"`, "은/는")} 상대 경로여야 한다` },
      {
        en: `drop the leading "/": "${value.replace(/^\/+/, "")}"`,
        ko: `앞의 "/"를 뺀다: "${value.replace(/^\/+/, "")}"`,
      },
    );
    reported = true;
  }
  if (value.split("/").includes("..") || value.split("\\").includes("..")) {
    checker.report(
      path,
      value,
      "path.backstep",
      {
        en: `"${value}" must not contain a ".." element`,
        ko: `"${value}"에 ".." 경로 요소가 있으면 안 된다`,
      },
      {
        en: "name a path below the volume's root, without stepping up",
        ko: "상위로 올라가지 않고 볼륨 루트 아래의 경로를 적는다",
      },
    );
    return true;
  }
  if (reserved && value.startsWith("..")) {
    checker.report(
      path,
      value,
      "path.reserved",
      {
        en: `"${value}" must not start with ".." (the kubelet keeps its own files there)`,
        ko: `${josa(`"${value}"`, "은/는")} ".."로 시작하면 안 된다(kubelet이 쓰는 파일 이름이다)`,
      },
      { en: "rename the file so it does not start with ..", ko: "파일 이름이 ..로 시작하지 않게 바꾼다" },
    );
    reported = true;
  }
  return reported;
}

function requireNonEmpty(checker: Checker, path: string, value: unknown, what: Text): void {
  if (value !== "") return;
  checker.report(
    path,
    value,
    "required",
    { en: `${what.en} must not be empty`, ko: `${josa(what.ko, "은/는")} 비워 둘 수 없다` },
    { en: `set ${what.en}`, ko: `${josa(what.ko, "을/를")} 지정한다` },
  );
}

// ---------------------------------------------------------------------------------------------------------
// Catalogue: the shared pieces

const MODE_TEXT: Text = {
  en: "Permission bits of the files, 0 to 0777 (in YAML write octal as `0644`; JSON needs the decimal 420).",
  ko: "파일 권한 비트. 0부터 0777까지다(YAML에서는 `0644`처럼 8진수로 적고, JSON에서는 10진수 420을 쓴다).",
};
const MODE_RULE: Text = {
  en: "The API server refuses values above 0777 (511) or below 0.",
  ko: "API 서버는 0777(511)보다 크거나 0보다 작은 값을 거부한다.",
};

function modeField(link: string): FieldDef {
  return { type: "integer", minimum: 0, maximum: 0o777, description: MODE_TEXT, rules: [MODE_RULE], link };
}

const keyToPathFields = {
  key: {
    type: "string",
    required: true,
    description: {
      en: "Key of the ConfigMap or Secret to project.",
      ko: "파일로 내보낼 컨피그맵이나 시크릿의 키.",
    },
    link: `${VOLUMES}/#configmap`,
  },
  path: {
    type: "string",
    required: true,
    description: {
      en: "File name (relative path) the key appears as inside the volume.",
      ko: "볼륨 안에서 키가 나타날 파일 이름(상대 경로).",
    },
    rules: [
      {
        en: "Relative, without `..` elements, and not starting with `..`.",
        ko: "상대 경로여야 하고 `..` 요소가 없어야 하며 `..`로 시작하면 안 된다.",
      },
    ],
    link: `${VOLUMES}/#configmap`,
  },
  mode: modeField(`${VOLUMES}/#configmap`),
} as const satisfies FieldCatalogue<KeyToPath>;

const keyToPathSection: CatalogueSection = {
  name: "volumeKeyToPath",
  title: { en: "Volume item (key to path)", ko: "볼륨 항목(키와 경로)" },
  description: {
    en: "Projects one key of a ConfigMap or Secret to a file of its own.",
    ko: "컨피그맵이나 시크릿의 키 하나를 파일 하나로 내보낸다.",
  },
  fields: keyToPathFields,
  check: (checker, path, value) => {
    requireNonEmpty(checker, at(path, "key"), value.key, { en: "key", ko: "key" });
    requireNonEmpty(checker, at(path, "path"), value.path, { en: "path", ko: "path" });
    checkLocalPath(checker, at(path, "path"), value.path, true);
  },
};

const itemsField = (link: string): FieldDef => ({
  type: "object[]",
  section: keyToPathSection,
  description: {
    en: "Which keys to project, and under which file names. Unset: every key, named after itself.",
    ko: "어떤 키를 어떤 파일 이름으로 내보낼지 정한다. 지정하지 않으면 모든 키를 키 이름 그대로 내보낸다.",
  },
  link,
});

const objectFieldSelectorFields = {
  fieldPath: {
    type: "string",
    required: true,
    enum: ["metadata.name", "metadata.namespace", "metadata.labels", "metadata.annotations", "metadata.uid"],
    description: {
      en: "Pod field to write to the file: its name, namespace, labels, annotations or uid.",
      ko: "파일에 쓸 파드 필드(이름, 네임스페이스, 레이블, 어노테이션, uid).",
    },
    link: `${K8S_DOCS}/concepts/workloads/pods/downward-api/`,
  },
  apiVersion: {
    type: "string",
    description: { en: "Schema version of the field path; `v1`.", ko: "필드 경로의 스키마 버전. `v1`이다." },
    link: `${K8S_DOCS}/concepts/workloads/pods/downward-api/`,
  },
} as const satisfies FieldCatalogue<ObjectFieldSelector>;

const resourceFieldSelectorFields = {
  resource: {
    type: "string",
    required: true,
    description: {
      en: "Container resource to write, e.g. `limits.cpu` or `requests.memory`.",
      ko: "파일에 쓸 컨테이너 리소스(예: `limits.cpu`, `requests.memory`).",
    },
    link: `${K8S_DOCS}/concepts/workloads/pods/downward-api/`,
  },
  containerName: {
    type: "string",
    description: { en: "Container whose resources are read.", ko: "리소스를 읽을 컨테이너." },
    link: `${K8S_DOCS}/concepts/workloads/pods/downward-api/`,
  },
  divisor: {
    type: "quantity",
    description: {
      en: "Unit the value is divided by, e.g. `1m` or `1Mi`.",
      ko: "값을 나눌 단위(예: `1m`, `1Mi`).",
    },
    link: `${K8S_DOCS}/concepts/workloads/pods/downward-api/`,
  },
} as const satisfies FieldCatalogue<ResourceFieldSelector>;

const downwardFileFields = {
  path: {
    type: "string",
    required: true,
    description: {
      en: "File name (relative path) inside the volume.",
      ko: "볼륨 안의 파일 이름(상대 경로).",
    },
    link: `${VOLUMES}/#downwardapi`,
  },
  fieldRef: {
    type: "object",
    fields: objectFieldSelectorFields,
    description: { en: "A pod field to expose.", ko: "내보낼 파드 필드." },
    link: `${VOLUMES}/#downwardapi`,
  },
  resourceFieldRef: {
    type: "object",
    fields: resourceFieldSelectorFields,
    description: { en: "A container resource to expose.", ko: "내보낼 컨테이너 리소스." },
    link: `${VOLUMES}/#downwardapi`,
  },
  mode: modeField(`${VOLUMES}/#downwardapi`),
} as const satisfies FieldCatalogue<DownwardAPIVolumeFile>;

/** `validContainerResourceFieldPathExpressions` and the huge page prefixes a downward API volume may name. */
const RESOURCE_FIELD =
  /^(?:(?:limits|requests)\.(?:cpu|memory|ephemeral-storage)|(?:limits|requests)\.hugepages-.+)$/;

/** `validateContainerResourceFieldSelector` for volumes: a known resource, and the container named. */
function checkResourceField(checker: Checker, path: string, value: Raw): void {
  if (value.containerName === undefined || value.containerName === "") {
    checker.report(
      at(path, "containerName"),
      value.containerName,
      "required",
      {
        en: "a downward API volume must name the container whose resources it shows",
        ko: "다운워드 API 볼륨에서는 리소스를 읽을 컨테이너를 반드시 지정해야 한다",
      },
      { en: 'set containerName, e.g. "main"', ko: 'containerName을 지정한다(예: "main")' },
    );
  }
  const resource = value.resource;
  if (typeof resource === "string" && resource !== "" && !RESOURCE_FIELD.test(resource)) {
    checker.report(
      at(path, "resource"),
      resource,
      "enum",
      {
        en: `"${resource}" is not a container resource the downward API knows`,
        ko: `${josa(`"${resource}"`, "은/는")} 다운워드 API가 아는 컨테이너 리소스가 아니다`,
      },
      {
        en: "use limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory or requests.ephemeral-storage",
        ko: "limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory, requests.ephemeral-storage 중 하나를 쓴다",
      },
    );
  }
}

const downwardFileSection: CatalogueSection = {
  name: "volumeDownwardAPIFile",
  title: { en: "Downward API file", ko: "다운워드 API 파일" },
  description: {
    en: "One file of a downwardAPI volume: a pod field or a container resource.",
    ko: "downwardAPI 볼륨의 파일 하나. 파드 필드나 컨테이너 리소스를 담는다.",
  },
  fields: downwardFileFields,
  check: (checker, path, value) => {
    requireNonEmpty(checker, at(path, "path"), value.path, { en: "path", ko: "path" });
    checkLocalPath(checker, at(path, "path"), value.path, true);
    const resource = value.resourceFieldRef;
    if (isRecord(resource)) checkResourceField(checker, at(path, "resourceFieldRef"), resource);
    const both = value.fieldRef !== undefined && value.resourceFieldRef !== undefined;
    if (both || (value.fieldRef === undefined && value.resourceFieldRef === undefined)) {
      checker.report(
        path,
        value,
        "volume.downward-api-ref",
        both
          ? {
              en: "fieldRef and resourceFieldRef cannot both be set",
              ko: "fieldRef와 resourceFieldRef를 함께 쓸 수 없다",
            }
          : {
              en: "one of fieldRef and resourceFieldRef is required",
              ko: "fieldRef와 resourceFieldRef 중 하나가 있어야 한다",
            },
        { en: "keep exactly one of the two", ko: "둘 중 하나만 남긴다" },
      );
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Catalogue: the sources

const emptyDirFields = {
  medium: {
    type: "string",
    description: {
      en: "Where the directory lives: unset for the node's disk, `Memory` for a tmpfs, `HugePages` or `HugePages-<size>` for huge pages.",
      ko: "디렉터리를 둘 곳. 지정하지 않으면 노드의 디스크, `Memory`면 tmpfs, `HugePages`나 `HugePages-<크기>`면 휴지 페이지다.",
    },
    link: `${VOLUMES}/#emptydir`,
  },
  sizeLimit: {
    type: "quantity",
    description: {
      en: "Most space the directory may use, e.g. `1Gi`; a pod that exceeds it is evicted. For `Memory` it also caps the tmpfs.",
      ko: "디렉터리가 쓸 수 있는 최대 용량(예: `1Gi`). 넘기면 파드가 축출된다. `Memory`라면 tmpfs 크기도 이 값으로 제한된다.",
    },
    link: `${VOLUMES}/#emptydir`,
  },
} as const satisfies FieldCatalogue<EmptyDirVolumeSource>;

const MEDIUM = /^(?:|Memory|HugePages|HugePages-\d+(?:\.\d+)?(?:[KMGTPE]i?|k)?)$/;

const emptyDirSection: CatalogueSection = {
  name: "volumeEmptyDir",
  title: { en: "emptyDir volume", ko: "emptyDir 볼륨" },
  description: {
    en: "A scratch directory that starts empty and is removed with the pod.",
    ko: "비어 있는 상태로 시작해 파드와 함께 지워지는 임시 디렉터리.",
  },
  fields: emptyDirFields,
  check: (checker, path, value) => {
    if (typeof value.medium === "string" && !MEDIUM.test(value.medium)) {
      checker.report(
        at(path, "medium"),
        value.medium,
        "volume.empty-dir-medium",
        {
          en: `emptyDir medium "${value.medium}" is not one the kubelet knows`,
          ko: `emptyDir medium ${josa(`"${value.medium}"`, "은/는")} kubelet이 모르는 값이다`,
        },
        {
          en: 'leave it unset for disk, or use "Memory", "HugePages" or "HugePages-2Mi"',
          ko: '디스크라면 지정하지 않고, 그 밖에는 "Memory", "HugePages", "HugePages-2Mi" 중 하나를 쓴다',
        },
      );
    }
  },
};

const hostPathFields = {
  path: {
    type: "string",
    required: true,
    description: {
      en: "Path of a file or directory on the node.",
      ko: "노드(Node)에 있는 파일이나 디렉터리의 경로.",
    },
    rules: [{ en: "Must not contain `..` elements.", ko: "`..` 요소가 있으면 안 된다." }],
    link: `${VOLUMES}/#hostpath`,
  },
  type: {
    type: "string",
    enum: [
      "",
      "DirectoryOrCreate",
      "Directory",
      "FileOrCreate",
      "File",
      "Socket",
      "CharDevice",
      "BlockDevice",
    ],
    description: {
      en: "What must exist at the path before the pod starts; unset checks nothing.",
      ko: "파드가 시작되기 전에 경로에 무엇이 있어야 하는지 정한다. 지정하지 않으면 확인하지 않는다.",
    },
    link: `${VOLUMES}/#hostpath-volume-types`,
  },
} as const satisfies FieldCatalogue<HostPathVolumeSource>;

const hostPathSection: CatalogueSection = {
  name: "volumeHostPath",
  title: { en: "hostPath volume", ko: "hostPath 볼륨" },
  description: {
    en: "A file or directory of the node. Pod Security `baseline` and `restricted` forbid it: podworks asks for `podSecurity: privileged`.",
    ko: "노드의 파일이나 디렉터리. 파드 보안 `baseline`과 `restricted`는 이를 금지하므로 podworks는 `podSecurity: privileged`를 요구한다.",
  },
  fields: hostPathFields,
  check: (checker, path, value) => {
    requireNonEmpty(checker, at(path, "path"), value.path, { en: "path", ko: "path" });
    const p = value.path;
    if (typeof p === "string" && p.split("/").includes("..")) {
      checker.report(
        at(path, "path"),
        p,
        "path.backstep",
        { en: `"${p}" must not contain a ".." element`, ko: `"${p}"에 ".." 경로 요소가 있으면 안 된다` },
        { en: "write the path without stepping up", ko: "상위로 올라가지 않는 경로로 적는다" },
      );
    }
  },
};

const configMapFields = {
  name: {
    type: "string",
    required: true,
    description: { en: "Name of the ConfigMap.", ko: "컨피그맵(ConfigMap)의 이름." },
    link: `${VOLUMES}/#configmap`,
  },
  items: itemsField(`${VOLUMES}/#configmap`),
  defaultMode: {
    ...modeField(`${VOLUMES}/#configmap`),
    default: { derived: { en: "0644.", ko: "0644다." } },
  },
  optional: {
    type: "boolean",
    description: {
      en: "Start the pod even when the ConfigMap (or a listed key) is missing.",
      ko: "컨피그맵(또는 나열한 키)이 없어도 파드를 시작할지 정한다.",
    },
    link: `${VOLUMES}/#configmap`,
  },
} as const satisfies FieldCatalogue<ConfigMapVolumeSource>;

const secretFields = {
  secretName: {
    type: "string",
    required: true,
    description: { en: "Name of the Secret.", ko: "시크릿(Secret)의 이름." },
    link: `${VOLUMES}/#secret`,
  },
  items: itemsField(`${VOLUMES}/#secret`),
  defaultMode: { ...modeField(`${VOLUMES}/#secret`), default: { derived: { en: "0644.", ko: "0644다." } } },
  optional: {
    type: "boolean",
    description: {
      en: "Start the pod even when the Secret (or a listed key) is missing.",
      ko: "시크릿(또는 나열한 키)이 없어도 파드를 시작할지 정한다.",
    },
    link: `${VOLUMES}/#secret`,
  },
} as const satisfies FieldCatalogue<SecretVolumeSource>;

const downwardAPIFields = {
  items: {
    type: "object[]",
    section: downwardFileSection,
    description: { en: "The files of the volume.", ko: "볼륨에 만들 파일 목록." },
    link: `${VOLUMES}/#downwardapi`,
  },
  defaultMode: modeField(`${VOLUMES}/#downwardapi`),
} as const satisfies FieldCatalogue<DownwardAPIVolumeSource>;

const projectedKeyFields = {
  name: {
    type: "string",
    required: true,
    description: { en: "Name of the ConfigMap or Secret.", ko: "컨피그맵이나 시크릿의 이름." },
    link: PROJECTED,
  },
  items: itemsField(PROJECTED),
  optional: {
    type: "boolean",
    description: { en: "Tolerate a missing object or key.", ko: "오브젝트나 키가 없어도 괜찮은지 정한다." },
    link: PROJECTED,
  },
} as const;

const serviceAccountTokenFields = {
  path: {
    type: "string",
    required: true,
    description: {
      en: "File name of the token inside the volume.",
      ko: "볼륨 안에서 토큰을 담을 파일 이름.",
    },
    link: `${PROJECTED}/#serviceaccounttoken`,
  },
  audience: {
    type: "string",
    description: {
      en: "Audience the token is issued for; unset, the API server's own.",
      ko: "토큰을 받을 대상(audience). 지정하지 않으면 API 서버 자신이다.",
    },
    link: `${PROJECTED}/#serviceaccounttoken`,
  },
  expirationSeconds: {
    type: "integer",
    minimum: 600,
    maximum: 2 ** 32,
    default: { value: 3600 },
    description: {
      en: "Requested lifetime of the token in seconds, at least 600 (10 minutes); the kubelet refreshes it.",
      ko: "요청할 토큰 유효 기간(초). 최소 600(10분)이며 kubelet이 토큰을 갱신한다.",
    },
    link: `${PROJECTED}/#serviceaccounttoken`,
  },
} as const satisfies FieldCatalogue<ServiceAccountTokenProjection>;

const PROJECTION_KINDS = ["configMap", "secret", "downwardAPI", "serviceAccountToken"] as const;

const projectionSection: CatalogueSection = {
  name: "volumeProjection",
  title: { en: "Projected volume source", ko: "프로젝티드 볼륨 출처" },
  description: {
    en: "One source of a projected volume: exactly one of configMap, secret, downwardAPI and serviceAccountToken.",
    ko: "프로젝티드 볼륨의 출처 하나. configMap, secret, downwardAPI, serviceAccountToken 중 정확히 하나를 쓴다.",
  },
  fields: {
    configMap: {
      type: "object",
      fields: projectedKeyFields,
      description: { en: "Keys of a ConfigMap.", ko: "컨피그맵의 키." },
      link: PROJECTED,
    },
    secret: {
      type: "object",
      fields: projectedKeyFields,
      description: { en: "Keys of a Secret.", ko: "시크릿의 키." },
      link: PROJECTED,
    },
    downwardAPI: {
      type: "object",
      fields: { items: downwardAPIFields.items },
      description: { en: "Pod fields and container resources.", ko: "파드 필드와 컨테이너 리소스." },
      link: PROJECTED,
    },
    serviceAccountToken: {
      type: "object",
      fields: serviceAccountTokenFields,
      description: {
        en: "A service account token with its own audience and lifetime.",
        ko: "대상과 유효 기간을 따로 정한 서비스 어카운트 토큰.",
      },
      link: `${PROJECTED}/#serviceaccounttoken`,
    },
  } satisfies FieldCatalogue<VolumeProjection>,
  check: (checker, path, value) => {
    let count = 0;
    for (const kind of PROJECTION_KINDS) if (value[kind] !== undefined) count++;
    if (count !== 1) {
      checker.report(
        path,
        value,
        "volume.projection-count",
        count === 0
          ? { en: "a projected source needs one kind", ko: "프로젝티드 출처에 종류가 하나 있어야 한다" }
          : {
              en: "a projected source may have only one kind",
              ko: "프로젝티드 출처 하나에는 종류를 하나만 쓸 수 있다",
            },
        {
          en: `use exactly one of ${PROJECTION_KINDS.join(", ")} per entry of sources`,
          ko: `sources 항목마다 ${PROJECTION_KINDS.join(", ")} 중 하나만 쓴다`,
        },
      );
    }
    // Items are checked by their own sections; the names of the referenced objects are checked here.
    for (const key of ["secret", "configMap"] as const) {
      const part = value[key];
      if (isRecord(part))
        requireNonEmpty(checker, at(at(path, key), "name"), part.name, { en: "name", ko: "name" });
    }
    const token = value.serviceAccountToken;
    if (isRecord(token)) {
      const tokenPath = at(at(path, "serviceAccountToken"), "path");
      requireNonEmpty(checker, tokenPath, token.path, { en: "path", ko: "path" });
      checkLocalPath(checker, tokenPath, token.path, true);
    }
  },
};

const projectedFields = {
  sources: {
    type: "object[]",
    section: projectionSection,
    description: {
      en: "The sources whose files share the volume.",
      ko: "파일을 한 볼륨에 모을 출처 목록.",
    },
    rules: [
      {
        en: "File paths are unique across all sources.",
        ko: "파일 경로는 모든 출처를 통틀어 고유해야 한다.",
      },
    ],
    link: PROJECTED,
  },
  defaultMode: modeField(PROJECTED),
} as const satisfies FieldCatalogue<ProjectedVolumeSource>;

/** The file paths a projection writes (for the duplicate check across sources). */
function projectionPaths(source: Raw): string[] {
  const paths: string[] = [];
  for (const key of ["secret", "configMap", "downwardAPI"] as const) {
    const part = source[key];
    if (isRecord(part))
      for (const item of list(part.items)) if (typeof item.path === "string") paths.push(item.path);
  }
  return paths;
}

const projectedSection: CatalogueSection = {
  name: "volumeProjected",
  title: { en: "projected volume", ko: "projected 볼륨" },
  description: {
    en: "Several ConfigMaps, Secrets, downward API files and service account tokens in one directory.",
    ko: "여러 컨피그맵, 시크릿, 다운워드 API 파일, 서비스 어카운트 토큰을 한 디렉터리에 모은다.",
  },
  fields: projectedFields,
  check: (checker, path, value) => {
    const seen = new Set<string>();
    for (const source of list(value.sources)) {
      for (const file of projectionPaths(source)) {
        if (file === "") continue;
        if (seen.has(file)) {
          checker.report(
            at(path, "sources"),
            file,
            "volume.projected-duplicate-path",
            {
              en: `two projected sources write the file "${file}"`,
              ko: `프로젝티드 출처 두 개가 같은 파일 ${josa(`"${file}"`, "을/를")} 쓴다`,
            },
            { en: "give each projected file its own path", ko: "내보내는 파일마다 다른 경로를 준다" },
          );
        }
        seen.add(file);
      }
    }
  },
};

const pvcFields = {
  claimName: {
    type: "string",
    required: true,
    description: {
      en: "Name of a PersistentVolumeClaim in the pod's namespace.",
      ko: "파드와 같은 네임스페이스에 있는 퍼시스턴트볼륨클레임(PersistentVolumeClaim)의 이름.",
    },
    link: `${VOLUMES}/#persistentvolumeclaim`,
  },
  readOnly: {
    type: "boolean",
    default: { derived: { en: "`false`.", ko: "`false`다." } },
    description: {
      en: "Mount the claim read-only everywhere.",
      ko: "클레임을 모든 곳에서 읽기 전용으로 마운트한다.",
    },
    link: `${VOLUMES}/#persistentvolumeclaim`,
  },
} as const satisfies FieldCatalogue<PersistentVolumeClaimVolumeSource>;

const ACCESS_MODES = ["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"];

const claimSpecSection: CatalogueSection = {
  name: "volumeEphemeralSpec",
  title: { en: "Ephemeral claim spec", ko: "임시 클레임 스펙" },
  description: {
    en: "The PersistentVolumeClaim created for the pod and deleted with it.",
    ko: "파드를 위해 만들어지고 파드와 함께 지워지는 퍼시스턴트볼륨클레임.",
  },
  fields: {
    accessModes: {
      type: "string[]",
      required: true,
      description: {
        en: "How the volume may be mounted: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod. At least one.",
        ko: "볼륨을 마운트하는 방식(ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod). 하나 이상 있어야 한다.",
      },
      link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#access-modes`,
    },
    storageClassName: {
      type: "string",
      format: "dns1123-subdomain",
      description: {
        en: "StorageClass to provision from; unset, the cluster's default class.",
        ko: "볼륨을 프로비저닝할 스토리지클래스. 지정하지 않으면 클러스터의 기본 클래스다.",
      },
      link: `${K8S_DOCS}/concepts/storage/storage-classes/`,
    },
    volumeMode: {
      type: "string",
      enum: ["Filesystem", "Block"],
      description: {
        en: "`Filesystem` mounts a directory; `Block` hands over the raw device.",
        ko: "`Filesystem`은 디렉터리로 마운트하고 `Block`은 블록 장치를 그대로 넘긴다.",
      },
      link: `${K8S_DOCS}/concepts/storage/persistent-volumes/#volume-mode`,
    },
    resources: {
      type: "object",
      required: true,
      fields: {
        requests: {
          type: "object",
          required: true,
          fields: {
            storage: {
              type: "quantity",
              required: true,
              description: { en: "Size of the claim, e.g. `1Gi`.", ko: "클레임의 크기(예: `1Gi`)." },
              link: EPHEMERAL,
            },
          },
          description: { en: "Requested storage.", ko: "요청할 스토리지." },
          link: EPHEMERAL,
        },
      },
      description: { en: "Storage the claim requests.", ko: "클레임이 요청하는 스토리지." },
      link: EPHEMERAL,
    },
  },
  check: (checker, path, value) => {
    const modes = value.accessModes;
    if (!Array.isArray(modes)) return;
    if (modes.length === 0) {
      checker.report(
        at(path, "accessModes"),
        modes,
        "required",
        { en: "at least one access mode is required", ko: "접근 모드가 하나 이상 있어야 한다" },
        { en: 'add one, e.g. ["ReadWriteOnce"]', ko: '["ReadWriteOnce"]처럼 하나를 적는다' },
      );
    }
    modes.forEach((mode, index) => {
      if (typeof mode === "string" && !ACCESS_MODES.includes(mode)) {
        checker.report(
          at(at(path, "accessModes"), index),
          mode,
          "enum",
          {
            en: `must be one of ${ACCESS_MODES.join(", ")}`,
            ko: `${ACCESS_MODES.join(", ")} 중 하나여야 한다`,
          },
          {
            en: "use ReadWriteOnce unless the storage needs another",
            ko: "특별한 이유가 없으면 ReadWriteOnce를 쓴다",
          },
        );
      }
    });
  },
};

const ephemeralFields = {
  volumeClaimTemplate: {
    type: "object",
    required: true,
    fields: {
      metadata: {
        type: "object",
        fields: {
          labels: {
            type: "map",
            format: "label-map",
            description: { en: "Labels of the claim.", ko: "클레임의 레이블." },
            link: EPHEMERAL,
          },
          annotations: {
            type: "map",
            format: "annotation-map",
            description: { en: "Annotations of the claim.", ko: "클레임의 어노테이션." },
            link: EPHEMERAL,
          },
        },
        description: {
          en: "Labels and annotations of the claim (nothing else may be set).",
          ko: "클레임의 레이블과 어노테이션(그 밖의 필드는 쓸 수 없다).",
        },
        link: EPHEMERAL,
      },
      spec: {
        type: "object",
        required: true,
        section: claimSpecSection,
        description: { en: "The claim's spec.", ko: "클레임의 스펙." },
        link: EPHEMERAL,
      },
    },
    description: {
      en: "The claim Kubernetes creates as `<pod>-<volume>` when the pod is created.",
      ko: "파드가 만들어질 때 쿠버네티스가 `<pod>-<volume>` 이름으로 만드는 클레임.",
    },
    link: `${EPHEMERAL}/#generic-ephemeral-volumes`,
  },
} as const satisfies FieldCatalogue<EphemeralVolumeSource>;

const imageFields = {
  reference: {
    type: "string",
    required: true,
    format: "image",
    description: {
      en: "The OCI image or artifact whose files the volume shows, read-only.",
      ko: "볼륨에 읽기 전용으로 보여 줄 OCI 이미지나 아티팩트.",
    },
    link: `${VOLUMES}/#image`,
  },
  pullPolicy: {
    type: "string",
    enum: ["Always", "Never", "IfNotPresent"],
    default: {
      derived: {
        en: "`Always` for the `latest` tag, otherwise `IfNotPresent`.",
        ko: "`latest` 태그면 `Always`, 그 밖에는 `IfNotPresent`다.",
      },
    },
    description: { en: "When the kubelet pulls the image.", ko: "kubelet이 이미지를 내려받는 시점." },
    link: `${VOLUMES}/#image`,
  },
} as const satisfies FieldCatalogue<ImageVolumeSource>;

const csiFields = {
  driver: {
    type: "string",
    required: true,
    maxLength: 63,
    description: {
      en: "Name of the CSI driver, e.g. `secrets-store.csi.k8s.io`.",
      ko: "CSI 드라이버 이름(예: `secrets-store.csi.k8s.io`).",
    },
    link: `${VOLUMES}/#csi-ephemeral-volumes`,
  },
  readOnly: {
    type: "boolean",
    description: { en: "Mount read-only.", ko: "읽기 전용으로 마운트한다." },
    link: `${VOLUMES}/#csi-ephemeral-volumes`,
  },
  fsType: {
    type: "string",
    description: {
      en: "Filesystem type, e.g. `ext4`; passed to the driver.",
      ko: "파일 시스템 종류(예: `ext4`). 드라이버에 넘긴다.",
    },
    link: `${VOLUMES}/#csi-ephemeral-volumes`,
  },
  volumeAttributes: {
    type: "map",
    description: { en: "Driver-specific settings.", ko: "드라이버별 설정." },
    link: `${VOLUMES}/#csi-ephemeral-volumes`,
  },
  nodePublishSecretRef: {
    type: "object",
    fields: {
      name: {
        type: "string",
        required: true,
        format: "dns1123-subdomain",
        description: { en: "Name of the Secret.", ko: "시크릿의 이름." },
        link: `${VOLUMES}/#csi-ephemeral-volumes`,
      },
    },
    description: { en: "Secret handed to the driver on mount.", ko: "마운트할 때 드라이버에 넘길 시크릿." },
    link: `${VOLUMES}/#csi-ephemeral-volumes`,
  },
} as const satisfies FieldCatalogue<CSIVolumeSource>;

const csiSection: CatalogueSection = {
  name: "volumeCsi",
  title: { en: "csi volume", ko: "csi 볼륨" },
  description: {
    en: "An inline (ephemeral) volume provided by a CSI driver.",
    ko: "CSI 드라이버가 제공하는 인라인(임시) 볼륨.",
  },
  fields: csiFields,
  check: (checker, path, value) => {
    const driver = value.driver;
    if (typeof driver !== "string") return;
    requireNonEmpty(checker, at(path, "driver"), driver, { en: "driver", ko: "driver" });
    // `ValidateCSIDriverName`: a DNS-1123 subdomain once lowercased.
    const problem = driver === "" ? undefined : checkDns1123Subdomain(driver.toLowerCase());
    if (problem) checker.report(at(path, "driver"), driver, problem.rule, problem.message, problem.fix);
  },
};

const nfsFields = {
  server: {
    type: "string",
    required: true,
    description: {
      en: "Host name or IP address of the NFS server.",
      ko: "NFS 서버의 호스트 이름이나 IP 주소.",
    },
    link: `${VOLUMES}/#nfs`,
  },
  path: {
    type: "string",
    required: true,
    description: {
      en: "Exported path on the server; absolute.",
      ko: "서버에서 내보낸 경로. 절대 경로여야 한다.",
    },
    link: `${VOLUMES}/#nfs`,
  },
  readOnly: {
    type: "boolean",
    description: { en: "Mount read-only.", ko: "읽기 전용으로 마운트한다." },
    link: `${VOLUMES}/#nfs`,
  },
} as const satisfies FieldCatalogue<NFSVolumeSource>;

const nfsSection: CatalogueSection = {
  name: "volumeNfs",
  title: { en: "nfs volume", ko: "nfs 볼륨" },
  description: { en: "A directory exported by an NFS server.", ko: "NFS 서버가 내보낸 디렉터리." },
  fields: nfsFields,
  check: (checker, path, value) => {
    requireNonEmpty(checker, at(path, "server"), value.server, { en: "server", ko: "server" });
    const p = value.path;
    if (typeof p === "string" && !p.startsWith("/")) {
      checker.report(
        at(path, "path"),
        p,
        "volume.nfs-path",
        {
          en: `NFS path "${p}" must be absolute`,
          ko: `NFS 경로 ${josa(`"${p}"`, "은/는")} 절대 경로여야 한다`,
        },
        { en: `start it with "/": "/${p}"`, ko: `"/"로 시작하게 적는다: "/${p}"` },
      );
    }
  },
};

function source(
  section: CatalogueSection | undefined,
  fields: Readonly<Record<string, FieldDef>>,
  def: Omit<FieldDef, "type">,
): FieldDef {
  return section ? { type: "object", section, ...def } : { type: "object", fields, ...def };
}

export const volumeFields = {
  name: {
    type: "string",
    required: true,
    format: "dns1123-label",
    description: {
      en: "Name of the volume; containers mount it by this name.",
      ko: "볼륨 이름. 컨테이너는 이 이름으로 볼륨을 마운트한다.",
    },
    rules: [
      {
        en: "Unique in the pod, and not the name of a volumeClaimTemplate.",
        ko: "파드 안에서 고유해야 하고 볼륨 클레임 템플릿 이름과 겹치면 안 된다.",
      },
    ],
    link: `${POD_API}/#volumes`,
  },
  emptyDir: source(emptyDirSection, emptyDirFields, {
    description: {
      en: "A scratch directory, empty at start.",
      ko: "비어 있는 상태로 시작하는 임시 디렉터리.",
    },
    link: `${VOLUMES}/#emptydir`,
  }),
  hostPath: source(hostPathSection, hostPathFields, {
    description: {
      en: "A file or directory of the node (needs `podSecurity: privileged`).",
      ko: "노드의 파일이나 디렉터리(`podSecurity: privileged`가 필요하다).",
    },
    link: `${VOLUMES}/#hostpath`,
  }),
  configMap: source(
    {
      name: "volumeConfigMap",
      title: { en: "configMap volume", ko: "configMap 볼륨" },
      description: { en: "The keys of a ConfigMap as files.", ko: "컨피그맵의 키를 파일로 보여 준다." },
      fields: configMapFields,
      check: (checker, path, value) =>
        requireNonEmpty(checker, at(path, "name"), value.name, { en: "name", ko: "name" }),
    },
    configMapFields,
    {
      description: { en: "The keys of a ConfigMap as files.", ko: "컨피그맵의 키를 파일로 보여 준다." },
      link: `${VOLUMES}/#configmap`,
    },
  ),
  secret: source(
    {
      name: "volumeSecret",
      title: { en: "secret volume", ko: "secret 볼륨" },
      description: {
        en: "The keys of a Secret as files (kept in memory, never on the node's disk).",
        ko: "시크릿의 키를 파일로 보여 준다(노드 디스크가 아니라 메모리에 둔다).",
      },
      fields: secretFields,
      check: (checker, path, value) =>
        requireNonEmpty(checker, at(path, "secretName"), value.secretName, {
          en: "secretName",
          ko: "secretName",
        }),
    },
    secretFields,
    {
      description: { en: "The keys of a Secret as files.", ko: "시크릿의 키를 파일로 보여 준다." },
      link: `${VOLUMES}/#secret`,
    },
  ),
  projected: source(projectedSection, projectedFields, {
    description: {
      en: "Several sources (ConfigMaps, Secrets, downward API, tokens) in one directory.",
      ko: "여러 출처(컨피그맵, 시크릿, 다운워드 API, 토큰)를 한 디렉터리에 모은다.",
    },
    link: PROJECTED,
  }),
  downwardAPI: source(
    {
      name: "volumeDownwardAPI",
      title: { en: "downwardAPI volume", ko: "downwardAPI 볼륨" },
      description: {
        en: "Pod fields and container resources as files.",
        ko: "파드 필드와 컨테이너 리소스를 파일로 보여 준다.",
      },
      fields: downwardAPIFields,
    },
    downwardAPIFields,
    {
      description: {
        en: "Pod fields and container resources as files.",
        ko: "파드 필드와 컨테이너 리소스를 파일로 보여 준다.",
      },
      link: `${VOLUMES}/#downwardapi`,
    },
  ),
  persistentVolumeClaim: source(
    {
      name: "volumePersistentVolumeClaim",
      title: { en: "persistentVolumeClaim volume", ko: "persistentVolumeClaim 볼륨" },
      description: { en: "An existing PersistentVolumeClaim.", ko: "이미 있는 퍼시스턴트볼륨클레임." },
      fields: pvcFields,
      check: (checker, path, value) =>
        requireNonEmpty(checker, at(path, "claimName"), value.claimName, {
          en: "claimName",
          ko: "claimName",
        }),
    },
    pvcFields,
    {
      description: {
        en: "An existing PersistentVolumeClaim (StatefulSets get one per pod from volumeClaimTemplates instead).",
        ko: "이미 있는 퍼시스턴트볼륨클레임(스테이트풀셋은 볼륨 클레임 템플릿으로 파드마다 하나씩 받는다).",
      },
      link: `${VOLUMES}/#persistentvolumeclaim`,
    },
  ),
  ephemeral: source(undefined, ephemeralFields, {
    description: {
      en: "A claim created with the pod and deleted with it (generic ephemeral volume).",
      ko: "파드와 함께 만들어지고 함께 지워지는 클레임(일반 임시 볼륨).",
    },
    link: `${EPHEMERAL}/#generic-ephemeral-volumes`,
  }),
  image: {
    ...source(undefined, imageFields, {
      description: {
        en: "The files of an OCI image or artifact, read-only.",
        ko: "OCI 이미지나 아티팩트의 파일을 읽기 전용으로 보여 준다.",
      },
      link: `${VOLUMES}/#image`,
    }),
    since: "1.35",
  },
  csi: source(csiSection, csiFields, {
    description: { en: "An inline volume of a CSI driver.", ko: "CSI 드라이버의 인라인 볼륨." },
    link: `${VOLUMES}/#csi-ephemeral-volumes`,
  }),
  nfs: source(nfsSection, nfsFields, {
    description: { en: "A directory of an NFS server.", ko: "NFS 서버의 디렉터리." },
    link: `${VOLUMES}/#nfs`,
  }),
} as const satisfies FieldCatalogue<Volume>;

/** The volume sources podworks models, in the API server's order of checking. */
export const VOLUME_SOURCES = Object.keys(volumeFields).filter(
  (key) => key !== "name",
) as readonly (keyof Volume)[];

export const volumeSection: CatalogueSection = {
  name: "volume",
  title: { en: "Volume", ko: "볼륨" },
  description: {
    en: "A volume of the pod: a name and exactly one source.",
    ko: "파드의 볼륨. 이름 하나와 출처 정확히 하나로 이루어진다.",
  },
  fields: volumeFields,
  check: (checker, path, value) => {
    let first: string | undefined;
    for (const key of VOLUME_SOURCES) {
      if (value[key] === undefined) continue;
      if (first === undefined) {
        first = key;
        continue;
      }
      checker.report(
        at(path, key),
        value[key],
        "volume.source-count",
        {
          en: `a volume has exactly one source; this one has ${first} and ${key}`,
          ko: `볼륨의 출처는 정확히 하나여야 하는데 ${josa(first, "과/와")} ${josa(key, "이/가")} 함께 있다`,
        },
        {
          en: `keep ${first} or ${key}, and move the other to a volume of its own`,
          ko: `${first}, ${key} 가운데 하나만 남기고, 다른 하나는 별도의 볼륨으로 옮긴다`,
        },
      );
    }
    if (first === undefined) {
      checker.report(
        path,
        value,
        "volume.source-count",
        { en: "the volume has no source", ko: "볼륨에 출처가 없다" },
        {
          en: `add one of ${VOLUME_SOURCES.join(", ")}, e.g. emptyDir: {}`,
          ko: `${VOLUME_SOURCES.join(", ")} 중 하나를 추가한다(예: emptyDir: {})`,
        },
      );
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Mounts

const MOUNTS = `${VOLUMES}/`;

export const volumeMountFields = {
  name: {
    type: "string",
    required: true,
    description: {
      en: "Volume to mount: a volume of the pod or a volumeClaimTemplate.",
      ko: "마운트할 볼륨. 파드의 볼륨이나 볼륨 클레임 템플릿의 이름이다.",
    },
    link: `${POD_API}/#volumes-1`,
  },
  mountPath: {
    type: "string",
    required: true,
    description: {
      en: "Path inside the container; unique in the container.",
      ko: "컨테이너 안의 경로. 한 컨테이너 안에서 겹치면 안 된다.",
    },
    link: MOUNTS,
  },
  readOnly: {
    type: "boolean",
    default: { derived: { en: "`false`.", ko: "`false`다." } },
    description: { en: "Mount read-only.", ko: "읽기 전용으로 마운트한다." },
    link: MOUNTS,
  },
  subPath: {
    type: "string",
    description: {
      en: "Mount only this path of the volume (relative, no `..`) instead of its root.",
      ko: "볼륨의 루트 대신 이 하위 경로만 마운트한다(상대 경로, `..` 없음).",
    },
    rules: [{ en: "Not together with subPathExpr.", ko: "subPathExpr와 함께 쓸 수 없다." }],
    link: `${K8S_DOCS}/concepts/storage/volumes/#using-subpath`,
  },
  subPathExpr: {
    type: "string",
    description: {
      en: "Like subPath, with `$(VAR)` expanded from the container's environment, e.g. `$(POD_NAME)`.",
      ko: "subPath와 같지만 `$(POD_NAME)`처럼 컨테이너 환경 변수 `$(VAR)`를 펼친다.",
    },
    link: `${K8S_DOCS}/concepts/storage/volumes/#using-subpath-expanded-environment`,
  },
  mountPropagation: {
    type: "string",
    enum: ["None", "HostToContainer", "Bidirectional"],
    default: { derived: { en: "`None`.", ko: "`None`이다." } },
    description: {
      en: "Whether mounts made later on the host (or in the container) show up on the other side.",
      ko: "나중에 호스트(또는 컨테이너)에서 생긴 마운트가 반대편에도 보일지 정한다.",
    },
    rules: [
      {
        en: "`Bidirectional` needs a privileged container.",
        ko: "`Bidirectional`은 특권(privileged) 컨테이너에서만 쓸 수 있다.",
      },
    ],
    link: `${VOLUMES}/#mount-propagation`,
  },
  recursiveReadOnly: {
    type: "string",
    enum: ["Disabled", "IfPossible", "Enabled"],
    since: "1.31",
    ga: "1.33",
    description: {
      en: "Make mounts below a read-only mount read-only too: `Enabled` (fail if the runtime cannot), `IfPossible`, or `Disabled`.",
      ko: "읽기 전용 마운트 아래의 마운트까지 읽기 전용으로 만든다. `Enabled`(런타임이 못 하면 실패), `IfPossible`, `Disabled` 중 하나다.",
    },
    rules: [
      {
        en: "`IfPossible` and `Enabled` need `readOnly: true` and mountPropagation unset or `None`.",
        ko: "`IfPossible`과 `Enabled`는 `readOnly: true`가 필요하고 mountPropagation은 비워 두거나 `None`이어야 한다.",
      },
    ],
    link: `${VOLUMES}/#recursive-read-only-mounts`,
  },
} as const satisfies FieldCatalogue<VolumeMount>;

export const volumeMountSection: CatalogueSection = {
  name: "volumeMount",
  title: { en: "Volume mount", ko: "볼륨 마운트" },
  description: {
    en: "Where a container sees a volume.",
    ko: "컨테이너가 볼륨을 어느 경로에서 볼지 정한다.",
  },
  fields: volumeMountFields,
  check: (checker, path, mount) => {
    checkLocalPath(checker, at(path, "subPath"), mount.subPath, false);
    checkLocalPath(checker, at(path, "subPathExpr"), mount.subPathExpr, false);
    if (
      typeof mount.subPath === "string" &&
      mount.subPath !== "" &&
      typeof mount.subPathExpr === "string" &&
      mount.subPathExpr !== ""
    ) {
      checker.report(
        at(path, "subPathExpr"),
        mount.subPathExpr,
        "mount.sub-path-exclusive",
        { en: "subPath and subPathExpr cannot both be set", ko: "subPath와 subPathExpr를 함께 쓸 수 없다" },
        {
          en: "keep subPathExpr if the path needs $(VAR) expansion, otherwise keep subPath",
          ko: "경로에 $(VAR) 치환이 필요하면 subPathExpr를, 아니면 subPath를 남긴다",
        },
      );
    }
    const rro = mount.recursiveReadOnly;
    if (rro === "IfPossible" || rro === "Enabled") {
      if (mount.readOnly !== true) {
        checker.report(
          at(path, "recursiveReadOnly"),
          rro,
          "mount.recursive-read-only",
          {
            en: `recursiveReadOnly ${rro} may only be set on a read-only mount`,
            ko: `${josa(`recursiveReadOnly ${rro}`, "은/는")} 읽기 전용 마운트에만 쓸 수 있다`,
          },
          { en: "add readOnly: true to the mount", ko: "마운트에 readOnly: true를 추가한다" },
        );
      }
      if (mount.mountPropagation !== undefined && mount.mountPropagation !== "None") {
        checker.report(
          at(path, "recursiveReadOnly"),
          rro,
          "mount.recursive-read-only",
          {
            en: `recursiveReadOnly ${rro} needs mountPropagation None or unset`,
            ko: `${josa(`recursiveReadOnly ${rro}`, "을/를")} 쓰려면 mountPropagation이 None이거나 비어 있어야 한다`,
          },
          {
            en: "remove mountPropagation, or set it to None",
            ko: "mountPropagation을 지우거나 None으로 바꾼다",
          },
        );
      }
    }
  },
};

/**
 * The rules that need the whole container or the pod: a mount names a volume of the pod, mount paths are unique
 * in the container, and `Bidirectional` propagation needs a privileged container.
 */
export function checkMounts(
  checker: Checker,
  path: string,
  container: Raw,
  volumes: ReadonlySet<string>,
): void {
  const mounts = container.volumeMounts;
  if (!Array.isArray(mounts) || mounts.length === 0) return;
  const mountPaths = new Set<string>();
  const security = container.securityContext;
  const privileged = isRecord(security) && security.privileged === true;
  eachItem(mounts, (mount, index) => {
    const mountPath = at(at(path, "volumeMounts"), index);
    const name = mount.name;
    if (typeof name === "string" && !volumes.has(name)) {
      const known = [...volumes].join(", ");
      checker.report(
        at(mountPath, "name"),
        name,
        "pod.mount-unknown-volume",
        {
          en: `volumeMount names no volume of the pod ("${name}")`,
          ko: `volumeMount가 파드에 없는 볼륨을 가리킨다("${name}")`,
        },
        known
          ? { en: `use one of: ${known}, or add the volume`, ko: `${known} 중 하나를 쓰거나 볼륨을 추가한다` }
          : {
              en: "add the volume to `volumes` (or `volumeClaimTemplates` in a StatefulSet)",
              ko: "`volumes`(스테이트풀셋이라면 `volumeClaimTemplates`)에 볼륨을 추가한다",
            },
      );
    }
    const target = mount.mountPath;
    if (typeof target === "string" && target !== "") {
      if (mountPaths.has(target)) {
        checker.report(
          at(mountPath, "mountPath"),
          target,
          "pod.duplicate-mount-path",
          {
            en: `mountPath "${target}" is used twice in one container`,
            ko: `${josa(`"${target}"`, "이라는/라는")} mountPath가 한 컨테이너 안에서 두 번 쓰였다`,
          },
          { en: "mount each volume at its own path", ko: "볼륨마다 다른 경로에 마운트한다" },
        );
      } else {
        mountPaths.add(target);
      }
    } else if (target === "") {
      requireNonEmpty(checker, at(mountPath, "mountPath"), target, { en: "mountPath", ko: "mountPath" });
    }
    if (mount.mountPropagation === "Bidirectional" && !privileged) {
      checker.report(
        at(mountPath, "mountPropagation"),
        "Bidirectional",
        "mount.bidirectional-privileged",
        {
          en: "Bidirectional mount propagation is only for privileged containers",
          ko: "Bidirectional 마운트 전파는 특권(privileged) 컨테이너에서만 쓸 수 있다",
        },
        {
          en: "use HostToContainer, or make the container privileged (securityContext.privileged: true, with podSecurity: privileged)",
          ko: "HostToContainer를 쓰거나, 컨테이너를 특권 컨테이너로 만든다(securityContext.privileged: true와 podSecurity: privileged)",
        },
      );
    }
  });
}
