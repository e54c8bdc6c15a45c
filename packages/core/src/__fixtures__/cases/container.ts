/** Container fields beside the families: resizePolicy, volumeDevices, stdin, tty, terminationMessagePath. */
import type { ValidationCase } from "./case.js";

const T = "pkg/apis/core/validation/validation_test.go";
const RESIZE = `${T} TestValidateResizePolicy`;
const DEVICES = `${T} TestValidateVolumeDevices`;
const block = { name: "block", persistentVolumeClaim: { claimName: "raw" } };

export const CASES: readonly ValidationCase[] = [
  // Accepted
  {
    name: "stdin, stdinOnce, tty and a termination message path",
    source: "podworks",
    container: { stdin: true, stdinOnce: true, tty: true, terminationMessagePath: "/tmp/message" },
  },
  {
    name: "resizePolicy NotRequired in a Job (restartPolicy Never)",
    source: RESIZE,
    container: {
      resizePolicy: [
        { resourceName: "cpu", restartPolicy: "NotRequired" },
        { resourceName: "memory", restartPolicy: "NotRequired" },
      ],
    },
  },
  {
    name: "resizePolicy RestartContainer in a DaemonSet",
    source: RESIZE,
    kind: "DaemonSet",
    container: { resizePolicy: [{ resourceName: "memory", restartPolicy: "RestartContainer" }] },
  },
  {
    name: "resizePolicy while beta (1.33)",
    source: "podworks",
    kubernetesVersion: "1.33",
    container: { resizePolicy: [{ resourceName: "cpu", restartPolicy: "NotRequired" }] },
  },
  {
    name: "a block device of a claim",
    source: DEVICES,
    spec: { volumes: [block] },
    container: { volumeDevices: [{ name: "block", devicePath: "/dev/xvda" }] },
  },

  // Rejected
  {
    name: "stdin as a string",
    source: "podworks",
    container: { stdin: "yes" },
    rejects: { path: "containers[0].stdin", rule: "type" },
  },
  {
    name: "resizePolicy before 1.33",
    source: "podworks",
    kubernetesVersion: "1.32",
    container: { resizePolicy: [{ resourceName: "cpu", restartPolicy: "NotRequired" }] },
    rejects: { path: "containers[0].resizePolicy", rule: "since" },
  },
  {
    name: "resizePolicy of an unsupported resource",
    source: RESIZE,
    container: { resizePolicy: [{ resourceName: "storage", restartPolicy: "NotRequired" }] },
    rejects: { path: "containers[0].resizePolicy[0].resourceName", rule: "enum" },
  },
  {
    name: "resizePolicy with an unsupported restartPolicy",
    source: RESIZE,
    container: { resizePolicy: [{ resourceName: "cpu", restartPolicy: "Always" }] },
    rejects: { path: "containers[0].resizePolicy[0].restartPolicy", rule: "enum" },
  },
  {
    name: "resizePolicy without a restartPolicy",
    source: RESIZE,
    container: { resizePolicy: [{ resourceName: "cpu" }] },
    rejects: { path: "containers[0].resizePolicy[0].restartPolicy", rule: "required" },
  },
  {
    name: "resizePolicy naming cpu twice",
    source: RESIZE,
    kind: "DaemonSet",
    container: {
      resizePolicy: [
        { resourceName: "cpu", restartPolicy: "NotRequired" },
        { resourceName: "cpu", restartPolicy: "RestartContainer" },
      ],
    },
    rejects: {
      path: "containers[0].resizePolicy[1].resourceName",
      rule: "container.duplicate-resize-policy",
    },
  },
  {
    name: "RestartContainer with restartPolicy Never",
    source: RESIZE,
    container: { resizePolicy: [{ resourceName: "memory", restartPolicy: "RestartContainer" }] },
    rejects: { path: "containers[0].resizePolicy[0].restartPolicy", rule: "container.resize-restart-never" },
  },
  {
    name: "a device naming no volume",
    source: DEVICES,
    container: { volumeDevices: [{ name: "missing", devicePath: "/dev/xvda" }] },
    rejects: { path: "containers[0].volumeDevices[0].name", rule: "container.device-unknown-volume" },
  },
  {
    name: "a device of an emptyDir",
    source: DEVICES,
    spec: { volumes: [{ name: "scratch", emptyDir: {} }] },
    container: { volumeDevices: [{ name: "scratch", devicePath: "/dev/xvda" }] },
    rejects: { path: "containers[0].volumeDevices[0].name", rule: "container.device-not-claim" },
  },
  {
    name: "a device without a path",
    source: DEVICES,
    spec: { volumes: [block] },
    container: { volumeDevices: [{ name: "block" }] },
    rejects: { path: "containers[0].volumeDevices[0].devicePath", rule: "required" },
  },
  {
    name: "a device path with backsteps",
    source: DEVICES,
    spec: { volumes: [block] },
    container: { volumeDevices: [{ name: "block", devicePath: "/dev/../etc" }] },
    rejects: { path: "containers[0].volumeDevices[0].devicePath", rule: "container.device-path-backsteps" },
  },
  {
    name: "one volume twice as a device",
    source: DEVICES,
    spec: { volumes: [block] },
    container: {
      volumeDevices: [
        { name: "block", devicePath: "/dev/xvda" },
        { name: "block", devicePath: "/dev/xvdb" },
      ],
    },
    rejects: { path: "containers[0].volumeDevices[1].name", rule: "container.duplicate-device" },
  },
  {
    name: "a volume both mounted and a device",
    source: DEVICES,
    spec: { volumes: [block] },
    container: {
      volumeMounts: [{ name: "block", mountPath: "/data" }],
      volumeDevices: [{ name: "block", devicePath: "/dev/xvda" }],
    },
    rejects: { path: "containers[0].volumeDevices[0].name", rule: "container.device-also-mounted" },
  },
  {
    name: "a devicePath that is also a mountPath",
    source: DEVICES,
    spec: { volumes: [block, { name: "other", persistentVolumeClaim: { claimName: "fs" } }] },
    container: {
      volumeMounts: [{ name: "other", mountPath: "/dev/xvda" }],
      volumeDevices: [{ name: "block", devicePath: "/dev/xvda" }],
    },
    rejects: {
      path: "containers[0].volumeDevices[0].devicePath",
      rule: "container.device-path-is-mount-path",
    },
  },
];
