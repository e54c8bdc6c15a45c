/**
 * Pod and container security contexts, host namespaces, user namespaces and `os`: cases from
 * `pkg/apis/core/validation/validation_test.go` (TestValidatePodSecurityContext, TestValidateSecurityContext,
 * TestValidateSeccompProfileType, TestValidateAppArmorProfileFormat, TestValidateSysctls, TestValidateHostUsers,
 * TestValidateWindowsPodSecurityContext, TestValidateLinuxPodSecurityContext, TestValidatePodSpec...) and podworks'
 * own policy cases (the `podSecurity` level).
 */
import type { ValidationCase } from "./case.js";

const GO = "pkg/apis/core/validation/validation_test.go";
const PRIVILEGED = { podSecurity: "privileged" } as const;

const LEVEL_POLICY = {
  en: "Pod Security baseline and restricted forbid this; podworks checks against restricted unless the spec opts out with podSecurity: privileged.",
  ko: "파드 보안 baseline과 restricted가 금지하는 설정이다. podworks는 스펙이 podSecurity: privileged로 명시적으로 벗어나지 않는 한 restricted 기준으로 검사한다.",
};

export const CASES: readonly ValidationCase[] = [
  // ---- valid
  {
    name: "pod ids, supplemental groups and fsGroupChangePolicy",
    source: `${GO} TestValidatePodSecurityContext (valid fsGroup and supplemental groups)`,
    spec: {
      securityContext: {
        runAsUser: 1000,
        runAsGroup: 3000,
        fsGroup: 2000,
        supplementalGroups: [4000, 0, 2147483647],
        fsGroupChangePolicy: "OnRootMismatch",
      },
    },
  },
  {
    name: "Localhost seccomp profile with a relative path",
    source: `${GO} TestValidateSeccompProfileType (valid localhost)`,
    spec: {
      securityContext: { seccompProfile: { type: "Localhost", localhostProfile: "profiles/audit.json" } },
    },
  },
  {
    name: "AppArmor RuntimeDefault on pod and container",
    source: `${GO} TestValidateAppArmorProfileFormat (runtime default)`,
    spec: { securityContext: { appArmorProfile: { type: "RuntimeDefault" } } },
    container: {
      securityContext: {
        appArmorProfile: { type: "Localhost", localhostProfile: "k8s-apparmor-deny-write" },
      },
    },
  },
  {
    name: "safe sysctls",
    source: `${GO} TestValidateSysctls (valid names)`,
    spec: {
      securityContext: {
        sysctls: [
          { name: "kernel.shm_rmid_forced", value: "1" },
          { name: "net.ipv4.ip_local_port_range", value: "1024 65535" },
        ],
      },
    },
  },
  {
    name: "supplementalGroupsPolicy Strict",
    source: `${GO} TestValidatePodSecurityContext (supplementalGroupsPolicy Strict)`,
    spec: { securityContext: { supplementalGroupsPolicy: "Strict" } },
  },
  {
    name: "seLinuxChangePolicy MountOption with SELinux options",
    // The 1.36 server refuses MountOption while the SELinuxMount gate is off by default ("supported values:
    // Recursive"), seen in the differential e2e test.
    source: `${GO} TestValidatePodSecurityContext (seLinuxChangePolicy MountOption)`,
    spec: {
      securityContext: { seLinuxChangePolicy: "MountOption", seLinuxOptions: { level: "s0:c123,c456" } },
    },
    rejects: { path: "securityContext.seLinuxChangePolicy", rule: "enum" },
  },
  {
    name: "read-only root filesystem and an added capability",
    source: `${GO} TestValidateSecurityContext (valid container security context)`,
    container: {
      securityContext: {
        readOnlyRootFilesystem: true,
        capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] },
      },
    },
  },
  {
    name: "privileged container under podSecurity privileged (podworks leaves allowPrivilegeEscalation out)",
    source: `${GO} TestValidateSecurityContext (privileged without allowPrivilegeEscalation)`,
    spec: PRIVILEGED,
    container: { securityContext: { privileged: true } },
  },
  {
    name: "container adding CAP_SYS_ADMIN (podworks leaves allowPrivilegeEscalation out)",
    source: `${GO} TestValidateSecurityContext (CAP_SYS_ADMIN without allowPrivilegeEscalation)`,
    container: { securityContext: { capabilities: { add: ["CAP_SYS_ADMIN"] } } },
  },
  {
    name: "hostNetwork, hostPID and hostIPC for a node agent",
    source: `${GO} TestValidatePodSpec (populate HostNetwork, HostPID, HostIPC)`,
    kind: "DaemonSet",
    spec: { ...PRIVILEGED, hostNetwork: true, hostPID: true, hostIPC: true },
  },
  {
    name: "hostNetwork with hostPort equal to containerPort",
    source: `${GO} TestValidatePodSpec (hostNetwork with matching hostPort)`,
    kind: "DaemonSet",
    spec: { ...PRIVILEGED, hostNetwork: true },
    container: { ports: [{ name: "metrics", containerPort: 9100, hostPort: 9100 }] },
  },
  {
    name: "user namespace",
    source: `${GO} TestValidateHostUsers (hostUsers false)`,
    spec: { hostUsers: false },
  },
  {
    name: "procMount Unmasked in a user namespace under podSecurity privileged",
    source: `${GO} TestValidateSecurityContext (procMount Unmasked with hostUsers false)`,
    spec: { ...PRIVILEGED, hostUsers: false },
    container: { securityContext: { procMount: "Unmasked" } },
  },
  {
    name: "Windows pod with windowsOptions (podworks leaves its Linux defaults out)",
    source: `${GO} TestValidateWindowsPodSecurityContext (valid windows options)`,
    spec: {
      os: { name: "windows" },
      securityContext: { windowsOptions: { runAsUserName: "ContainerUser" } },
    },
  },
  {
    name: "Linux pod",
    source: `${GO} TestValidateOS (linux)`,
    spec: { os: { name: "linux" } },
  },

  // ---- pod securityContext
  {
    name: "pod runAsUser -1",
    source: `${GO} TestValidatePodSecurityContext (runAsUser negative)`,
    spec: { securityContext: { runAsUser: -1 } },
    rejects: { path: "securityContext.runAsUser", rule: "minimum" },
  },
  {
    name: "pod fsGroup 2147483648",
    source: `${GO} TestValidatePodSecurityContext (fsGroup too large)`,
    spec: { securityContext: { fsGroup: 2147483648 } },
    rejects: { path: "securityContext.fsGroup", rule: "maximum" },
  },
  {
    name: "pod runAsGroup 2147483648",
    source: `${GO} TestValidatePodSecurityContext (runAsGroup too large)`,
    spec: { securityContext: { runAsGroup: 2147483648 } },
    rejects: { path: "securityContext.runAsGroup", rule: "maximum" },
  },
  {
    name: "negative supplemental group",
    source: `${GO} TestValidatePodSecurityContext (supplementalGroups negative)`,
    spec: { securityContext: { supplementalGroups: [1000, -1] } },
    rejects: { path: "securityContext.supplementalGroups[1]", rule: "minimum" },
  },
  {
    name: "fsGroupChangePolicy with an unknown value",
    source: `${GO} TestValidatePodSecurityContext (invalid fsGroupChangePolicy)`,
    spec: { securityContext: { fsGroupChangePolicy: "invalid" } },
    rejects: { path: "securityContext.fsGroupChangePolicy", rule: "enum" },
  },
  {
    name: "supplementalGroupsPolicy with an unknown value",
    source: `${GO} TestValidatePodSecurityContext (invalid supplementalGroupsPolicy)`,
    spec: { securityContext: { supplementalGroupsPolicy: "Loose" } },
    rejects: { path: "securityContext.supplementalGroupsPolicy", rule: "enum" },
  },
  {
    name: "seccomp profile with an unknown type",
    source: `${GO} TestValidateSeccompProfileType (invalid type)`,
    spec: { securityContext: { seccompProfile: { type: "Strict" } } },
    rejects: { path: "securityContext.seccompProfile.type", rule: "enum" },
  },
  {
    name: "Localhost seccomp without localhostProfile",
    source: `${GO} TestValidateSeccompProfileType (localhost without profile)`,
    spec: { securityContext: { seccompProfile: { type: "Localhost" } } },
    rejects: { path: "securityContext.seccompProfile.localhostProfile", rule: "required" },
  },
  {
    name: "RuntimeDefault seccomp with a localhostProfile",
    source: `${GO} TestValidateSeccompProfileType (localhostProfile with non-Localhost type)`,
    spec: { securityContext: { seccompProfile: { type: "RuntimeDefault", localhostProfile: "a.json" } } },
    rejects: { path: "securityContext.seccompProfile.localhostProfile", rule: "security.localhost-profile" },
  },
  {
    name: "Localhost seccomp profile stepping up",
    source: `${GO} TestValidateSeccompProfileType (localhost profile with ..)`,
    container: {
      securityContext: { seccompProfile: { type: "Localhost", localhostProfile: "../etc/profile.json" } },
    },
    rejects: { path: "containers[0].securityContext.seccompProfile.localhostProfile", rule: "path.backstep" },
  },
  {
    name: "Localhost AppArmor without localhostProfile",
    source: `${GO} TestValidateAppArmorProfileFormat (localhost without profile)`,
    spec: { securityContext: { appArmorProfile: { type: "Localhost" } } },
    rejects: { path: "securityContext.appArmorProfile.localhostProfile", rule: "required" },
  },
  {
    name: "appArmorProfile before 1.30",
    source: "podworks",
    kubernetesVersion: "1.29",
    spec: { securityContext: { appArmorProfile: { type: "RuntimeDefault" } } },
    rejects: { path: "securityContext.appArmorProfile", rule: "since" },
    policy: {
      en: "The appArmorProfile fields exist from 1.30; an older API server drops them and the pod runs without the profile.",
      ko: "appArmorProfile 필드는 1.30부터 있다. 이전 API 서버는 필드를 버리고 파드는 프로파일 없이 실행된다.",
    },
  },
  {
    name: "sysctl name with an upper-case letter",
    source: `${GO} TestValidateSysctls (invalid name)`,
    spec: { securityContext: { sysctls: [{ name: "Kernel.shmmax", value: "1" }] } },
    rejects: { path: "securityContext.sysctls[0].name", rule: "security.sysctl-name" },
  },
  {
    name: "sysctl set twice",
    source: `${GO} TestValidateSysctls (duplicate names)`,
    spec: {
      securityContext: {
        sysctls: [
          { name: "kernel.shm_rmid_forced", value: "1" },
          { name: "kernel.shm_rmid_forced", value: "0" },
        ],
      },
    },
    rejects: { path: "securityContext.sysctls[1].name", rule: "duplicate" },
  },
  {
    name: "net sysctl with hostNetwork",
    source: `${GO} TestValidateSysctls (net sysctl with host network)`,
    kind: "DaemonSet",
    spec: {
      ...PRIVILEGED,
      hostNetwork: true,
      securityContext: { sysctls: [{ name: "net.ipv4.ip_local_port_range", value: "1024 65535" }] },
    },
    rejects: { path: "securityContext.sysctls[0].name", rule: "security.sysctl-host-namespace" },
  },

  // ---- container securityContext
  {
    name: "container runAsUser -1",
    source: `${GO} TestValidateSecurityContext (negative RunAsUser)`,
    container: { securityContext: { runAsUser: -1 } },
    rejects: { path: "containers[0].securityContext.runAsUser", rule: "minimum" },
  },
  {
    name: "privileged with allowPrivilegeEscalation false",
    source: `${GO} TestValidateSecurityContext (with CAP_SYS_ADMIN and allowPrivilegeEscalation false / privileged)`,
    spec: PRIVILEGED,
    container: { securityContext: { privileged: true, allowPrivilegeEscalation: false } },
    rejects: { path: "containers[0].securityContext", rule: "security.privilege-escalation" },
  },
  {
    name: "CAP_SYS_ADMIN with allowPrivilegeEscalation false",
    source: `${GO} TestValidateSecurityContext (with CAP_SYS_ADMIN and allowPrivilegeEscalation false)`,
    container: {
      securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ["CAP_SYS_ADMIN"] } },
    },
    rejects: { path: "containers[0].securityContext", rule: "security.privilege-escalation" },
  },
  {
    name: "procMount Unmasked without hostUsers false",
    source: `${GO} TestValidateSecurityContext (procMount Unmasked with host users)`,
    spec: PRIVILEGED,
    container: { securityContext: { procMount: "Unmasked" } },
    rejects: { path: "containers[0].securityContext.procMount", rule: "security.proc-mount" },
  },
  {
    name: "procMount with an unknown value",
    source: `${GO} TestValidateSecurityContext (invalid procMount)`,
    container: { securityContext: { procMount: "Masked" } },
    rejects: { path: "containers[0].securityContext.procMount", rule: "enum" },
  },
  {
    name: "procMount Unmasked under the default restricted level",
    source: "podworks",
    spec: { hostUsers: false },
    container: { securityContext: { procMount: "Unmasked" } },
    rejects: { path: "containers[0].securityContext.procMount", rule: "security.pod-security-level" },
    policy: LEVEL_POLICY,
  },
  {
    name: "privileged container under the default restricted level",
    source: "podworks",
    container: { securityContext: { privileged: true } },
    rejects: { path: "containers[0].securityContext.privileged", rule: "security.pod-security-level" },
    policy: LEVEL_POLICY,
  },
  {
    name: "privileged init container under podSecurity baseline",
    source: "podworks",
    spec: {
      podSecurity: "baseline",
      initContainers: [
        { name: "setup", image: "busybox:1.37", command: ["true"], securityContext: { privileged: true } },
      ],
    },
    rejects: { path: "initContainers[0].securityContext.privileged", rule: "security.pod-security-level" },
    policy: LEVEL_POLICY,
  },

  // ---- host namespaces and user namespaces
  {
    name: "hostNetwork under the default restricted level",
    source: "podworks",
    kind: "DaemonSet",
    spec: { hostNetwork: true },
    rejects: { path: "hostNetwork", rule: "security.pod-security-level" },
    policy: LEVEL_POLICY,
  },
  {
    name: "hostPID under the default restricted level",
    source: "podworks",
    spec: { hostPID: true },
    rejects: { path: "hostPID", rule: "security.pod-security-level" },
    policy: LEVEL_POLICY,
  },
  {
    name: "hostIPC under the default restricted level",
    source: "podworks",
    spec: { hostIPC: true },
    rejects: { path: "hostIPC", rule: "security.pod-security-level" },
    policy: LEVEL_POLICY,
  },
  {
    name: "hostNetwork with hostUsers false",
    source: `${GO} TestValidateHostUsers (hostNetwork with user namespace)`,
    spec: { ...PRIVILEGED, hostUsers: false, hostNetwork: true },
    rejects: { path: "hostNetwork", rule: "security.host-users" },
  },
  {
    name: "hostPID with shareProcessNamespace",
    source: `${GO} TestValidatePodSpec (ShareProcessNamespace and HostPID both set)`,
    spec: { ...PRIVILEGED, hostPID: true, shareProcessNamespace: true },
    rejects: { path: "shareProcessNamespace", rule: "security.share-process-namespace" },
  },
  {
    name: "hostNetwork with a hostPort that differs from containerPort",
    source: `${GO} TestValidatePodSpec (hostNetwork hostPort mismatch)`,
    kind: "DaemonSet",
    spec: { ...PRIVILEGED, hostNetwork: true },
    container: { ports: [{ name: "metrics", containerPort: 9100, hostPort: 9101 }] },
    rejects: { path: "containers[0].ports[0].containerPort", rule: "security.host-network-port" },
  },
  {
    name: "hostUsers before 1.33",
    source: "podworks",
    kubernetesVersion: "1.32",
    spec: { hostUsers: false },
    rejects: { path: "hostUsers", rule: "since" },
    policy: {
      en: "UserNamespacesSupport is off by default before 1.33; the API server refuses or drops hostUsers there.",
      ko: "UserNamespacesSupport는 1.33 전에는 기본으로 꺼져 있어 API 서버가 hostUsers를 거부하거나 버린다.",
    },
  },

  // ---- os
  {
    name: "os name that is neither linux nor windows",
    source: `${GO} TestValidateOS (invalid OS name)`,
    spec: { os: { name: "darwin" } },
    rejects: { path: "os.name", rule: "enum" },
  },
  {
    name: "Windows pod with runAsUser",
    source: `${GO} TestValidateWindowsPodSecurityContext (runAsUser on windows)`,
    spec: { os: { name: "windows" }, securityContext: { runAsUser: 1000 } },
    rejects: { path: "securityContext.runAsUser", rule: "security.os-field" },
  },
  {
    name: "Windows container with allowPrivilegeEscalation",
    source: `${GO} TestValidateWindowsPodSecurityContext (allowPrivilegeEscalation on windows)`,
    spec: { os: { name: "windows" } },
    container: { securityContext: { allowPrivilegeEscalation: true } },
    rejects: { path: "containers[0].securityContext.allowPrivilegeEscalation", rule: "security.os-field" },
  },
  {
    name: "Linux pod with windowsOptions",
    source: `${GO} TestValidateLinuxPodSecurityContext (windowsOptions on linux)`,
    spec: { os: { name: "linux" }, securityContext: { windowsOptions: { runAsUserName: "ContainerUser" } } },
    rejects: { path: "securityContext.windowsOptions", rule: "security.os-field" },
  },
  {
    name: "GMSA credential spec name that is not a DNS subdomain",
    source: `${GO} TestValidateWindowsSecurityContextOptions (invalid GMSA credential spec name)`,
    spec: {
      os: { name: "windows" },
      securityContext: { windowsOptions: { gmsaCredentialSpecName: "Not_Valid" } },
    },
    rejects: {
      path: "securityContext.windowsOptions.gmsaCredentialSpecName",
      rule: "format.dns1123-subdomain",
    },
  },
  {
    name: "HostProcess pod without hostNetwork",
    source: `${GO} TestValidateWindowsHostProcessPod (hostProcess without hostNetwork)`,
    spec: {
      ...PRIVILEGED,
      os: { name: "windows" },
      securityContext: { windowsOptions: { hostProcess: true } },
    },
    rejects: { path: "hostNetwork", rule: "security.host-process" },
  },
  {
    name: "HostProcess pod under the default restricted level",
    source: "podworks",
    spec: { os: { name: "windows" }, securityContext: { windowsOptions: { hostProcess: true } } },
    rejects: { path: "securityContext.windowsOptions.hostProcess", rule: "security.pod-security-level" },
  },
  {
    name: "podSecurity with an unknown level",
    source: "podworks",
    spec: { podSecurity: "open" },
    rejects: { path: "podSecurity", rule: "enum" },
    policy: {
      en: "podSecurity is a podworks option; it is not sent to the API server.",
      ko: "podSecurity는 podworks 옵션이라 API 서버로 보내지 않는다.",
    },
  },
];
