import type { Checker } from "./context.js";
import type { Text } from "./i18n.js";
import type { Availability, KubernetesVersion } from "./version.js";

/**
 * The field catalogue: one entry per field of every spec, read by validation (types, ranges, enums, formats,
 * version gates), by defaulting (static defaults), by the docs site (tables) and by error messages.
 * Each kind's file declares its entries with `satisfies FieldCatalogue<Spec>` so a field without an entry,
 * or an entry without a field, fails to compile.
 */
export type FieldType =
  | "string"
  | "integer"
  | "boolean"
  | "string[]"
  /** string keys to string values (labels, annotations, nodeSelector) */
  | "map"
  | "object"
  | "object[]"
  /** a Kubernetes quantity: `100m`, `1Gi`, or a number */
  | "quantity"
  /** an integer or a percentage string such as `25%` */
  | "int-or-percent"
  /** an integer or a string, e.g. a port given by number or by name */
  | "int-or-string"
  /** a list of integers */
  | "integer[]";

/** Named checks of a string's shape, implemented in `formats.ts` and `cron.ts`. */
export type FieldFormat =
  | "dns1123-label"
  | "dns1123-subdomain"
  | "label-map"
  | "annotation-map"
  | "port-name"
  | "env-name"
  | "image"
  | "cron"
  | "time-zone"
  | "quantity-map";

/** A default the renderer writes explicitly when the field is unset. */
export type FieldDefault =
  /** a fixed value */
  | { readonly value: unknown }
  /** a value that depends on other fields; computed in code, explained here */
  | { readonly derived: Text };

/**
 * One field of the catalogue: its type, description (English and Korean), default, constraints, the Kubernetes
 * versions that have it, and its docs link. Validation, the docs' field tables, the editor schema and the CLI all
 * read it.
 */
export interface FieldDef {
  /** The value's type, as validation checks it. */
  readonly type: FieldType;
  /** What the field does, in English and Korean. */
  readonly description: Text;
  /** Whether a spec must set it. */
  readonly required?: boolean;
  /** The value an unset field gets, from podworks or from Kubernetes. */
  readonly default?: FieldDefault;
  /** allowed values of a string field */
  readonly enum?: readonly string[];
  /** inclusive bounds of an integer field */
  readonly minimum?: number;
  /** Inclusive upper bound of an integer field. */
  readonly maximum?: number;
  /** longest allowed string */
  readonly maxLength?: number;
  /** most allowed array items */
  readonly maxItems?: number;
  /** The shape a string must have (a DNS label, a quantity, a cron schedule, ...). */
  readonly format?: FieldFormat;
  /**
   * The first Kubernetes release in which the field is on by default (beta or GA): older targets are refused.
   * Read with `ga`: between the two, the field works but is beta, and validation says so as a warning.
   */
  readonly since?: KubernetesVersion;
  /** The release in which the field went GA; unset with `since` set means it is still beta in every release modelled. */
  readonly ga?: KubernetesVersion;
  /** For gates whose default changed more than once (even inside a minor's patches): where the field works. */
  readonly availability?: Availability;
  /** Kubernetes refuses to change it after creation */
  readonly immutable?: boolean;
  /** fields of a nested object, or of each item of an object array */
  readonly fields?: Readonly<Record<string, FieldDef>>;
  /** the name of the catalogue section that describes each item (for `object[]` fields documented elsewhere) */
  readonly items?: SectionName;
  /**
   * The nested object's own section (for `object` and `object[]` fields): its fields are checked like the spec's,
   * then its `check`, and the docs give it a table of its own. Several fields may share one (the three probes).
   */
  readonly section?: CatalogueSection;
  /** constraints that involve other fields, in words, for the docs (the checks themselves live in code) */
  readonly rules?: readonly Text[];
  /** the kubernetes.io page that documents the field */
  readonly link: string;
}

/** A complete catalogue for a spec type: exactly one entry per key. */
export type FieldCatalogue<T> = { readonly [K in keyof Required<T>]-?: FieldDef };

/** The names of the top-level catalogue sections, as `section(name)` takes them. */
export type SectionName =
  | "metadata"
  | "pod"
  | "container"
  | "job"
  | "cronJob"
  | "daemonSet"
  | "statefulSet"
  | "volumeClaimTemplate";

/**
 * One part of the field catalogue: the fields of one object (a kind, the pod, a container, a probe, ...) with their
 * descriptions, and the rules that span them. `section(name)` and `CATALOGUE` give the sections; the docs print each
 * as a field table.
 */
export interface CatalogueSection<N extends string = string> {
  /** A stable id, unique across the catalogue: the docs' anchors and the editor schema's `$defs` use it. */
  readonly name: N;
  /** The heading the docs give the section, in both languages. */
  readonly title: Text;
  /** The object's fields by their Kubernetes names. */
  readonly fields: Readonly<Record<string, FieldDef>>;
  /** What the object is for, in a sentence or two (nested sections; the docs print it above the table). */
  readonly description?: Text;
  /**
   * Rules that span the object's fields (exactly one handler, `Exists` without a value, ...), run after its fields
   * were checked one by one. `path` is the object's own path; report paths below it.
   */
  readonly check?: (checker: Checker, path: string, value: Record<string, unknown>) => void;
}

/** Docs links, kept in one place. */
export const K8S_DOCS = "https://kubernetes.io/docs";
export const API_REF = `${K8S_DOCS}/reference/kubernetes-api`;
