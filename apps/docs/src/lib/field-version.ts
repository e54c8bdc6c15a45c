/**
 * The Kubernetes release a field needs, in words, read from core's catalogue (`since`, `ga`, `availability`),
 * so the guide's prose never restates a version by hand. `<FieldVersion field="job.successPolicy" />` in a page
 * becomes this text while the site is built (plugins/remark-podworks.ts).
 */
import { CATALOGUE, type FieldDef } from "@podworks/core";
import { walkFields } from "./field-rows";
import type { SiteLang } from "./lang";

/** The catalogue entry a `section.field.path` names (`statefulSet.updateStrategy.rollingUpdate.maxUnavailable`). */
export function catalogueField(path: string): FieldDef {
  const dot = path.indexOf(".");
  const sectionName = path.slice(0, dot);
  const name = path.slice(dot + 1);
  const found = CATALOGUE.find((s) => s.name === sectionName);
  if (dot < 1 || found === undefined) {
    throw new Error(
      `<FieldVersion field="${path}">: "${sectionName}" is no catalogue section; write section.field, such as job.successPolicy`,
    );
  }
  for (const entry of walkFields(found.fields)) if (entry.name === name) return entry.def;
  throw new Error(`<FieldVersion field="${path}">: section "${sectionName}" has no field "${name}"`);
}

/**
 * `Kubernetes 1.31+, GA in 1.33` (`쿠버네티스 1.31 이상, 1.33에서 GA`); a field on by default only in some
 * releases lists them. A field every modelled release has is an error: there is nothing to say.
 */
export function fieldVersionText(path: string, lang: SiteLang): string {
  const def = catalogueField(path);
  if (def.availability !== undefined) {
    const ranges = def.availability.on.map(({ from, to }) =>
      to === undefined
        ? lang === "ko"
          ? `${from} 이상`
          : `${from}+`
        : lang === "ko"
          ? `${from}부터 ${to}까지`
          : `${from} to ${to}`,
    );
    return lang === "ko"
      ? `쿠버네티스 ${ranges.join(", ")}, 베타`
      : `Kubernetes ${ranges.join(", ")} only, beta`;
  }
  if (def.since === undefined) {
    throw new Error(
      `<FieldVersion field="${path}">: the field has no version requirement in core's catalogue`,
    );
  }
  if (def.ga === undefined)
    return lang === "ko" ? `쿠버네티스 ${def.since} 이상, 베타` : `Kubernetes ${def.since}+, beta`;
  if (def.ga === def.since)
    return lang === "ko" ? `쿠버네티스 ${def.since} 이상` : `Kubernetes ${def.since}+`;
  return lang === "ko"
    ? `쿠버네티스 ${def.since} 이상, ${def.ga}에서 GA`
    : `Kubernetes ${def.since}+, GA in ${def.ga}`;
}
