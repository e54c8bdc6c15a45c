/**
 * What the example components and the playground do with a spec text: parse it with core, check it with core,
 * render it with core, and write the same spec as TypeScript. Nothing here formats YAML by itself.
 */
import {
  type AnyKubernetesObject,
  checkKubernetesObject,
  DEFAULT_KUBERNETES_VERSION,
  errorsOf,
  isKubernetesObject,
  type KubernetesObject,
  type KubernetesVersion,
  manifestsToYaml,
  OLDEST_KUBERNETES_VERSION,
  subjectOf,
  toManifests,
  type ValidationIssue,
  validate,
  type WorkloadSpec,
} from "@podworks/core";
import { parseSpecs } from "@podworks/core/parse";

type RenderedOrAny = KubernetesObject | AnyKubernetesObject;

export interface CheckedSpecs {
  /** Every document that parsed, valid or not. */
  readonly specs: readonly unknown[];
  /** Problems per document (or one entry for a syntax error), in document order. */
  readonly problems: readonly { readonly subject: string; readonly issues: readonly ValidationIssue[] }[];
  /** The rendered YAML when no document has an error (warnings allowed); undefined otherwise. */
  readonly yaml: string | undefined;
}

/** Parses, validates and (when all is well) renders spec text. Never throws. */
export function checkSpecs(text: string, kubernetesVersion?: KubernetesVersion): CheckedSpecs {
  const parsed = parseSpecs(text);
  if (parsed.issues.length > 0) {
    return { specs: [], problems: [{ subject: "", issues: parsed.issues }], yaml: undefined };
  }
  const options = kubernetesVersion ? { kubernetesVersion } : undefined;
  // A plain Kubernetes object (it has an apiVersion) is checked and passed through, as `podworks render` does.
  const problems = parsed.specs
    .map((spec) =>
      isKubernetesObject(spec)
        ? { subject: objectSubject(spec), issues: checkKubernetesObject(spec) }
        : { subject: subjectOf(spec), issues: validate(spec, options).issues },
    )
    .filter((entry) => entry.issues.length > 0);
  // Warnings (lint, beta fields) leave a spec valid: it renders, and the warnings are shown beside the YAML.
  const hasErrors = problems.some((entry) => errorsOf(entry.issues).length > 0);
  if (hasErrors || parsed.specs.length === 0) {
    return { specs: parsed.specs, problems, yaml: undefined };
  }
  const objects = parsed.specs.flatMap((spec): RenderedOrAny[] =>
    isKubernetesObject(spec) ? [spec as AnyKubernetesObject] : toManifests(spec as WorkloadSpec, options),
  );
  return { specs: parsed.specs, problems, yaml: manifestsToYaml(objects) };
}

function objectSubject(value: unknown): string {
  const object = value as { kind?: unknown; metadata?: { name?: unknown } };
  const kind = typeof object.kind === "string" ? object.kind : "object";
  return typeof object.metadata?.name === "string" ? `${kind} "${object.metadata.name}"` : kind;
}

/**
 * For examples on the site: the rendered YAML, or an Error that fails the build when an example in the guide
 * is not a valid spec (so an example that core stops accepting cannot be published).
 */
export function renderExample(text: string, kubernetesVersion?: KubernetesVersion): string {
  const checked = checkSpecs(text, kubernetesVersion);
  // The guide's examples are kept free of warnings too, lint included.
  if (checked.yaml === undefined || checked.problems.length > 0) {
    const details = checked.problems
      .flatMap((p) => p.issues.map((i) => `${p.subject} ${i.path}: ${i.message.en}`))
      .join("\n");
    throw new Error(`an example spec in the guide is invalid:\n${details || "(no specs found)"}\n${text}`);
  }
  return checked.yaml;
}

const BUILDERS: Record<WorkloadSpec["kind"], string> = {
  Job: "job",
  CronJob: "cronJob",
  DaemonSet: "daemonSet",
  StatefulSet: "statefulSet",
};

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A value as a TypeScript expression, indented for nesting. */
export function tsLiteral(value: unknown, indent = ""): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((v) => typeof v !== "object" || v === null)) {
      const flat = `[${value.map((v) => tsLiteral(v)).join(", ")}]`;
      if (flat.length <= 60) return flat;
    }
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join("\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "{}";
    const lines = entries.map(([key, v]) => {
      const name = IDENTIFIER.test(key) ? key : JSON.stringify(key);
      return `${inner}${name}: ${tsLiteral(v, inner)},`;
    });
    return `{\n${lines.join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function variableName(spec: Record<string, unknown>, index: number): string {
  const metadata = spec.metadata as { name?: unknown } | undefined;
  const given = isKubernetesObject(spec) ? metadata?.name : spec.name;
  const name = typeof given === "string" ? given : `spec${index + 1}`;
  const camel = name.replace(/[-.]+([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return IDENTIFIER.test(camel) ? camel : `spec${index + 1}`;
}

/**
 * The same specs written with core's builders, ending in `toYaml`. Plain Kubernetes objects among them are
 * written as object literals and placed beside the specs' manifests with `manifestsToYaml`.
 */
export function typescriptFor(specs: readonly unknown[]): string {
  const records = specs as Record<string, unknown>[];
  const hasObjects = records.some((r) => isKubernetesObject(r));
  const builders = [
    ...new Set(
      records.filter((r) => !isKubernetesObject(r)).map((s) => BUILDERS[s.kind as WorkloadSpec["kind"]]),
    ),
  ];
  const imports = hasObjects ? [...builders, "manifestsToYaml", "toManifests"] : [...builders, "toYaml"];
  const lines = [`import { ${imports.sort().join(", ")} } from "@podworks/core";`, ""];
  const names: string[] = [];
  const parts: string[] = [];
  records.forEach((spec, index) => {
    const name = variableName(spec, index);
    names.push(name);
    if (isKubernetesObject(spec)) {
      lines.push(`const ${name} = ${tsLiteral(spec)};`, "");
      parts.push(name);
      return;
    }
    const { kind, ...rest } = spec;
    lines.push(`const ${name} = ${BUILDERS[kind as WorkloadSpec["kind"]]}(${tsLiteral(rest)});`, "");
    parts.push(`...toManifests(${name})`);
  });
  lines.push(
    hasObjects
      ? `console.log(manifestsToYaml([${parts.join(", ")}]));`
      : `console.log(toYaml(${names.length === 1 ? names[0] : `[${names.join(", ")}]`}));`,
  );
  return lines.join("\n");
}

/** The Kubernetes versions the playground offers: core's oldest target up to one past its default. */
export function kubernetesVersions(): KubernetesVersion[] {
  const minor = (v: string) => Number(v.split(".")[1]);
  const versions: KubernetesVersion[] = [];
  for (let m = minor(OLDEST_KUBERNETES_VERSION); m <= minor(DEFAULT_KUBERNETES_VERSION) + 1; m++) {
    versions.push(`1.${m}`);
  }
  return versions;
}
