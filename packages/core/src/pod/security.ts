/**
 * Pod and container security: the two securityContext objects checked as the API server checks them
 * (`pkg/apis/core/validation/validation.go`: `validatePodSpecSecurityContext`, `ValidateSecurityContext`,
 * `validateSeccompProfileField`, `validateAppArmorProfileField`, `validateSysctls`, `validateHostUsers`,
 * `validateWindows`, `validateLinux`), the host namespaces and `os`, and podworks' own policy: the Pod Security
 * level a spec is checked against (`podSecurity`), and how podworks' restricted defaults give way to settings that
 * contradict them (a privileged container) without ever rendering a pair the API server refuses.
 *
 * Version gates follow `pkg/features/kube_features.go` (versioned specs): AppArmor fields GA 1.30, ProcMountType and
 * UserNamespacesSupport on by default from 1.33 (still beta in 1.36), SupplementalGroupsPolicy beta 1.33 and GA 1.35,
 * SELinuxChangePolicy beta (on) from 1.33.
 */
import type { CatalogueSection, FieldCatalogue, FieldDef } from "../catalogue.js";
import { at, type Checker, isRecord } from "../context.js";
import { josa, type Text } from "../i18n.js";
import { K8S_DOCS, POD_API } from "./links.js";
import { eachItem } from "./list.js";
import { checkLocalPath } from "./volumes.js";

type Raw = Record<string, unknown>;

const PSS = `${K8S_DOCS}/concepts/security/pod-security-standards/`;
const SECURITY_CONTEXT = `${K8S_DOCS}/tasks/configure-pod-container/security-context/`;
const SECCOMP = `${K8S_DOCS}/tutorials/security/seccomp/`;
const APPARMOR = `${K8S_DOCS}/tutorials/security/apparmor/`;
const SYSCTLS = `${K8S_DOCS}/tasks/administer-cluster/sysctl-cluster/`;
const WINDOWS = `${K8S_DOCS}/tasks/configure-pod-container/configure-runasusername/`;
const USER_NAMESPACES = `${K8S_DOCS}/concepts/workloads/pods/user-namespaces/`;

// ---------------------------------------------------------------------------------------------------------
// Types

/** The Pod Security Standards level podworks checks a spec against. */
export type PodSecurityLevel = "privileged" | "baseline" | "restricted";

export interface SeccompProfile {
  readonly type: "RuntimeDefault" | "Unconfined" | "Localhost";
  readonly localhostProfile?: string;
}

export interface AppArmorProfile {
  readonly type: "RuntimeDefault" | "Unconfined" | "Localhost";
  readonly localhostProfile?: string;
}

export interface SELinuxOptions {
  readonly user?: string;
  readonly role?: string;
  readonly type?: string;
  readonly level?: string;
}

export interface WindowsSecurityContextOptions {
  readonly gmsaCredentialSpecName?: string;
  readonly gmsaCredentialSpec?: string;
  readonly runAsUserName?: string;
  readonly hostProcess?: boolean;
}

export interface Sysctl {
  readonly name: string;
  readonly value: string;
}

export interface Capabilities {
  readonly add?: readonly string[];
  readonly drop?: readonly string[];
}

/**
 * Pod-level security settings. podworks fills in the Pod Security `restricted` profile (non-root, user and
 * group 65534, RuntimeDefault seccomp); a value you set wins, and `null` leaves a default out.
 */
export interface PodSecurityContext {
  readonly runAsNonRoot?: boolean | null;
  readonly runAsUser?: number | null;
  readonly runAsGroup?: number | null;
  readonly seccompProfile?: SeccompProfile | null;
  readonly fsGroup?: number;
  readonly fsGroupChangePolicy?: "OnRootMismatch" | "Always";
  readonly supplementalGroups?: readonly number[];
  readonly supplementalGroupsPolicy?: "Merge" | "Strict";
  readonly appArmorProfile?: AppArmorProfile;
  readonly seLinuxOptions?: SELinuxOptions;
  readonly seLinuxChangePolicy?: "Recursive";
  readonly sysctls?: readonly Sysctl[];
  readonly windowsOptions?: WindowsSecurityContextOptions;
}

/**
 * Container security settings. podworks adds `allowPrivilegeEscalation: false` and drops all capabilities
 * (leaving them out where a setting you made contradicts them, with a warning); a value you set wins, and
 * `null` leaves a default out.
 */
export interface ContainerSecurityContext {
  readonly allowPrivilegeEscalation?: boolean | null;
  readonly capabilities?: Capabilities | null;
  readonly privileged?: boolean;
  readonly procMount?: "Default" | "Unmasked";
  readonly readOnlyRootFilesystem?: boolean;
  readonly runAsNonRoot?: boolean;
  readonly runAsUser?: number;
  readonly runAsGroup?: number;
  readonly seccompProfile?: SeccompProfile;
  readonly appArmorProfile?: AppArmorProfile;
  readonly seLinuxOptions?: SELinuxOptions;
  readonly windowsOptions?: WindowsSecurityContextOptions;
}

// ---------------------------------------------------------------------------------------------------------
// Nested sections

const MAX_ID = 2147483647;

function idField(what: Text, link: string) {
  return {
    type: "integer",
    minimum: 0,
    maximum: MAX_ID,
    description: what,
    rules: [{ en: "0 to 2147483647.", ko: "0부터 2147483647까지다." }],
    link,
  } as const;
}

function profileCheck(kind: "seccomp" | "AppArmor") {
  return (checker: Checker, path: string, value: Raw): void => {
    const profilePath = at(path, "localhostProfile");
    const profile = value.localhostProfile;
    if (value.type === "Localhost") {
      if (profile === undefined || profile === null) {
        checker.report(
          profilePath,
          profile,
          "required",
          {
            en: `localhostProfile is required when the ${kind} type is Localhost`,
            ko: `${kind} type이 Localhost라면 localhostProfile을 반드시 지정해야 한다`,
          },
          {
            en: "name the profile file on the node, e.g. profiles/audit.json",
            ko: "노드에 있는 프로파일 파일을 적는다(예: profiles/audit.json)",
          },
        );
      } else if (kind === "seccomp") {
        checkLocalPath(checker, profilePath, profile, false);
      } else if (typeof profile === "string" && profile.trim() === "") {
        checker.report(
          profilePath,
          profile,
          "required",
          { en: "localhostProfile must not be blank", ko: "localhostProfile을 공백으로 둘 수 없다" },
          {
            en: "name the AppArmor profile loaded on the node",
            ko: "노드에 올라간 AppArmor 프로파일 이름을 적는다",
          },
        );
      }
    } else if (profile !== undefined) {
      checker.report(
        profilePath,
        profile,
        "security.localhost-profile",
        {
          en: `localhostProfile can only be set when the ${kind} type is Localhost`,
          ko: `localhostProfile은 ${kind} type이 Localhost일 때만 쓸 수 있다`,
        },
        {
          en: "remove localhostProfile, or set type: Localhost",
          ko: "localhostProfile을 지우거나 type을 Localhost로 바꾼다",
        },
      );
    }
  };
}

const PROFILE_TYPES = ["RuntimeDefault", "Unconfined", "Localhost"];

export const seccompProfileSection: CatalogueSection = {
  name: "securitySeccompProfile",
  title: { en: "Seccomp profile", ko: "seccomp 프로파일" },
  description: {
    en: "Which system calls the container may make.",
    ko: "컨테이너가 쓸 수 있는 시스템 호출을 정한다.",
  },
  fields: {
    type: {
      type: "string",
      required: true,
      enum: PROFILE_TYPES,
      description: {
        en: "`RuntimeDefault` (the container runtime's profile), `Unconfined` (none) or `Localhost` (a file on the node).",
        ko: "`RuntimeDefault`(컨테이너 런타임의 기본 프로파일), `Unconfined`(제한 없음), `Localhost`(노드의 파일) 중 하나다.",
      },
      link: SECCOMP,
    },
    localhostProfile: {
      type: "string",
      description: {
        en: "With `Localhost`: the profile's path, relative to the kubelet's seccomp directory.",
        ko: "`Localhost`일 때 kubelet의 seccomp 디렉터리를 기준으로 한 프로파일 경로.",
      },
      rules: [
        {
          en: "Only with type Localhost, and required there.",
          ko: "type이 Localhost일 때만 쓰며, 그때는 반드시 있어야 한다.",
        },
      ],
      link: SECCOMP,
    },
  } satisfies FieldCatalogue<SeccompProfile>,
  check: profileCheck("seccomp"),
};

export const appArmorProfileSection: CatalogueSection = {
  name: "securityAppArmorProfile",
  title: { en: "AppArmor profile", ko: "AppArmor 프로파일" },
  description: {
    en: "The AppArmor profile the container runs under.",
    ko: "컨테이너에 적용할 AppArmor 프로파일.",
  },
  fields: {
    type: {
      type: "string",
      required: true,
      enum: PROFILE_TYPES,
      description: {
        en: "`RuntimeDefault`, `Unconfined` or `Localhost` (a profile loaded on the node).",
        ko: "`RuntimeDefault`, `Unconfined`, `Localhost`(노드에 올라간 프로파일) 중 하나다.",
      },
      link: APPARMOR,
    },
    localhostProfile: {
      type: "string",
      maxLength: 4095,
      description: {
        en: "With `Localhost`: the name of the profile loaded on the node.",
        ko: "`Localhost`일 때 노드에 올라간 프로파일 이름.",
      },
      link: APPARMOR,
    },
  } satisfies FieldCatalogue<AppArmorProfile>,
  check: profileCheck("AppArmor"),
};

const seLinuxFields = {
  user: {
    type: "string",
    description: { en: "SELinux user label.", ko: "SELinux 사용자 레이블." },
    link: `${SECURITY_CONTEXT}#assign-selinux-labels-to-a-container`,
  },
  role: {
    type: "string",
    description: { en: "SELinux role label.", ko: "SELinux 역할 레이블." },
    link: `${SECURITY_CONTEXT}#assign-selinux-labels-to-a-container`,
  },
  type: {
    type: "string",
    description: { en: "SELinux type label.", ko: "SELinux 타입 레이블." },
    link: `${SECURITY_CONTEXT}#assign-selinux-labels-to-a-container`,
  },
  level: {
    type: "string",
    description: {
      en: "SELinux level label, e.g. `s0:c123,c456`.",
      ko: "SELinux 수준 레이블(예: `s0:c123,c456`).",
    },
    link: `${SECURITY_CONTEXT}#assign-selinux-labels-to-a-container`,
  },
} as const satisfies FieldCatalogue<SELinuxOptions>;

const windowsFields = {
  gmsaCredentialSpecName: {
    type: "string",
    format: "dns1123-subdomain",
    description: {
      en: "Name of the GMSACredentialSpec object to use.",
      ko: "사용할 GMSACredentialSpec 오브젝트의 이름.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-gmsa/`,
  },
  gmsaCredentialSpec: {
    type: "string",
    maxLength: 64 * 1024,
    description: {
      en: "The GMSA credential spec itself (JSON), filled in by the GMSA webhook.",
      ko: "GMSA 자격 증명 스펙(JSON). GMSA 웹훅이 채운다.",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/configure-gmsa/`,
  },
  runAsUserName: {
    type: "string",
    maxLength: 256,
    description: {
      en: "Windows user the entrypoint runs as, e.g. `ContainerUser`.",
      ko: "진입점을 실행할 Windows 사용자(예: `ContainerUser`).",
    },
    link: WINDOWS,
  },
  hostProcess: {
    type: "boolean",
    since: "1.26",
    ga: "1.26",
    description: {
      en: "Run as a Windows HostProcess container (needs hostNetwork: true).",
      ko: "Windows HostProcess 컨테이너로 실행한다(hostNetwork: true가 필요하다).",
    },
    link: `${K8S_DOCS}/tasks/configure-pod-container/create-hostprocess-pod/`,
  },
} as const satisfies FieldCatalogue<WindowsSecurityContextOptions>;

const SYSCTL_NAME = /^(?:[a-z0-9](?:[-_a-z0-9]*[a-z0-9])?[./])*[a-z0-9](?:[-_a-z0-9]*[a-z0-9])?$/;

const sysctlSection: CatalogueSection = {
  name: "securitySysctl",
  title: { en: "Sysctl", ko: "sysctl" },
  description: {
    en: "One namespaced kernel parameter of the pod.",
    ko: "파드에 설정할 네임스페이스 단위 커널 파라미터 하나.",
  },
  fields: {
    name: {
      type: "string",
      required: true,
      maxLength: 253,
      description: {
        en: "Parameter name, e.g. `net.ipv4.ip_local_port_range`.",
        ko: "파라미터 이름(예: `net.ipv4.ip_local_port_range`).",
      },
      link: SYSCTLS,
    },
    value: {
      type: "string",
      description: { en: "Value to set.", ko: "설정할 값." },
      link: SYSCTLS,
    },
  } satisfies FieldCatalogue<Sysctl>,
  check: (checker, path, value) => {
    const name = value.name;
    if (typeof name === "string" && name.length <= 253 && !SYSCTL_NAME.test(name)) {
      checker.report(
        at(path, "name"),
        name,
        "security.sysctl-name",
        {
          en: `"${name}" is not a sysctl name: lowercase segments joined by "." or "/"`,
          ko: `${josa(`"${name}"`, "은/는")} sysctl 이름이 아니다. 소문자 구간을 "."이나 "/"로 이어야 한다`,
        },
        {
          en: 'write it like "net.ipv4.ip_local_port_range"',
          ko: '"net.ipv4.ip_local_port_range"처럼 적는다',
        },
      );
    }
  },
};

const capabilitiesFields = {
  add: {
    type: "string[]",
    description: {
      en: "Capabilities to add, e.g. `NET_BIND_SERVICE`.",
      ko: "추가할 capability(예: `NET_BIND_SERVICE`).",
    },
    link: `${SECURITY_CONTEXT}#set-capabilities-for-a-container`,
  },
  drop: {
    type: "string[]",
    description: {
      en: "Capabilities to drop; `ALL` drops every one.",
      ko: "제거할 capability. `ALL`이면 모두 제거한다.",
    },
    link: `${SECURITY_CONTEXT}#set-capabilities-for-a-container`,
  },
} as const satisfies FieldCatalogue<Capabilities>;

// ---------------------------------------------------------------------------------------------------------
// The pod's securityContext

const objectOf = (section: CatalogueSection, description: Text, link: string) =>
  ({ type: "object", section, description, link }) as const;

export const podSecurityContextFields = {
  runAsNonRoot: {
    type: "boolean",
    default: { value: true },
    description: {
      en: "Refuse to start a container whose user is root (uid 0).",
      ko: "사용자가 root(uid 0)인 컨테이너는 시작하지 않는다.",
    },
    link: SECURITY_CONTEXT,
  },
  runAsUser: {
    ...idField(
      {
        en: "User id the containers' processes run as; `null` leaves it to the image (Linux only).",
        ko: "컨테이너 프로세스를 실행할 사용자 id. `null`이면 이미지에 맡긴다(Linux 전용).",
      },
      SECURITY_CONTEXT,
    ),
    default: { value: 65534 },
  },
  runAsGroup: {
    ...idField(
      {
        en: "Primary group id of the containers' processes; `null` leaves it to the image (Linux only).",
        ko: "컨테이너 프로세스의 기본 그룹 id. `null`이면 이미지에 맡긴다(Linux 전용).",
      },
      SECURITY_CONTEXT,
    ),
    default: { value: 65534 },
  },
  seccompProfile: {
    ...objectOf(
      seccompProfileSection,
      {
        en: "Seccomp profile of every container (Linux only).",
        ko: "모든 컨테이너에 적용할 seccomp 프로파일(Linux 전용).",
      },
      SECCOMP,
    ),
    default: { value: { type: "RuntimeDefault" } },
  },
  fsGroup: idField(
    {
      en: "Group that owns the volumes' files and is added to every process (Linux only).",
      ko: "볼륨 파일을 소유하고 모든 프로세스에 더해지는 그룹(Linux 전용).",
    },
    SECURITY_CONTEXT,
  ),
  fsGroupChangePolicy: {
    type: "string",
    enum: ["OnRootMismatch", "Always"],
    default: { derived: { en: "`Always` (set by Kubernetes).", ko: "`Always`다(쿠버네티스가 정한다)." } },
    description: {
      en: "When to change volume ownership to fsGroup: `OnRootMismatch` only when the root directory differs (faster for big volumes).",
      ko: "볼륨 소유권을 fsGroup으로 바꾸는 시점. `OnRootMismatch`면 루트 디렉터리가 다를 때만 바꾼다(큰 볼륨에서 빠르다).",
    },
    link: `${SECURITY_CONTEXT}#configure-volume-permission-and-ownership-change-policy-for-pods`,
  },
  supplementalGroups: {
    type: "integer[]",
    description: {
      en: "Extra group ids for the first process of every container (Linux only).",
      ko: "모든 컨테이너의 첫 프로세스에 더할 그룹 id(Linux 전용).",
    },
    rules: [{ en: "Each 0 to 2147483647.", ko: "각각 0부터 2147483647까지다." }],
    link: SECURITY_CONTEXT,
  },
  supplementalGroupsPolicy: {
    type: "string",
    enum: ["Merge", "Strict"],
    since: "1.33",
    ga: "1.35",
    default: { derived: { en: "`Merge` (set by Kubernetes).", ko: "`Merge`다(쿠버네티스가 정한다)." } },
    description: {
      en: "`Merge` adds the groups of the image's /etc/group; `Strict` uses only fsGroup, supplementalGroups and runAsGroup.",
      ko: "`Merge`면 이미지의 /etc/group에 있는 그룹도 더하고, `Strict`면 fsGroup, supplementalGroups, runAsGroup만 쓴다.",
    },
    link: `${SECURITY_CONTEXT}#supplementalgroupspolicy`,
  },
  appArmorProfile: {
    ...objectOf(
      appArmorProfileSection,
      {
        en: "AppArmor profile of every container (Linux only).",
        ko: "모든 컨테이너에 적용할 AppArmor 프로파일(Linux 전용).",
      },
      APPARMOR,
    ),
    since: "1.30",
    ga: "1.30",
  },
  seLinuxOptions: {
    type: "object",
    fields: seLinuxFields,
    description: {
      en: "SELinux labels of every container (Linux only).",
      ko: "모든 컨테이너에 붙일 SELinux 레이블(Linux 전용).",
    },
    link: `${SECURITY_CONTEXT}#assign-selinux-labels-to-a-container`,
  },
  seLinuxChangePolicy: {
    type: "string",
    enum: ["Recursive"],
    since: "1.33",
    description: {
      en: "How volumes get the pod's SELinux label: `Recursive` relabels every file. `MountOption` (a mount option, fast) needs the SELinuxMount feature gate, off by default through 1.36, so the API server refuses it.",
      ko: "볼륨에 파드의 SELinux 레이블을 붙이는 방식. `Recursive`이면 파일마다 레이블을 다시 붙인다. `MountOption`(마운트 옵션, 빠름)은 1.36까지 기본으로 꺼져 있는 SELinuxMount 기능 게이트가 필요해 API 서버가 거부한다.",
    },
    link: `${SECURITY_CONTEXT}#efficient-selinux-volume-relabeling`,
  },
  sysctls: {
    type: "object[]",
    section: sysctlSection,
    description: {
      en: "Namespaced kernel parameters of the pod; unsafe ones must be allowed on the node.",
      ko: "파드에 설정할 네임스페이스 단위 커널 파라미터. 안전하지 않은 것은 노드에서 허용해야 한다.",
    },
    rules: [
      {
        en: "Names unique; `net.*` not with hostNetwork, IPC ones not with hostIPC.",
        ko: "이름은 고유해야 하고, `net.*`는 hostNetwork와, IPC 파라미터는 hostIPC와 함께 쓸 수 없다.",
      },
    ],
    link: SYSCTLS,
  },
  windowsOptions: {
    type: "object",
    fields: windowsFields,
    description: {
      en: "Windows settings of every container (Windows only).",
      ko: "모든 컨테이너의 Windows 설정(Windows 전용).",
    },
    link: WINDOWS,
  },
} as const satisfies FieldCatalogue<PodSecurityContext>;

function checkIds(checker: Checker, path: string, ids: unknown): void {
  if (!Array.isArray(ids)) return;
  ids.forEach((id, index) => {
    if (typeof id === "number" && id < 0) {
      checker.report(
        at(path, index),
        id,
        "minimum",
        { en: "a group id must be between 0 and 2147483647", ko: "그룹 id는 0부터 2147483647 사이여야 한다" },
        { en: "use a group id of 0 or more", ko: "0 이상의 그룹 id를 쓴다" },
      );
    }
  });
}

export const podSecurityContextSection: CatalogueSection = {
  name: "podSecurityContext",
  title: { en: "Pod security context", ko: "파드 보안 컨텍스트" },
  description: {
    en: "Security settings that apply to every container of the pod. podworks adds the restricted defaults to what you set.",
    ko: "파드의 모든 컨테이너에 적용되는 보안 설정. podworks는 직접 지정한 값에 restricted 기본값을 더한다.",
  },
  fields: podSecurityContextFields,
  check: (checker, path, value) => {
    checkIds(checker, at(path, "supplementalGroups"), value.supplementalGroups);
    const seen = new Set<string>();
    eachItem(value.sysctls, (sysctl, index) => {
      const name = sysctl.name;
      if (typeof name !== "string") return;
      if (seen.has(name)) {
        checker.report(
          at(at(at(path, "sysctls"), index), "name"),
          name,
          "duplicate",
          {
            en: `sysctl "${name}" is set twice`,
            ko: `sysctl ${josa(`"${name}"`, "이/가")} 두 번 설정되었다`,
          },
          { en: "keep one entry per sysctl", ko: "sysctl마다 항목을 하나만 둔다" },
        );
      }
      seen.add(name);
    });
  },
};

// ---------------------------------------------------------------------------------------------------------
// The container's securityContext

export const containerSecurityContextFields = {
  allowPrivilegeEscalation: {
    type: "boolean",
    default: { value: false },
    description: {
      en: "Whether a process may gain more privileges than its parent (setuid binaries). podworks sets false, and leaves it out for a privileged container or one that adds CAP_SYS_ADMIN.",
      ko: "프로세스가 부모보다 많은 권한을 얻을 수 있는지(setuid 바이너리) 정한다. podworks는 false로 두며, 특권 컨테이너나 CAP_SYS_ADMIN을 추가한 컨테이너에서는 빼 둔다.",
    },
    rules: [
      {
        en: "`false` is refused together with `privileged: true` or `capabilities.add: [CAP_SYS_ADMIN]`.",
        ko: "`false`는 `privileged: true`나 `capabilities.add: [CAP_SYS_ADMIN]`과 함께 쓸 수 없다.",
      },
    ],
    link: `${SECURITY_CONTEXT}#set-the-security-context-for-a-container`,
  },
  capabilities: {
    type: "object",
    fields: capabilitiesFields,
    default: { value: { drop: ["ALL"] } },
    description: {
      en: "Linux capabilities to add and drop. podworks drops all, except for a privileged container (which has them all anyway).",
      ko: "추가하거나 제거할 Linux capability. podworks는 모두 제거하되, 어차피 모든 capability를 갖는 특권 컨테이너에는 적용하지 않는다.",
    },
    link: `${SECURITY_CONTEXT}#set-capabilities-for-a-container`,
  },
  privileged: {
    type: "boolean",
    description: {
      en: "Run with the host's full privileges. Needs `podSecurity: privileged`.",
      ko: "호스트의 모든 권한으로 실행한다. `podSecurity: privileged`가 필요하다.",
    },
    link: `${SECURITY_CONTEXT}#set-the-security-context-for-a-container`,
  },
  procMount: {
    type: "string",
    enum: ["Default", "Unmasked"],
    since: "1.33",
    description: {
      en: "`Unmasked` gives the container an unmasked /proc (for nested containers); it needs `hostUsers: false` and `podSecurity: privileged`.",
      ko: "`Unmasked`면 컨테이너가 가리지 않은 /proc를 본다(중첩 컨테이너용). `hostUsers: false`와 `podSecurity: privileged`가 필요하다.",
    },
    link: `${SECURITY_CONTEXT}#proc-mount`,
  },
  readOnlyRootFilesystem: {
    type: "boolean",
    description: {
      en: "Mount the container's root filesystem read-only.",
      ko: "컨테이너의 루트 파일 시스템을 읽기 전용으로 마운트한다.",
    },
    link: `${SECURITY_CONTEXT}#set-the-security-context-for-a-container`,
  },
  runAsNonRoot: {
    type: "boolean",
    description: { en: "Overrides the pod's runAsNonRoot.", ko: "파드의 runAsNonRoot를 덮어쓴다." },
    link: SECURITY_CONTEXT,
  },
  runAsUser: idField(
    { en: "Overrides the pod's runAsUser (Linux only).", ko: "파드의 runAsUser를 덮어쓴다(Linux 전용)." },
    SECURITY_CONTEXT,
  ),
  runAsGroup: idField(
    { en: "Overrides the pod's runAsGroup (Linux only).", ko: "파드의 runAsGroup을 덮어쓴다(Linux 전용)." },
    SECURITY_CONTEXT,
  ),
  seccompProfile: objectOf(
    seccompProfileSection,
    {
      en: "Overrides the pod's seccomp profile (Linux only).",
      ko: "파드의 seccomp 프로파일을 덮어쓴다(Linux 전용).",
    },
    SECCOMP,
  ),
  appArmorProfile: {
    ...objectOf(
      appArmorProfileSection,
      {
        en: "Overrides the pod's AppArmor profile (Linux only).",
        ko: "파드의 AppArmor 프로파일을 덮어쓴다(Linux 전용).",
      },
      APPARMOR,
    ),
    since: "1.30",
    ga: "1.30",
  },
  seLinuxOptions: {
    type: "object",
    fields: seLinuxFields,
    description: {
      en: "Overrides the pod's SELinux labels (Linux only).",
      ko: "파드의 SELinux 레이블을 덮어쓴다(Linux 전용).",
    },
    link: `${SECURITY_CONTEXT}#assign-selinux-labels-to-a-container`,
  },
  windowsOptions: {
    type: "object",
    fields: windowsFields,
    description: {
      en: "Overrides the pod's Windows settings (Windows only).",
      ko: "파드의 Windows 설정을 덮어쓴다(Windows 전용).",
    },
    link: WINDOWS,
  },
} as const satisfies FieldCatalogue<ContainerSecurityContext>;

function addsSysAdmin(value: Raw, exact: boolean): boolean {
  const caps = value.capabilities;
  if (!isRecord(caps) || !Array.isArray(caps.add)) return false;
  return caps.add.some((cap) => cap === "CAP_SYS_ADMIN" || (!exact && cap === "SYS_ADMIN"));
}

export const containerSecurityContextSection: CatalogueSection = {
  name: "containerSecurityContext",
  title: { en: "Container security context", ko: "컨테이너 보안 컨텍스트" },
  description: {
    en: "Security settings of one container; they override the pod's. podworks adds `allowPrivilegeEscalation: false` and drops all capabilities unless a setting of yours contradicts that.",
    ko: "컨테이너 하나의 보안 설정이며 파드의 설정을 덮어쓴다. podworks는 직접 지정한 설정과 어긋나지 않는 한 `allowPrivilegeEscalation: false`를 넣고 모든 capability를 제거한다.",
  },
  fields: containerSecurityContextFields,
  check: (checker, path, value) => {
    // `ValidateSecurityContext`: both errors are reported on the securityContext itself.
    if (value.allowPrivilegeEscalation !== false) return;
    if (value.privileged === true) {
      checker.report(
        path,
        value,
        "security.privilege-escalation",
        {
          en: "allowPrivilegeEscalation: false contradicts privileged: true",
          ko: "allowPrivilegeEscalation: false는 privileged: true와 함께 쓸 수 없다",
        },
        {
          en: "remove allowPrivilegeEscalation (podworks then leaves it out for this privileged container), or drop privileged",
          ko: "allowPrivilegeEscalation을 지우거나(그러면 podworks가 이 특권 컨테이너에는 넣지 않는다) privileged를 뺀다",
        },
      );
    }
    if (addsSysAdmin(value, true)) {
      checker.report(
        path,
        value,
        "security.privilege-escalation",
        {
          en: "allowPrivilegeEscalation: false contradicts adding CAP_SYS_ADMIN",
          ko: "allowPrivilegeEscalation: false는 CAP_SYS_ADMIN 추가와 함께 쓸 수 없다",
        },
        {
          en: "remove allowPrivilegeEscalation (podworks then leaves it out), or stop adding CAP_SYS_ADMIN",
          ko: "allowPrivilegeEscalation을 지우거나(그러면 podworks가 넣지 않는다) CAP_SYS_ADMIN 추가를 뺀다",
        },
      );
    }
  },
};

// ---------------------------------------------------------------------------------------------------------
// Pod-level fields this module owns: host namespaces, user namespaces, os, and the podworks level

export interface PodSecurityFields {
  readonly hostNetwork?: boolean;
  readonly hostPID?: boolean;
  readonly hostIPC?: boolean;
  readonly hostUsers?: boolean;
  readonly os?: { readonly name: "linux" | "windows" };
  readonly podSecurity?: PodSecurityLevel;
}

export const podSecurityFields = {
  hostNetwork: {
    type: "boolean",
    default: { derived: { en: "`false` (set by Kubernetes).", ko: "`false`다(쿠버네티스가 정한다)." } },
    description: {
      en: "Use the node's network namespace (network agents, CNI plugins). Needs `podSecurity: privileged`.",
      ko: "노드의 네트워크 네임스페이스를 쓴다(네트워크 에이전트, CNI 플러그인). `podSecurity: privileged`가 필요하다.",
    },
    rules: [
      {
        en: "With hostNetwork, a container port's hostPort (when set) equals its containerPort; not with `hostUsers: false`.",
        ko: "hostNetwork를 쓰면 컨테이너 포트의 hostPort(지정한 경우)가 containerPort와 같아야 하고, `hostUsers: false`와 함께 쓸 수 없다.",
      },
    ],
    link: `${POD_API}/#hosts-namespaces`,
  },
  hostPID: {
    type: "boolean",
    default: { derived: { en: "`false` (set by Kubernetes).", ko: "`false`다(쿠버네티스가 정한다)." } },
    description: {
      en: "Use the node's process namespace (see every process on the node). Needs `podSecurity: privileged`.",
      ko: "노드의 프로세스 네임스페이스를 쓴다(노드의 모든 프로세스가 보인다). `podSecurity: privileged`가 필요하다.",
    },
    rules: [
      {
        en: "Not with shareProcessNamespace: true or `hostUsers: false`.",
        ko: "shareProcessNamespace: true나 `hostUsers: false`와 함께 쓸 수 없다.",
      },
    ],
    link: `${POD_API}/#hosts-namespaces`,
  },
  hostIPC: {
    type: "boolean",
    default: { derived: { en: "`false` (set by Kubernetes).", ko: "`false`다(쿠버네티스가 정한다)." } },
    description: {
      en: "Use the node's IPC namespace (shared memory). Needs `podSecurity: privileged`.",
      ko: "노드의 IPC 네임스페이스(공유 메모리)를 쓴다. `podSecurity: privileged`가 필요하다.",
    },
    link: `${POD_API}/#hosts-namespaces`,
  },
  hostUsers: {
    type: "boolean",
    since: "1.33",
    default: { derived: { en: "`true` (set by Kubernetes).", ko: "`true`다(쿠버네티스가 정한다)." } },
    description: {
      en: "`false` runs the pod in its own user namespace: root inside maps to an unprivileged user on the node.",
      ko: "`false`면 파드를 자체 사용자 네임스페이스에서 실행한다. 안의 root가 노드에서는 권한 없는 사용자에 대응된다.",
    },
    rules: [
      {
        en: "`false` is refused with hostNetwork, hostPID or hostIPC.",
        ko: "`false`는 hostNetwork, hostPID, hostIPC와 함께 쓸 수 없다.",
      },
    ],
    link: USER_NAMESPACES,
  },
  os: {
    type: "object",
    fields: {
      name: {
        type: "string",
        required: true,
        enum: ["linux", "windows"],
        description: { en: "`linux` or `windows`.", ko: "`linux` 또는 `windows`다." },
        link: `${POD_API}/#scheduling`,
      },
    },
    description: {
      en: "Operating system the pod runs on. For `windows`, podworks leaves out its Linux-only defaults and the Linux-only fields are refused.",
      ko: "파드가 실행될 운영 체제. `windows`면 podworks가 Linux 전용 기본값을 넣지 않고, Linux 전용 필드는 거부된다.",
    },
    link: `${K8S_DOCS}/concepts/windows/user-guide/#windows-os-version-support`,
  },
  podSecurity: {
    type: "string",
    enum: ["restricted", "baseline", "privileged"],
    default: { value: "restricted" },
    description: {
      en: "The Pod Security Standards level podworks holds the pod to (a podworks option, not rendered). `restricted` and `baseline` refuse host namespaces, hostPath volumes, privileged containers and an unmasked /proc; `privileged` allows them, for node agents that need them. Run such pods in a namespace whose Pod Security admission allows that level.",
      ko: "podworks가 파드에 적용할 파드 보안 표준 수준(podworks 옵션이며 매니페스트에는 나오지 않는다). `restricted`와 `baseline`은 호스트 네임스페이스, hostPath 볼륨, 특권 컨테이너, 가리지 않은 /proc를 거부하고, `privileged`는 이를 필요로 하는 노드 에이전트를 위해 허용한다. 이런 파드는 해당 수준을 허용하는 네임스페이스에서 실행한다.",
    },
    link: PSS,
  },
} as const satisfies FieldCatalogue<PodSecurityFields>;

// ---------------------------------------------------------------------------------------------------------
// Rules that span the pod

/** Pod securityContext fields `validateWindows` refuses for a Windows pod, and the container ones. */
const WINDOWS_FORBIDDEN_POD = [
  "seLinuxOptions",
  "seccompProfile",
  "appArmorProfile",
  "fsGroup",
  "fsGroupChangePolicy",
  "sysctls",
  "runAsUser",
  "runAsGroup",
  "supplementalGroups",
  "supplementalGroupsPolicy",
  "seLinuxChangePolicy",
] as const;
const WINDOWS_FORBIDDEN_CONTAINER = [
  "seLinuxOptions",
  "seccompProfile",
  "appArmorProfile",
  "capabilities",
  "readOnlyRootFilesystem",
  "privileged",
  "allowPrivilegeEscalation",
  "procMount",
  "runAsUser",
  "runAsGroup",
] as const;

/** Sysctls that live in the IPC namespace (`validateSysctls` with hostIPC). */
function isIpcSysctl(name: string): boolean {
  return (
    name === "kernel.sem" ||
    name.startsWith("kernel.shm") ||
    name.startsWith("kernel.msg") ||
    name.startsWith("fs.mqueue.")
  );
}

const LEVEL_KO: Record<PodSecurityLevel, string> = {
  privileged: "privileged",
  baseline: "baseline",
  restricted: "restricted",
};

function reportLevel(
  checker: Checker,
  path: string,
  value: unknown,
  what: Text,
  level: PodSecurityLevel,
): void {
  checker.report(
    path,
    value,
    "security.pod-security-level",
    {
      en: `${what.en} is not allowed at the Pod Security level "${level}" podworks checks against`,
      ko: `${josa(what.ko, "은/는")} podworks가 적용하는 파드 보안 수준 "${LEVEL_KO[level]}"에서 허용되지 않는다`,
    },
    {
      en: 'remove it, or opt out explicitly with podSecurity: "privileged" (and run the pods in a namespace that admits privileged pods)',
      ko: '지우거나, podSecurity: "privileged"로 명시적으로 허용한다(파드는 privileged 파드를 받아들이는 네임스페이스에서 실행한다)',
    },
  );
}

function forbidForOs(checker: Checker, path: string, value: unknown, os: "linux" | "windows"): void {
  checker.report(
    path,
    value,
    "security.os-field",
    {
      en: `cannot be set for a ${os} pod`,
      ko: `${os === "windows" ? "Windows" : "Linux"} 파드에는 쓸 수 없는 필드다`,
    },
    {
      en:
        os === "windows"
          ? "remove it; Windows containers do not have it"
          : "remove it; it is for Windows pods only",
      ko:
        os === "windows"
          ? "지운다. Windows 컨테이너에는 없는 설정이다"
          : "지운다. Windows 파드 전용 설정이다",
    },
  );
}

const GROUPS = ["containers", "initContainers"] as const;

function hostProcessOf(value: unknown): boolean {
  return isRecord(value) && isRecord(value.windowsOptions) && value.windowsOptions.hostProcess === true;
}

/**
 * `validateWindowsHostProcessPod`: a HostProcess container needs hostNetwork, and a pod's containers are all
 * HostProcess containers or none is. Pod Security baseline forbids HostProcess containers.
 */
function checkHostProcess(checker: Checker, spec: Raw, level: PodSecurityLevel): void {
  const podWide = hostProcessOf(spec.securityContext);
  let some = podWide;
  let all = true;
  for (const group of GROUPS) {
    const items = spec[group];
    if (!Array.isArray(items)) continue;
    for (const container of items) {
      const sc = isRecord(container) ? container.securityContext : undefined;
      const set = isRecord(sc) && isRecord(sc.windowsOptions) ? sc.windowsOptions.hostProcess : undefined;
      if (set === true) some = true;
      else if (set === false || !podWide) all = false;
    }
  }
  if (!some) return;
  if (spec.hostNetwork !== true) {
    checker.report(
      "hostNetwork",
      spec.hostNetwork,
      "security.host-process",
      {
        en: "HostProcess containers need hostNetwork: true",
        ko: "HostProcess 컨테이너에는 hostNetwork: true가 필요하다",
      },
      { en: "set hostNetwork: true on the pod", ko: "파드에 hostNetwork: true를 지정한다" },
    );
  }
  if (!all) {
    checker.report(
      "containers",
      undefined,
      "security.host-process",
      {
        en: "either every container of the pod is a HostProcess container or none is",
        ko: "파드의 컨테이너는 모두 HostProcess 컨테이너이거나 모두 아니어야 한다",
      },
      {
        en: "set windowsOptions.hostProcess: true in the pod's securityContext for all containers",
        ko: "파드의 securityContext에 windowsOptions.hostProcess: true를 지정해 모든 컨테이너에 적용한다",
      },
    );
  }
  if (level !== "privileged") {
    reportLevel(
      checker,
      "securityContext.windowsOptions.hostProcess",
      true,
      { en: "a HostProcess container", ko: "HostProcess 컨테이너" },
      level,
    );
  }
}

/**
 * The rules that need the whole pod: the host namespaces against `hostUsers` and the podworks level, the
 * Linux-only and Windows-only fields against `os`, sysctls against the host namespaces, and the warnings for
 * podworks defaults that give way.
 */
export function checkPodSecurity(checker: Checker, spec: Raw): void {
  const level: PodSecurityLevel =
    spec.podSecurity === "privileged" || spec.podSecurity === "baseline" ? spec.podSecurity : "restricted";
  const strict = level !== "privileged";
  const hostUsersOff = spec.hostUsers === false;
  const os =
    isRecord(spec.os) && (spec.os.name === "windows" || spec.os.name === "linux") ? spec.os.name : undefined;

  for (const key of ["hostNetwork", "hostPID", "hostIPC"] as const) {
    if (spec[key] !== true) continue;
    if (hostUsersOff) {
      checker.report(
        key,
        true,
        "security.host-users",
        {
          en: `${key} cannot be used when hostUsers is false`,
          ko: `hostUsers가 false라면 ${josa(key, "을/를")} 쓸 수 없다`,
        },
        {
          en: `remove ${key}, or remove hostUsers: false`,
          ko: `${josa(key, "을/를")} 지우거나 hostUsers: false를 지운다`,
        },
      );
    }
    if (strict) reportLevel(checker, key, true, { en: `${key}: true`, ko: `${key}: true` }, level);
  }
  if (spec.hostPID === true && spec.shareProcessNamespace === true) {
    checker.report(
      "shareProcessNamespace",
      true,
      "security.share-process-namespace",
      {
        en: "shareProcessNamespace and hostPID cannot both be enabled",
        ko: "shareProcessNamespace와 hostPID를 함께 켤 수 없다",
      },
      {
        en: "keep one: hostPID already shows every process of the node",
        ko: "하나만 남긴다. hostPID만으로도 노드의 모든 프로세스가 보인다",
      },
    );
  }
  if (strict && Array.isArray(spec.volumes)) {
    eachItem(spec.volumes, (volume, index) => {
      if (volume.hostPath !== undefined) {
        reportLevel(
          checker,
          at(at("volumes", index), "hostPath"),
          volume.hostPath,
          { en: "a hostPath volume", ko: "hostPath 볼륨" },
          level,
        );
      }
    });
  }

  const pod = isRecord(spec.securityContext) ? spec.securityContext : undefined;
  if (pod) {
    eachItem(pod.sysctls, (sysctl, index) => {
      const name = sysctl.name;
      if (typeof name !== "string") return;
      const clash =
        spec.hostNetwork === true && name.startsWith("net.")
          ? "hostNetwork"
          : spec.hostIPC === true && isIpcSysctl(name)
            ? "hostIPC"
            : undefined;
      if (clash) {
        checker.report(
          at(at(at("securityContext", "sysctls"), index), "name"),
          name,
          "security.sysctl-host-namespace",
          {
            en: `sysctl "${name}" may not be set when ${clash} is true: it would change the node`,
            ko: `${josa(clash, "이/가")} true라면 sysctl ${josa(`"${name}"`, "을/를")} 설정할 수 없다. 노드의 설정이 바뀌기 때문이다`,
          },
          { en: `remove the sysctl or ${clash}`, ko: `sysctl이나 ${josa(clash, "을/를")} 지운다` },
        );
      }
    });
    if (os === "windows") {
      for (const key of WINDOWS_FORBIDDEN_POD) {
        if (pod[key] !== undefined && pod[key] !== null)
          forbidForOs(checker, at("securityContext", key), pod[key], "windows");
      }
    } else if (os === "linux" && pod.windowsOptions !== undefined) {
      forbidForOs(checker, at("securityContext", "windowsOptions"), pod.windowsOptions, "linux");
    }
  }

  checkHostProcess(checker, spec, level);
  for (const group of GROUPS) {
    const items = spec[group];
    if (!Array.isArray(items)) continue;
    for (let index = 0; index < items.length; index++) {
      const container = items[index];
      // Most containers have nothing here to check: skip them before any path is built (the hot path).
      if (!isRecord(container) || (spec.hostNetwork !== true && !needsCheck(container.securityContext, os)))
        continue;
      checkContainer(checker, spec, at(group, index), container, level, os);
    }
  }
}

/** Whether a container's securityContext has anything the pod-wide rules look at. */
function needsCheck(sc: unknown, os: "linux" | "windows" | undefined): boolean {
  if (!isRecord(sc)) return false;
  return (
    os !== undefined ||
    sc.privileged === true ||
    sc.procMount !== undefined ||
    sc.windowsOptions !== undefined ||
    isRecord(sc.capabilities)
  );
}

function checkContainer(
  checker: Checker,
  spec: Raw,
  path: string,
  container: Raw,
  level: PodSecurityLevel,
  os: "linux" | "windows" | undefined,
): void {
  const strict = level !== "privileged";
  const hostUsersOff = spec.hostUsers === false;
  {
    const sc = container.securityContext;
    const scPath = at(path, "securityContext");
    if (hostUsersOff === false && isRecord(sc) && sc.procMount === "Unmasked") {
      checker.report(
        at(scPath, "procMount"),
        "Unmasked",
        "security.proc-mount",
        {
          en: "procMount Unmasked needs hostUsers: false (a user namespace)",
          ko: "procMount Unmasked를 쓰려면 hostUsers: false(사용자 네임스페이스)가 필요하다",
        },
        {
          en: "add hostUsers: false to the pod, or remove procMount",
          ko: "파드에 hostUsers: false를 추가하거나 procMount를 지운다",
        },
      );
    }
    if (spec.hostNetwork === true) {
      eachItem(container.ports, (port, index) => {
        if (port.hostPort === undefined || port.hostPort === port.containerPort) return;
        checker.report(
          at(at(at(path, "ports"), index), "containerPort"),
          port.containerPort,
          "security.host-network-port",
          {
            en: "containerPort must match hostPort when hostNetwork is true",
            ko: "hostNetwork가 true라면 containerPort가 hostPort와 같아야 한다",
          },
          {
            en: "remove hostPort (it then equals containerPort), or make the two equal",
            ko: "hostPort를 지우거나(그러면 containerPort와 같아진다) 두 값을 같게 맞춘다",
          },
        );
      });
    }
    if (!isRecord(sc)) return;
    if (strict && sc.privileged === true) {
      reportLevel(
        checker,
        at(scPath, "privileged"),
        true,
        { en: "privileged: true", ko: "privileged: true" },
        level,
      );
    }
    if (strict && sc.procMount === "Unmasked") {
      reportLevel(
        checker,
        at(scPath, "procMount"),
        "Unmasked",
        { en: "procMount: Unmasked", ko: "procMount: Unmasked" },
        level,
      );
    }
    if (os === "windows") {
      for (const key of WINDOWS_FORBIDDEN_CONTAINER) {
        if (sc[key] !== undefined && sc[key] !== null)
          forbidForOs(checker, at(scPath, key), sc[key], "windows");
      }
    } else if (os === "linux" && sc.windowsOptions !== undefined) {
      forbidForOs(checker, at(scPath, "windowsOptions"), sc.windowsOptions, "linux");
    }
    const adjusted = adjustedDefaults(sc);
    // Where the level already refuses the privileged container, the adjusted defaults are beside the point.
    if (adjusted.length > 0 && os !== "windows" && !(strict && sc.privileged === true)) {
      checker.warn(
        scPath,
        sc,
        "security.default-adjusted",
        {
          en: `podworks leaves out its default ${adjusted.join(" and ")} for this container, because ${sc.privileged === true ? "it is privileged" : "it adds CAP_SYS_ADMIN"} and the API server refuses the pair`,
          ko: `이 컨테이너는 ${sc.privileged === true ? "특권 컨테이너" : "CAP_SYS_ADMIN을 추가한 컨테이너"}이고 API 서버가 두 설정을 함께 받지 않으므로, podworks가 기본값 ${josa(adjusted.join(", "), "을/를")} 넣지 않는다`,
        },
        {
          en: "nothing to do; set the fields yourself to silence this",
          ko: "할 일은 없다. 이 경고를 없애려면 해당 필드를 직접 지정한다",
        },
      );
    }
  }
}

/** Which podworks container defaults give way to the user's settings (`allowPrivilegeEscalation: false`, the dropped capabilities). */
function adjustedDefaults(sc: Raw): string[] {
  const out: string[] = [];
  const privileged = sc.privileged === true;
  if (sc.allowPrivilegeEscalation === undefined && (privileged || addsSysAdmin(sc, false))) {
    out.push("allowPrivilegeEscalation: false");
  }
  if (privileged && sc.capabilities === undefined) out.push("capabilities.drop: [ALL]");
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

/** podworks' restricted defaults, read from the catalogue entries above (declared once). */
function defaultsOf(fields: Readonly<Record<string, FieldDef>>): Raw {
  const out: Raw = {};
  for (const key in fields) {
    const def = fields[key]?.default;
    if (isRecord(def) && "value" in def) out[key] = def.value;
  }
  return out;
}

export const POD_SECURITY_DEFAULTS: Readonly<Raw> = defaultsOf(podSecurityContextFields);
export const CONTAINER_SECURITY_DEFAULTS: Readonly<Raw> = defaultsOf(containerSecurityContextFields);
/** Defaults for a Windows pod: only what Windows has (its pods refuse runAsUser, runAsGroup and seccomp). */
const WINDOWS_POD_DEFAULTS: Readonly<Raw> = { runAsNonRoot: POD_SECURITY_DEFAULTS.runAsNonRoot };
const NO_DEFAULTS: Readonly<Raw> = {};
const PRIVILEGED_DEFAULTS: Readonly<Raw> = {};
const SYS_ADMIN_DEFAULTS: Readonly<Raw> = { capabilities: CONTAINER_SECURITY_DEFAULTS.capabilities };

/** Applies defaults under what the user set; `null` removes a default. */
export function withDefaults<T extends object>(defaults: object, given: object | undefined): T {
  const merged: Raw = { ...defaults, ...given };
  // Most settings hold no null: then the merged object is the answer, and no list of its keys is made.
  let anyNull = false;
  for (const key in merged) {
    if (merged[key] === null) {
      anyNull = true;
      break;
    }
  }
  if (!anyNull) return merged as T;
  // Copy instead of `delete`: a deleted key turns the object into a slow dictionary for good, and
  // JSON.stringify and the YAML emitter then take their slow paths on every pod.
  const kept: Raw = {};
  for (const key in merged) if (merged[key] !== null && Object.hasOwn(merged, key)) kept[key] = merged[key];
  return kept as T;
}

function isWindows(spec: { readonly os?: { readonly name?: string } }): boolean {
  return spec.os?.name === "windows";
}

/** The pod's securityContext as rendered: podworks' defaults under the user's settings. */
export function renderPodSecurityContext(spec: {
  readonly securityContext?: PodSecurityContext;
  readonly os?: { readonly name?: string };
}): Raw {
  return withDefaults(isWindows(spec) ? WINDOWS_POD_DEFAULTS : POD_SECURITY_DEFAULTS, spec.securityContext);
}

/**
 * A container's securityContext as rendered. The defaults give way where the API server would refuse the pair:
 * a privileged container gets neither `allowPrivilegeEscalation: false` nor the dropped capabilities, one that adds
 * CAP_SYS_ADMIN keeps the dropped capabilities only; a Windows container gets none (validation warns about each).
 */
export function renderContainerSecurityContext(
  given: ContainerSecurityContext | undefined,
  spec: { readonly os?: { readonly name?: string } },
): Raw {
  if (isWindows(spec)) return withDefaults(NO_DEFAULTS, given);
  let defaults = CONTAINER_SECURITY_DEFAULTS;
  if (given && given.allowPrivilegeEscalation === undefined) {
    if (given.privileged === true) defaults = PRIVILEGED_DEFAULTS;
    else if (given.capabilities?.add?.some((cap) => cap === "CAP_SYS_ADMIN" || cap === "SYS_ADMIN"))
      defaults = SYS_ADMIN_DEFAULTS;
  } else if (given?.privileged === true && given.capabilities === undefined) {
    defaults = { allowPrivilegeEscalation: CONTAINER_SECURITY_DEFAULTS.allowPrivilegeEscalation };
  }
  return withDefaults(defaults, given);
}
