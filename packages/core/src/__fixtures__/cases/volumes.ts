/**
 * Volumes and volume mounts: cases from `pkg/apis/core/validation/validation_test.go` (TestValidateVolumes,
 * TestValidateVolumeMounts, TestValidateSubpathMutuallyExclusive, TestValidateMountPropagation,
 * TestValidateProjectedVolume...) and podworks' own. `GO` names the Go test file.
 */
import type { ValidationCase } from "./case.js";

const GO = "pkg/apis/core/validation/validation_test.go";
const PRIVILEGED = { podSecurity: "privileged" } as const;

/** A Job whose first container mounts `volume` (named `v`) at /mnt, with `mount` merged over the mount. */
function mounted(volume: Record<string, unknown>, mount: Record<string, unknown> = {}) {
  return {
    spec: { volumes: [{ name: "v", ...volume }] },
    container: { volumeMounts: [{ name: "v", mountPath: "/mnt", ...mount }] },
  };
}

export const CASES: readonly ValidationCase[] = [
  // ---- valid sources
  {
    name: "emptyDir in memory with a size limit",
    source: `${GO} TestValidateVolumes (valid EmptyDir Size Limit)`,
    spec: { volumes: [{ name: "scratch", emptyDir: { medium: "Memory", sizeLimit: "64Mi" } }] },
  },
  {
    name: "configMap with items, modes and a default mode",
    source: `${GO} TestValidateVolumes (valid ConfigMap with mode)`,
    spec: {
      volumes: [
        {
          name: "config",
          configMap: {
            name: "app-config",
            defaultMode: 0o644,
            items: [{ key: "a", path: "conf/a.yaml", mode: 0o600 }],
          },
        },
      ],
    },
  },
  {
    name: "secret with an item and an optional flag",
    source: `${GO} TestValidateVolumes (valid Secret with mode)`,
    spec: {
      volumes: [
        {
          name: "creds",
          secret: {
            secretName: "db-creds",
            optional: true,
            items: [{ key: "pw", path: "password", mode: 0o400 }],
          },
        },
      ],
    },
  },
  {
    name: "projected volume with four kinds of sources and distinct paths",
    source: `${GO} TestValidateVolumes (valid Projected)`,
    spec: {
      volumes: [
        {
          name: "all-in-one",
          projected: {
            defaultMode: 0o440,
            sources: [
              { secret: { name: "s", items: [{ key: "k", path: "secret-file" }] } },
              { configMap: { name: "c", items: [{ key: "k", path: "config-file" }] } },
              { downwardAPI: { items: [{ path: "labels", fieldRef: { fieldPath: "metadata.labels" } }] } },
              { serviceAccountToken: { path: "token", audience: "vault", expirationSeconds: 3600 } },
            ],
          },
        },
      ],
    },
  },
  {
    name: "downwardAPI with a field and a resource",
    source: `${GO} TestValidateVolumes (valid DownwardAPI)`,
    spec: {
      volumes: [
        {
          name: "podinfo",
          downwardAPI: {
            items: [
              { path: "name", fieldRef: { fieldPath: "metadata.name" } },
              {
                path: "cpu",
                resourceFieldRef: { containerName: "main", resource: "limits.cpu", divisor: "1m" },
              },
            ],
          },
        },
      ],
    },
  },
  {
    name: "persistentVolumeClaim read-only",
    source: `${GO} TestValidateVolumes (valid PersistentVolumeClaim)`,
    spec: {
      volumes: [{ name: "data", persistentVolumeClaim: { claimName: "shared-data", readOnly: true } }],
    },
  },
  {
    name: "generic ephemeral volume",
    source: `${GO} TestValidateVolumes (ephemeral volume + PVC, no conflict between them)`,
    spec: {
      volumes: [
        {
          name: "cache",
          ephemeral: {
            volumeClaimTemplate: {
              metadata: { labels: { app: "cache" } },
              spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } } },
            },
          },
        },
      ],
    },
  },
  {
    name: "inline CSI volume",
    source: `${GO} TestValidateVolumes (valid Csi)`,
    spec: {
      volumes: [
        {
          name: "secrets-store",
          csi: {
            driver: "secrets-store.csi.k8s.io",
            readOnly: true,
            volumeAttributes: { secretProviderClass: "vault" },
          },
        },
      ],
    },
  },
  {
    name: "NFS with an absolute path",
    source: `${GO} TestValidateVolumes (valid NFS)`,
    spec: {
      volumes: [
        { name: "share", nfs: { server: "nfs.example.com", path: "/exports/share", readOnly: true } },
      ],
    },
  },
  {
    name: "hostPath with a type, under podSecurity privileged",
    source: `${GO} TestValidateVolumes (valid HostPath)`,
    spec: { ...PRIVILEGED, volumes: [{ name: "logs", hostPath: { path: "/var/log", type: "Directory" } }] },
  },
  {
    name: "image volume on 1.36",
    source: `${GO} TestValidateVolumes (valid image volume)`,
    kubernetesVersion: "1.36",
    spec: {
      volumes: [
        { name: "model", image: { reference: "quay.io/crio/artifact:v1", pullPolicy: "IfNotPresent" } },
      ],
    },
  },
  {
    name: "mount with a relative subPath, read-only and recursiveReadOnly Enabled",
    source: `${GO} TestValidateVolumeMounts (RRO Enabled with readOnly)`,
    ...mounted({ emptyDir: {} }, { subPath: "data/current", readOnly: true, recursiveReadOnly: "Enabled" }),
  },
  {
    name: "mount with subPathExpr",
    source: `${GO} TestValidateSubpathMutuallyExclusive (subpathexpr only)`,
    ...mounted({ emptyDir: {} }, { subPathExpr: "$(POD_NAME)" }),
  },
  {
    name: "Bidirectional propagation in a privileged container",
    source: `${GO} TestValidateMountPropagation (privileged container + Bidirectional)`,
    spec: { ...PRIVILEGED, volumes: [{ name: "v", emptyDir: {} }] },
    container: {
      securityContext: { privileged: true },
      volumeMounts: [{ name: "v", mountPath: "/mnt", mountPropagation: "Bidirectional" }],
    },
  },

  // ---- volume names and sources
  {
    name: "volume name with an upper-case letter",
    source: `${GO} TestValidateVolumes (name not a DNS label)`,
    spec: { volumes: [{ name: "Data", emptyDir: {} }] },
    rejects: { path: "volumes[0].name", rule: "format.dns1123-label" },
  },
  {
    name: "volume with emptyDir and hostPath",
    source: `${GO} TestValidateVolumes (multiple volume types)`,
    spec: { ...PRIVILEGED, volumes: [{ name: "two", emptyDir: {}, hostPath: { path: "/tmp" } }] },
    rejects: { path: "volumes[0].hostPath", rule: "volume.source-count" },
  },
  {
    name: "volume without a source",
    // TestValidateVolumes "zero volume types" refuses this on the internal type; through the v1 API the server
    // defaults the source to emptyDir first and accepts it, so refusing it is podworks' own policy.
    source: "podworks",
    spec: { volumes: [{ name: "nothing" }] },
    rejects: { path: "volumes[0]", rule: "volume.source-count" },
    policy: {
      en: "podworks asks for the volume's source: the v1 API would quietly turn a volume without one into an emptyDir, which is rarely what a missing source meant",
      ko: "podworks는 볼륨의 소스를 적게 한다. v1 API는 소스가 없는 볼륨을 조용히 emptyDir로 바꾸는데, 소스를 빠뜨린 뜻이 그것인 경우는 드물다",
    },
  },
  {
    name: "two volumes with one name",
    source: `${GO} TestValidateVolumes (duplicate names)`,
    spec: {
      volumes: [
        { name: "dup", emptyDir: {} },
        { name: "dup", emptyDir: {} },
      ],
    },
    rejects: { path: "volumes[1].name", rule: "pod.duplicate-volume" },
  },
  {
    name: "secret item path stepping up",
    source: `${GO} TestValidateVolumes (secret with .. in path)`,
    spec: { volumes: [{ name: "s", secret: { secretName: "s", items: [{ key: "k", path: "../foo" }] } }] },
    rejects: { path: "volumes[0].secret.items[0].path", rule: "path.backstep" },
  },
  {
    name: "configMap item with an absolute path",
    source: `${GO} TestValidateVolumes (configmap with absolute path)`,
    spec: { volumes: [{ name: "c", configMap: { name: "c", items: [{ key: "k", path: "/etc/foo" }] } }] },
    rejects: { path: "volumes[0].configMap.items[0].path", rule: "path.absolute" },
  },
  {
    name: "configMap item path starting with ..",
    source: `${GO} TestValidateVolumes (configmap with leading .. in path)`,
    spec: { volumes: [{ name: "c", configMap: { name: "c", items: [{ key: "k", path: "..data" }] } }] },
    rejects: { path: "volumes[0].configMap.items[0].path", rule: "path.reserved" },
  },
  {
    name: "secret defaultMode 512 (above 0777)",
    source: `${GO} TestValidateVolumes (secret with mode > 0777)`,
    spec: { volumes: [{ name: "s", secret: { secretName: "s", defaultMode: 512 } }] },
    rejects: { path: "volumes[0].secret.defaultMode", rule: "maximum" },
  },
  {
    name: "configMap item mode below 0",
    source: `${GO} TestValidateVolumes (configmap with negative mode)`,
    spec: { volumes: [{ name: "c", configMap: { name: "c", items: [{ key: "k", path: "k", mode: -1 }] } }] },
    rejects: { path: "volumes[0].configMap.items[0].mode", rule: "minimum" },
  },
  {
    name: "configMap without a name",
    source: `${GO} TestValidateVolumes (configmap with empty name)`,
    spec: { volumes: [{ name: "c", configMap: {} }] },
    rejects: { path: "volumes[0].configMap.name", rule: "required" },
  },
  {
    name: "secret with an empty secretName",
    source: `${GO} TestValidateVolumes (secret with empty secretName)`,
    spec: { volumes: [{ name: "s", secret: { secretName: "" } }] },
    rejects: { path: "volumes[0].secret.secretName", rule: "required" },
  },
  {
    name: "hostPath with an unknown type",
    source: `${GO} TestHostPathTypes (invalid type)`,
    spec: { ...PRIVILEGED, volumes: [{ name: "h", hostPath: { path: "/tmp", type: "Dir" } }] },
    rejects: { path: "volumes[0].hostPath.type", rule: "enum" },
  },
  {
    name: "hostPath with .. in the path",
    source: `${GO} TestValidateVolumes (invalid HostPath backsteps)`,
    spec: { ...PRIVILEGED, volumes: [{ name: "h", hostPath: { path: "/mnt/path/../etc" } }] },
    rejects: { path: "volumes[0].hostPath.path", rule: "path.backstep" },
  },
  {
    name: "hostPath under the default restricted level",
    source: "podworks",
    spec: { volumes: [{ name: "logs", hostPath: { path: "/var/log" } }] },
    rejects: { path: "volumes[0].hostPath", rule: "security.pod-security-level" },
    policy: {
      en: "Pod Security baseline and restricted forbid hostPath volumes; podworks asks for an explicit podSecurity: privileged.",
      ko: "파드 보안 baseline과 restricted는 hostPath 볼륨을 금지하므로, podworks는 podSecurity: privileged를 명시하도록 요구한다.",
    },
  },
  {
    name: "persistentVolumeClaim without claimName",
    source: `${GO} TestValidateVolumes (PersistentVolumeClaim with empty claimName)`,
    spec: { volumes: [{ name: "p", persistentVolumeClaim: {} }] },
    rejects: { path: "volumes[0].persistentVolumeClaim.claimName", rule: "required" },
  },
  {
    name: "projected sources writing one path twice",
    source: `${GO} TestValidateVolumes (projected with conflicting duplicate paths)`,
    spec: {
      volumes: [
        {
          name: "p",
          projected: {
            sources: [
              { secret: { name: "s", items: [{ key: "k", path: "same" }] } },
              { configMap: { name: "c", items: [{ key: "k", path: "same" }] } },
            ],
          },
        },
      ],
    },
    rejects: { path: "volumes[0].projected.sources", rule: "volume.projected-duplicate-path" },
  },
  {
    name: "projected source with two kinds",
    source: `${GO} TestValidateVolumes (projected with more than one source type)`,
    spec: {
      volumes: [{ name: "p", projected: { sources: [{ secret: { name: "s" }, configMap: { name: "c" } }] } }],
    },
    rejects: { path: "volumes[0].projected.sources[0]", rule: "volume.projection-count" },
  },
  {
    name: "service account token living under ten minutes",
    source: `${GO} TestValidateVolumes (ServiceAccountToken with expirationSeconds < 10 minutes)`,
    spec: {
      volumes: [
        {
          name: "t",
          projected: { sources: [{ serviceAccountToken: { path: "token", expirationSeconds: 599 } }] },
        },
      ],
    },
    rejects: {
      path: "volumes[0].projected.sources[0].serviceAccountToken.expirationSeconds",
      rule: "minimum",
    },
  },
  {
    name: "downwardAPI file without fieldRef or resourceFieldRef",
    source: `${GO} TestValidateVolumes (downwardAPI without fieldRef or resourceFieldRef)`,
    spec: { volumes: [{ name: "d", downwardAPI: { items: [{ path: "x" }] } }] },
    rejects: { path: "volumes[0].downwardAPI.items[0]", rule: "volume.downward-api-ref" },
  },
  {
    name: "downwardAPI file of a field volumes cannot show",
    source: `${GO} TestValidateVolumes (downwardAPI with invalid fieldPath)`,
    spec: {
      volumes: [
        { name: "d", downwardAPI: { items: [{ path: "node", fieldRef: { fieldPath: "spec.nodeName" } }] } },
      ],
    },
    rejects: { path: "volumes[0].downwardAPI.items[0].fieldRef.fieldPath", rule: "enum" },
  },
  {
    name: "downwardAPI resource without containerName",
    source: `${GO} TestValidateVolumes (downwardAPI resourceFieldRef without containerName)`,
    spec: {
      volumes: [
        {
          name: "d",
          downwardAPI: { items: [{ path: "cpu", resourceFieldRef: { resource: "limits.cpu" } }] },
        },
      ],
    },
    rejects: { path: "volumes[0].downwardAPI.items[0].resourceFieldRef.containerName", rule: "required" },
  },
  {
    name: "downwardAPI resource the API does not know",
    source: `${GO} TestValidateVolumes (downwardAPI with invalid resource)`,
    spec: {
      volumes: [
        {
          name: "d",
          downwardAPI: {
            items: [{ path: "gpu", resourceFieldRef: { containerName: "main", resource: "limits.gpu" } }],
          },
        },
      ],
    },
    rejects: { path: "volumes[0].downwardAPI.items[0].resourceFieldRef.resource", rule: "enum" },
  },
  {
    name: "NFS with a relative path",
    source: `${GO} TestValidateVolumes (NFS with relative path)`,
    spec: { volumes: [{ name: "n", nfs: { server: "nfs.example.com", path: "exports" } }] },
    rejects: { path: "volumes[0].nfs.path", rule: "volume.nfs-path" },
  },
  {
    name: "CSI driver name that is not a DNS subdomain",
    source: `${GO} TestValidateVolumes (invalid CSI driver name)`,
    spec: { volumes: [{ name: "c", csi: { driver: "secrets_store" } }] },
    rejects: { path: "volumes[0].csi.driver", rule: "format.dns1123-subdomain" },
  },
  {
    name: "ephemeral volume without volumeClaimTemplate",
    source: `${GO} TestValidateVolumes (ephemeral volume without volumeClaimTemplate)`,
    spec: { volumes: [{ name: "e", ephemeral: {} }] },
    rejects: { path: "volumes[0].ephemeral.volumeClaimTemplate", rule: "required" },
  },
  {
    name: "ephemeral claim without access modes",
    source: `${GO} TestValidateVolumes (ephemeral volume with invalid PVC spec)`,
    spec: {
      volumes: [
        {
          name: "e",
          ephemeral: {
            volumeClaimTemplate: { spec: { accessModes: [], resources: { requests: { storage: "1Gi" } } } },
          },
        },
      ],
    },
    rejects: { path: "volumes[0].ephemeral.volumeClaimTemplate.spec.accessModes", rule: "required" },
  },
  {
    name: "emptyDir with a negative size limit",
    source: `${GO} TestValidateVolumes (invalid EmptyDir Size Limit)`,
    spec: { volumes: [{ name: "e", emptyDir: { sizeLimit: "-1Gi" } }] },
    rejects: { path: "volumes[0].emptyDir.sizeLimit", rule: "format.quantity-negative" },
  },
  {
    name: "emptyDir with a medium the kubelet does not know",
    source: "podworks",
    spec: { volumes: [{ name: "e", emptyDir: { medium: "Disk" } }] },
    rejects: { path: "volumes[0].emptyDir.medium", rule: "volume.empty-dir-medium" },
    policy: {
      en: "The API server stores any medium, but the kubelet fails to set up the volume for one it does not know.",
      ko: "API 서버는 어떤 medium이든 저장하지만, kubelet은 모르는 값이면 볼륨을 준비하지 못한다.",
    },
  },
  {
    name: "image volume before 1.35",
    source: "podworks",
    kubernetesVersion: "1.34",
    spec: { volumes: [{ name: "model", image: { reference: "quay.io/crio/artifact:v1" } }] },
    rejects: { path: "volumes[0].image", rule: "since" },
    policy: {
      en: "The ImageVolume gate is off by default before 1.35; the API server drops the field there.",
      ko: "ImageVolume 기능 게이트는 1.35 전에는 기본으로 꺼져 있어 API 서버가 필드를 버린다.",
    },
  },

  // ---- mounts
  {
    name: "mount subPath stepping up",
    source: `${GO} TestValidateVolumeMounts (subpath contains ..)`,
    ...mounted({ emptyDir: {} }, { subPath: "../x" }),
    rejects: { path: "containers[0].volumeMounts[0].subPath", rule: "path.backstep" },
  },
  {
    name: "mount with an absolute subPath",
    source: `${GO} TestValidateVolumeMounts (absolute subpath)`,
    ...mounted({ emptyDir: {} }, { subPath: "/baz" }),
    rejects: { path: "containers[0].volumeMounts[0].subPath", rule: "path.absolute" },
  },
  {
    name: "mount with subPath and subPathExpr",
    source: `${GO} TestValidateSubpathMutuallyExclusive (subpath and subpathexpr)`,
    ...mounted({ emptyDir: {} }, { subPath: "a", subPathExpr: "$(POD_NAME)" }),
    rejects: { path: "containers[0].volumeMounts[0].subPathExpr", rule: "mount.sub-path-exclusive" },
  },
  {
    name: "mount subPathExpr stepping up",
    source: `${GO} TestValidateDisabledSubpathExpr (subpathexpr contains ..)`,
    ...mounted({ emptyDir: {} }, { subPathExpr: "$(POD_NAME)/../x" }),
    rejects: { path: "containers[0].volumeMounts[0].subPathExpr", rule: "path.backstep" },
  },
  {
    name: "recursiveReadOnly without readOnly",
    source: `${GO} TestValidateVolumeMounts (RRO Enabled without readOnly)`,
    ...mounted({ emptyDir: {} }, { recursiveReadOnly: "Enabled" }),
    rejects: { path: "containers[0].volumeMounts[0].recursiveReadOnly", rule: "mount.recursive-read-only" },
  },
  {
    name: "recursiveReadOnly IfPossible with HostToContainer propagation",
    source: `${GO} TestValidateVolumeMounts (RRO IfPossible with propagation)`,
    ...mounted(
      { emptyDir: {} },
      { readOnly: true, recursiveReadOnly: "IfPossible", mountPropagation: "HostToContainer" },
    ),
    rejects: { path: "containers[0].volumeMounts[0].recursiveReadOnly", rule: "mount.recursive-read-only" },
  },
  {
    name: "recursiveReadOnly with an unknown value",
    source: `${GO} TestValidateVolumeMounts (RRO invalid value)`,
    ...mounted({ emptyDir: {} }, { readOnly: true, recursiveReadOnly: "Always" }),
    rejects: { path: "containers[0].volumeMounts[0].recursiveReadOnly", rule: "enum" },
  },
  {
    name: "recursiveReadOnly before 1.31",
    source: "podworks",
    kubernetesVersion: "1.30",
    ...mounted({ emptyDir: {} }, { readOnly: true, recursiveReadOnly: "Enabled" }),
    rejects: { path: "containers[0].volumeMounts[0].recursiveReadOnly", rule: "since" },
    policy: {
      en: "RecursiveReadOnlyMounts is alpha (off) in 1.30; the API server drops the field there.",
      ko: "RecursiveReadOnlyMounts는 1.30에서 알파(꺼짐)라 API 서버가 필드를 버린다.",
    },
  },
  {
    name: "mount propagation with an unknown mode",
    source: `${GO} TestValidateMountPropagation (invalid propagation)`,
    ...mounted({ emptyDir: {} }, { mountPropagation: "Shared" }),
    rejects: { path: "containers[0].volumeMounts[0].mountPropagation", rule: "enum" },
  },
  {
    name: "Bidirectional propagation in an unprivileged container",
    source: `${GO} TestValidateMountPropagation (Bidirectional in non-privileged container)`,
    ...mounted({ emptyDir: {} }, { mountPropagation: "Bidirectional" }),
    rejects: {
      path: "containers[0].volumeMounts[0].mountPropagation",
      rule: "mount.bidirectional-privileged",
    },
  },
  {
    name: "mount without mountPath",
    source: `${GO} TestValidateVolumeMounts (empty mountpath)`,
    spec: { volumes: [{ name: "v", emptyDir: {} }] },
    container: { volumeMounts: [{ name: "v" }] },
    rejects: { path: "containers[0].volumeMounts[0].mountPath", rule: "required" },
  },

  // ---- raw block devices
  {
    name: "ephemeral Block claim as a device",
    source: `${GO} TestValidateVolumeDevices (valid ephemeral device)`,
    spec: {
      volumes: [
        {
          name: "raw",
          ephemeral: {
            volumeClaimTemplate: {
              spec: {
                accessModes: ["ReadWriteOnce"],
                volumeMode: "Block",
                resources: { requests: { storage: "1Gi" } },
              },
            },
          },
        },
      ],
    },
    container: { volumeDevices: [{ name: "raw", devicePath: "/dev/xvda" }] },
  },
  {
    name: "emptyDir as a block device",
    source: `${GO} TestValidateVolumeDevices (non-PVC volume source)`,
    spec: { volumes: [{ name: "scratch", emptyDir: {} }] },
    container: { volumeDevices: [{ name: "scratch", devicePath: "/dev/xvda" }] },
    rejects: { path: "containers[0].volumeDevices[0].name", rule: "container.device-not-claim" },
  },
  {
    name: "claim both mounted and a device",
    source: `${GO} TestValidateVolumeDevices (name in volumeMounts too)`,
    spec: { volumes: [{ name: "data", persistentVolumeClaim: { claimName: "data" } }] },
    container: {
      volumeMounts: [{ name: "data", mountPath: "/data" }],
      volumeDevices: [{ name: "data", devicePath: "/dev/xvda" }],
    },
    rejects: { path: "containers[0].volumeDevices[0].name", rule: "container.device-also-mounted" },
  },
  {
    name: "device path that is also a mount path",
    source: `${GO} TestValidateVolumeDevices (devicePath in volumeMounts too)`,
    spec: {
      volumes: [
        { name: "data", persistentVolumeClaim: { claimName: "data" } },
        { name: "scratch", emptyDir: {} },
      ],
    },
    container: {
      volumeMounts: [{ name: "scratch", mountPath: "/dev/xvda" }],
      volumeDevices: [{ name: "data", devicePath: "/dev/xvda" }],
    },
    rejects: {
      path: "containers[0].volumeDevices[0].devicePath",
      rule: "container.device-path-is-mount-path",
    },
  },
  {
    name: "device without devicePath",
    source: `${GO} TestValidateVolumeDevices (empty devicePath)`,
    spec: { volumes: [{ name: "data", persistentVolumeClaim: { claimName: "data" } }] },
    container: { volumeDevices: [{ name: "data" }] },
    rejects: { path: "containers[0].volumeDevices[0].devicePath", rule: "required" },
  },
  {
    name: "mount of a volume the pod does not have",
    source: `${GO} TestValidateVolumeMounts (name not found)`,
    container: { volumeMounts: [{ name: "missing", mountPath: "/mnt" }] },
    rejects: { path: "containers[0].volumeMounts[0].name", rule: "pod.mount-unknown-volume" },
  },
];
