/**
 * Kubernetes versions, and podworks' one version policy: a field is allowed from the first release in which it is
 * on by default (beta or GA); while it is beta in the target release, the result carries a warning saying so.
 * A version is `1.minor` or `1.minor.patch`: a few gates changed their default inside a minor's patch releases.
 */
import type { Text } from "./i18n.js";

/** A Kubernetes release as podworks accepts it: `1.minor` or `1.minor.patch`, with or without a leading `v`. */
export type KubernetesVersion =
  | `1.${number}`
  | `1.${number}.${number}`
  | `v1.${number}`
  | `v1.${number}.${number}`;

/** The newest Kubernetes release whose API podworks models. */
export const NEWEST_KUBERNETES_VERSION: KubernetesVersion = "1.36";

/** The cluster version assumed when none is given: the newest release podworks models. */
export const DEFAULT_KUBERNETES_VERSION: KubernetesVersion = NEWEST_KUBERNETES_VERSION;

/** The oldest target podworks renders for: batch/v1 CronJob (1.21) and the fields it always renders exist there. */
export const OLDEST_KUBERNETES_VERSION: KubernetesVersion = "1.25";

const VERSION = /^v?1\.(\d{1,3})(?:\.(\d{1,4}))?$/;

/** A parsed `1.minor[.patch]`; `patch` is undefined when only the minor was given. */
export interface ParsedVersion {
  /** The minor release: 33 for `1.33`. */
  readonly minor: number;
  /** The patch release, or undefined when only the minor was given. */
  readonly patch: number | undefined;
}

/** Parses `1.33`, `v1.33` or `1.33.2`; undefined when the text is not a 1.x version. */
export function parseVersion(version: string): ParsedVersion | undefined {
  const match = VERSION.exec(version);
  if (!match) return undefined;
  return { minor: Number(match[1]), patch: match[2] === undefined ? undefined : Number(match[2]) };
}

/** Parses `1.31`, `v1.31` or `1.31.2` to its minor number; undefined when it is not a 1.x version. */
export function minorOf(version: string): number | undefined {
  return parseVersion(version)?.minor;
}

/**
 * Orders two versions. A version without a patch stands for the newest patch of its minor (a cluster said to run
 * "1.35" is assumed up to date), so `1.35` sorts after every `1.35.x`.
 */
export function compareVersions(a: ParsedVersion, b: ParsedVersion): number {
  if (a.minor !== b.minor) return a.minor - b.minor;
  const pa = a.patch ?? Number.POSITIVE_INFINITY;
  const pb = b.patch ?? Number.POSITIVE_INFINITY;
  return pa === pb ? 0 : pa < pb ? -1 : 1;
}

/** True when `target` is at least `needed`. */
export function supports(target: KubernetesVersion, needed: KubernetesVersion): boolean {
  const t = parseVersion(target);
  const n = parseVersion(needed);
  if (!t || !n) return false;
  // `needed` without a patch means its first patch: 1.33 is supported by 1.33.0 and later.
  return compareVersions(t, { minor: n.minor, patch: n.patch ?? 0 }) >= 0;
}

/**
 * When a field works on a cluster, for gates that do not simply turn on at one release and stay on: the releases
 * (inclusive ranges) in which it is on by default, and the reason in words.
 */
export interface Availability {
  /** The inclusive ranges of releases in which the field is on by default; an open `to` means every later release. */
  readonly on: readonly { readonly from: KubernetesVersion; readonly to?: KubernetesVersion }[];
  /** Why the field is on only in those releases, in English and Korean. */
  readonly note: Text;
}

/** Whether a field with this availability is on by default in the target release. */
export function isAvailable(target: KubernetesVersion, availability: Availability): boolean {
  const t = parseVersion(target);
  if (!t) return false;
  return availability.on.some(({ from, to }) => {
    if (!supports(target, from)) return false;
    if (to === undefined) return true;
    const end = parseVersion(to);
    if (!end) return false;
    // `to` without a patch covers its whole minor.
    return compareVersions(t, end.patch === undefined ? { minor: end.minor, patch: undefined } : end) <= 0;
  });
}
