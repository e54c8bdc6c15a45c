/**
 * Import: Kubernetes manifests back into podworks specs. Reads Jobs, CronJobs, DaemonSets and StatefulSets (a
 * StatefulSet's headless Service is folded into its spec when it is the one podworks would generate), from plain
 * objects, `kind: List` documents (`kubectl get -o yaml`) or any mix. Fields equal to the defaults Kubernetes or
 * podworks write anyway are left out; everything else is kept. Nothing is dropped silently: each imported spec is
 * rendered again and compared with its manifest, and every difference becomes a note with the manifest path and
 * the reason, as do objects of other kinds.
 */
import type { FieldDef } from "../catalogue.js";
import { isRecord } from "../context.js";
import { CONTROL_PLANE_TOLERATIONS } from "../daemon-set.js";
import { josa, type Text } from "../i18n.js";
import { showValue } from "../issues.js";
import { jobFields } from "../job.js";
import { KINDS, type WorkloadKind, type WorkloadSpec } from "../kinds.js";
import { containerFields } from "../pod/container.js";
import { podFields } from "../pod/pod-spec.js";
import { NAME_LABEL } from "../pod/template.js";
import { toManifests } from "../render.js";
import { validate } from "../validate.js";
import { emitYaml } from "../yaml.js";
import { same, withoutDefaults } from "./defaults.js";

export { JOB_CONTROLLER_LABELS, same, withoutDefaults } from "./defaults.js";

type Raw = Record<string, unknown>;

/** Something of the input that the imported specs do not carry, or carry differently. */
export interface ImportNote {
  /** The manifest object, e.g. `StatefulSet "db"` or `Deployment "web"`. */
  readonly object: string;
  /** Where, in the manifest's own field path (`spec.template.spec.hostNetwork`); empty for the whole object. */
  readonly path: string;
  /** The value in the manifest that the note is about; undefined for notes about the whole object. */
  readonly value: unknown;
  /** Why the value was dropped or changed, and what to do about it, in English and Korean. */
  readonly reason: Text;
}

/** What `fromManifests` returns: the specs it could make, and notes on everything it could not carry over. */
export interface ImportResult {
  /** The specs, in the order their workloads came in. Each passed `validate`, unless a note says otherwise. */
  readonly specs: readonly WorkloadSpec[];
  /** What of the input the specs do not carry, or carry differently; empty when nothing was lost. */
  readonly notes: readonly ImportNote[];
}

const WORKLOAD_KINDS_SET = new Set<string>(Object.keys(KINDS));

function labelOf(object: Raw): string {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const ns = typeof metadata.namespace === "string" ? `${metadata.namespace}/` : "";
  return `${String(object.kind ?? "object")} "${ns}${String(metadata.name ?? "")}"`;
}

/** Objects of `List` documents (and `JobList`, `StatefulSetList`, ... from `kubectl get`) one by one. */
function flatten(documents: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const document of documents) {
    if (Array.isArray(document)) out.push(...flatten(document));
    else if (
      isRecord(document) &&
      typeof document.kind === "string" &&
      document.kind.endsWith("List") &&
      Array.isArray(document.items)
    )
      out.push(...flatten(document.items));
    else if (document !== null && document !== undefined) out.push(document);
  }
  return out;
}

function rec(value: unknown): Raw {
  return isRecord(value) ? value : {};
}

function put(spec: Raw, key: string, value: unknown): void {
  if (value !== undefined) spec[key] = value;
}

/** Copies `keys` from `from` into `spec`, leaving out values equal to the field's static default. */
function copyFields(
  spec: Raw,
  from: Raw,
  fields: Readonly<Record<string, FieldDef>>,
  skip: readonly string[] = [],
) {
  for (const key of Object.keys(fields)) {
    if (skip.includes(key) || from[key] === undefined) continue;
    const def = fields[key]!.default;
    if (def && "value" in def && same(from[key], def.value)) continue;
    spec[key] = from[key];
  }
}

/** A security context as podworks writes it: the manifest's own values, and `null` for podworks' defaults it lacks. */
function securityContextOf(given: unknown, defaults: Raw): Raw | undefined {
  const manifest = rec(given);
  if (same(manifest, defaults)) return undefined;
  const out: Raw = { ...manifest };
  for (const key of Object.keys(defaults)) if (!(key in manifest)) out[key] = null;
  return out;
}

const POD_SECURITY_DEFAULT = podFields.securityContext.default.value as Raw;
const CONTAINER_SECURITY_DEFAULT = containerFields.securityContext.default.value as Raw;

function containerOf(manifest: unknown): Raw {
  const from = rec(manifest);
  const out: Raw = {};
  for (const key of Object.keys(containerFields)) {
    if (key === "securityContext" || from[key] === undefined) continue;
    out[key] = from[key];
  }
  put(out, "securityContext", securityContextOf(from.securityContext, CONTAINER_SECURITY_DEFAULT));
  return out;
}

const POD_ONLY = new Set([
  "containers",
  "initContainers",
  "securityContext",
  "podLabels",
  "podAnnotations",
  "restartPolicy",
]);

/**
 * The pod-level fields of a spec from a pod template; `known` are the labels podworks puts on the pods anyway
 * (the selector's and the object's), so only the others become podLabels.
 */
function podOf(template: unknown, restartDefault: string, known: Raw): Raw {
  const metadata = rec(rec(template).metadata);
  const pod = rec(rec(template).spec);
  const spec: Raw = {};
  spec.containers = Array.isArray(pod.containers) ? pod.containers.map(containerOf) : [];
  if (Array.isArray(pod.initContainers) && pod.initContainers.length)
    spec.initContainers = pod.initContainers.map(containerOf);
  if (pod.restartPolicy !== undefined && pod.restartPolicy !== restartDefault)
    spec.restartPolicy = pod.restartPolicy;
  for (const key of Object.keys(podFields))
    if (!POD_ONLY.has(key) && pod[key] !== undefined) spec[key] = pod[key];
  put(spec, "securityContext", securityContextOf(pod.securityContext, POD_SECURITY_DEFAULT));
  const podLabels: Raw = {};
  for (const [key, value] of Object.entries(rec(metadata.labels)))
    if (known[key] !== value) podLabels[key] = value;
  if (Object.keys(podLabels).length) spec.podLabels = podLabels;
  if (Object.keys(rec(metadata.annotations)).length) spec.podAnnotations = metadata.annotations;
  return spec;
}

function metadataOf(object: Raw): Raw {
  const metadata = rec(object.metadata);
  const spec: Raw = { kind: object.kind, name: metadata.name };
  put(spec, "namespace", metadata.namespace);
  if (Object.keys(rec(metadata.labels)).length) spec.labels = { ...rec(metadata.labels) };
  if (Object.keys(rec(metadata.annotations)).length) spec.annotations = { ...rec(metadata.annotations) };
  return spec;
}

/**
 * Selector and labels of a DaemonSet or StatefulSet. podworks' default selector is `app.kubernetes.io/name: <name>`
 * (or that label's value in `labels`), also put on the object; a manifest that selects that way needs no selector.
 */
function selectorAndLabels(spec: Raw, object: Raw): Raw {
  const selector = rec(rec(object.spec).selector);
  const matchLabels = rec(selector.matchLabels);
  const labels = rec(spec.labels);
  const name = spec.name;
  const implied = { [NAME_LABEL]: labels[NAME_LABEL] ?? name };
  if (same(matchLabels, implied) && labels[NAME_LABEL] === implied[NAME_LABEL]) {
    if (labels[NAME_LABEL] === name) {
      const { [NAME_LABEL]: _, ...rest } = labels;
      if (Object.keys(rest).length) spec.labels = rest;
      else delete spec.labels;
    }
  } else {
    spec.selector = { ...matchLabels };
  }
  return { ...matchLabels, ...labels };
}

/** Tolerations with podworks' control-plane pair split off into `tolerateControlPlane`, when they end with it. */
function tolerationsOf(spec: Raw): void {
  const tolerations = spec.tolerations;
  if (!Array.isArray(tolerations) || tolerations.length < CONTROL_PLANE_TOLERATIONS.length) return;
  const tail = tolerations.slice(-CONTROL_PLANE_TOLERATIONS.length);
  if (!same(tail, CONTROL_PLANE_TOLERATIONS)) return;
  const rest = tolerations.slice(0, -CONTROL_PLANE_TOLERATIONS.length);
  spec.tolerateControlPlane = true;
  if (rest.length) spec.tolerations = rest;
  else delete spec.tolerations;
}

function jobFieldsOf(jobSpec: Raw): Raw {
  const out: Raw = {};
  copyFields(out, jobSpec, jobFields, ["completions", "parallelism", "backoffLimit"]);
  const { completions, parallelism, backoffLimit } = jobSpec;
  // See withoutDefaults: 1 and 1 is what both unset gives; parallelism 1 without completions is a work queue.
  if (!(completions === 1 && parallelism === 1 && jobSpec.completionMode !== "Indexed")) {
    put(out, "completions", completions);
    if (!(parallelism === 1 && completions !== undefined)) put(out, "parallelism", parallelism);
  }
  const perIndex = jobSpec.backoffLimitPerIndex !== undefined;
  if (backoffLimit !== undefined && backoffLimit !== (perIndex ? 2147483647 : 6))
    out.backoffLimit = backoffLimit;
  return out;
}

function importJob(object: Raw): Raw {
  const spec = metadataOf(object);
  const jobSpec = rec(object.spec);
  Object.assign(spec, jobFieldsOf(jobSpec), podOf(jobSpec.template, "Never", rec(spec.labels)));
  return spec;
}

function importCronJob(object: Raw): Raw {
  const spec = metadataOf(object);
  const cron = rec(object.spec);
  copyFields(spec, cron, KINDS.CronJob.section.fields, ["jobTemplate"]);
  const jobSpec = rec(rec(cron.jobTemplate).spec);
  const job = jobFieldsOf(jobSpec);
  if (Object.keys(job).length) spec.jobTemplate = job;
  Object.assign(spec, podOf(jobSpec.template, "Never", rec(spec.labels)));
  return spec;
}

function importDaemonSet(object: Raw): Raw {
  const spec = metadataOf(object);
  const known = selectorAndLabels(spec, object);
  const ds = rec(object.spec);
  copyFields(spec, ds, KINDS.DaemonSet.section.fields, ["selector", "tolerateControlPlane"]);
  Object.assign(spec, podOf(ds.template, "Always", known));
  tolerationsOf(spec);
  return spec;
}

function claimTemplateOf(template: unknown): Raw {
  const metadata = rec(rec(template).metadata);
  const claim = rec(rec(template).spec);
  const out: Raw = { name: metadata.name };
  if (claim.accessModes !== undefined && !same(claim.accessModes, ["ReadWriteOnce"]))
    out.accessModes = claim.accessModes;
  put(out, "storageClassName", claim.storageClassName);
  if (claim.volumeMode !== undefined && claim.volumeMode !== "Filesystem") out.volumeMode = claim.volumeMode;
  out.resources = { requests: { storage: rec(rec(claim.resources).requests).storage } };
  if (Object.keys(rec(metadata.labels)).length) out.labels = metadata.labels;
  if (Object.keys(rec(metadata.annotations)).length) out.annotations = metadata.annotations;
  return out;
}

function importStatefulSet(object: Raw): Raw {
  const spec = metadataOf(object);
  const known = selectorAndLabels(spec, object);
  const sts = rec(object.spec);
  copyFields(spec, sts, KINDS.StatefulSet.section.fields, [
    "selector",
    "serviceName",
    "headlessService",
    "acknowledgePvcDeletion",
    "volumeClaimTemplates",
  ]);
  if (sts.serviceName !== undefined && sts.serviceName !== spec.name) spec.serviceName = sts.serviceName;
  if (Array.isArray(sts.volumeClaimTemplates) && sts.volumeClaimTemplates.length)
    spec.volumeClaimTemplates = sts.volumeClaimTemplates.map(claimTemplateOf);
  const retention = rec(sts.persistentVolumeClaimRetentionPolicy);
  if (retention.whenDeleted === "Delete" || retention.whenScaled === "Delete")
    spec.acknowledgePvcDeletion = true;
  Object.assign(spec, podOf(sts.template, "Always", known));
  return spec;
}

const IMPORTERS: Record<WorkloadKind, (object: Raw) => Raw> = {
  Job: importJob,
  CronJob: importCronJob,
  DaemonSet: importDaemonSet,
  StatefulSet: importStatefulSet,
};

interface Difference {
  readonly path: string;
  readonly manifest: unknown;
  readonly rendered: unknown;
}

function join(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** Where two normalized objects differ, as deep as both sides have the same shape. */
function differences(manifest: unknown, rendered: unknown, path = "", out: Difference[] = []): Difference[] {
  if (same(manifest, rendered)) return out;
  if (isRecord(manifest) && isRecord(rendered)) {
    for (const key of new Set([...Object.keys(manifest), ...Object.keys(rendered)]))
      differences(manifest[key], rendered[key], join(path, key), out);
  } else if (Array.isArray(manifest) && Array.isArray(rendered) && manifest.length === rendered.length) {
    for (let index = 0; index < manifest.length; index++)
      differences(manifest[index], rendered[index], join(path, index), out);
  } else {
    out.push({ path, manifest, rendered });
  }
  return out;
}

function differenceReason(d: Difference): Text {
  if (d.rendered === undefined)
    return {
      en: "podworks has no field for this, so the imported spec leaves it out",
      ko: "podworks에는 이 값을 담을 필드가 없어 가져온 스펙에서 빠진다",
    };
  if (d.manifest === undefined)
    return {
      en: `the manifest does not have it, but the imported spec renders ${showValue(d.rendered)} here`,
      ko: `매니페스트에는 없지만 가져온 스펙은 이 자리에 ${showValue(d.rendered)} 값을 렌더링한다`,
    };
  return {
    en: `the imported spec renders ${showValue(d.rendered)} here instead`,
    ko: `가져온 스펙은 이 자리에 대신 ${showValue(d.rendered)} 값을 렌더링한다`,
  };
}

function serviceKey(namespace: unknown, name: unknown): string {
  return `${typeof namespace === "string" ? namespace : ""}/${String(name)}`;
}

/**
 * Turns Kubernetes objects (parsed YAML or JSON documents; `List`s are unpacked) into podworks specs, and notes
 * everything the specs do not reproduce. Never throws.
 */
export function fromManifests(documents: readonly unknown[]): ImportResult {
  const objects = flatten(documents);
  const specs: WorkloadSpec[] = [];
  const notes: ImportNote[] = [];
  const services = new Map<string, { object: Raw; used: boolean }>();
  for (const object of objects) {
    if (isRecord(object) && object.kind === "Service" && object.apiVersion === "v1") {
      const metadata = rec(object.metadata);
      services.set(serviceKey(metadata.namespace, metadata.name), { object, used: false });
    }
  }
  for (const object of objects) {
    if (!isRecord(object)) {
      notes.push({
        object: "document",
        path: "",
        value: object,
        reason: { en: "not a Kubernetes object", ko: "쿠버네티스 오브젝트가 아니다" },
      });
      continue;
    }
    const label = labelOf(object);
    const kind = object.kind;
    if (kind === "Service") continue;
    if (typeof kind !== "string" || !WORKLOAD_KINDS_SET.has(kind)) {
      notes.push({
        object: label,
        path: "kind",
        value: kind,
        reason: {
          en: "podworks imports Jobs, CronJobs, DaemonSets and StatefulSets (with their headless Service); this object is left out",
          ko: "podworks는 잡, 크론잡, 데몬셋, 스테이트풀셋(과 그 헤드리스 서비스)만 가져오므로 이 오브젝트는 빠진다",
        },
      });
      continue;
    }
    const definition = KINDS[kind as WorkloadKind];
    if (object.apiVersion !== definition.apiVersion) {
      notes.push({
        object: label,
        path: "apiVersion",
        value: object.apiVersion,
        reason: {
          en: `podworks writes ${kind} as ${definition.apiVersion}; this object is left out`,
          ko: `podworks는 ${josa(kind, "을/를")} ${josa(definition.apiVersion, "으로/로")} 쓰므로 이 오브젝트는 빠진다`,
        },
      });
      continue;
    }
    const owner = Array.isArray(rec(object.metadata).ownerReferences)
      ? (rec(object.metadata).ownerReferences as unknown[]).find(
          (ref) => isRecord(ref) && ref.controller === true,
        )
      : undefined;
    if (isRecord(owner)) {
      notes.push({
        object: label,
        path: "metadata.ownerReferences",
        value: `${String(owner.kind)} ${String(owner.name)}`,
        reason: {
          en: `created by the ${String(owner.kind)} "${String(owner.name)}": import that one instead`,
          ko: `${josa(`${String(owner.kind)} "${String(owner.name)}"`, "이/가")} 만든 오브젝트이므로 그 오브젝트를 가져온다`,
        },
      });
      continue;
    }
    const manifest = withoutDefaults(object);
    const spec = IMPORTERS[kind as WorkloadKind](manifest);
    const compared: [Raw, Raw | undefined][] = [[manifest, undefined]];
    let service: { object: Raw; used: boolean } | undefined;
    if (kind === "StatefulSet") {
      const metadata = rec(manifest.metadata);
      service = services.get(serviceKey(metadata.namespace, rec(manifest.spec).serviceName ?? metadata.name));
      if (!service) {
        spec.headlessService = false;
        notes.push({
          object: label,
          path: "spec.serviceName",
          value: rec(manifest.spec).serviceName,
          reason: {
            en: "no Service of that name among the inputs: the spec says headlessService: false; remove it to let podworks create the headless Service",
            ko: "입력에 그 이름의 서비스가 없어 스펙에 headlessService: false를 적었다. podworks가 헤드리스 서비스를 만들게 하려면 지운다",
          },
        });
      }
    }
    if (spec.persistentVolumeClaimRetentionPolicy !== undefined && spec.acknowledgePvcDeletion === true) {
      notes.push({
        object: label,
        path: "spec.persistentVolumeClaimRetentionPolicy",
        value: spec.persistentVolumeClaimRetentionPolicy,
        reason: {
          en: "the manifest lets Kubernetes delete the claims and their data; the spec keeps that with acknowledgePvcDeletion: true: check that this is intended",
          ko: "매니페스트가 쿠버네티스에게 클레임과 데이터를 지우게 한다. 스펙은 acknowledgePvcDeletion: true로 이를 유지하므로 의도한 것인지 확인한다",
        },
      });
    }
    let result = validate(spec, { lint: false });
    // What Pod Security `restricted` forbids (host namespaces, hostPath, privileged containers) keeps running as the
    // manifest had it: the spec opts out with podSecurity: "privileged", and a note says so.
    if (!result.ok && result.issues.some((issue) => issue.rule === "security.pod-security-level")) {
      spec.podSecurity = "privileged";
      notes.push({
        object: label,
        path: "spec.template.spec",
        value: "privileged",
        reason: {
          en: 'the pods use what Pod Security restricted forbids (host namespaces, hostPath or privileged containers): the spec says podSecurity: "privileged"; remove what the pods do not need and the option with it',
          ko: '파드가 파드 보안 restricted에서 금지하는 설정(호스트 네임스페이스, hostPath, 특권 컨테이너)을 쓰므로 스펙에 podSecurity: "privileged"를 적었다. 파드에 필요 없는 설정을 지우면 이 옵션도 함께 지운다',
        },
      });
      result = validate(spec, { lint: false });
    }
    if (!result.ok) {
      for (const issue of result.issues) {
        if (issue.severity !== "error") continue;
        notes.push({
          object: label,
          path: issue.path,
          value: issue.value,
          reason: {
            en: `the imported spec is invalid here: ${issue.message.en} [${issue.rule}]`,
            ko: `가져온 스펙의 이 자리가 올바르지 않다: ${issue.message.ko} [${issue.rule}]`,
          },
        });
      }
      specs.push(spec as unknown as WorkloadSpec);
      continue;
    }
    const rendered = toManifests(result.value, { lint: false }).map((m) =>
      withoutDefaults(m as unknown as Raw),
    );
    const renderedObject = rendered.find((m) => m.kind === kind)!;
    compared[0] = [manifest, renderedObject];
    if (service) {
      const renderedService = rendered.find((m) => m.kind === "Service");
      const serviceManifest = withoutDefaults(service.object);
      if (renderedService && same(serviceManifest, renderedService)) {
        service.used = true;
      } else {
        spec.headlessService = false;
        const paths = differences(serviceManifest, renderedService).map((d) => d.path);
        notes.push({
          object: labelOf(service.object),
          path: "",
          value: paths,
          reason: {
            en: `not the headless Service podworks generates (it differs at ${paths.join(", ")}): the spec says headlessService: false, so keep applying this Service yourself`,
            ko: `podworks가 만드는 헤드리스 서비스와 다르다(${paths.join(", ")}). 스펙에 headlessService: false를 적었으므로 이 서비스는 직접 적용한다`,
          },
        });
        service.used = true;
      }
    }
    for (const [left, right] of compared) {
      for (const d of differences(left, right))
        notes.push({ object: label, path: d.path, value: d.manifest, reason: differenceReason(d) });
    }
    specs.push(result.value);
  }
  for (const { object, used } of services.values()) {
    if (used) continue;
    notes.push({
      object: labelOf(object),
      path: "",
      value: undefined,
      reason: {
        en: "a Service that is no StatefulSet's headless Service: podworks does not import it, keep applying it yourself",
        ko: "어떤 스테이트풀셋의 헤드리스 서비스도 아니므로 podworks가 가져오지 않는다. 이 서비스는 직접 적용한다",
      },
    });
  }
  return { specs, notes };
}

/** Specs as a spec file: one YAML document per spec, the way `podworks validate` and `render` read them. */
export function specsToYaml(specs: readonly WorkloadSpec[]): string {
  return specs.map((spec, index) => (index === 0 ? emitYaml(spec) : `---\n${emitYaml(spec)}`)).join("");
}
