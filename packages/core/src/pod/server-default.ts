import type { FieldDefault } from "../catalogue.js";

/**
 * A default the API server fills in (podworks leaves the field out of the manifest): shown in the docs the way
 * the container's other server-side defaults are, "`/` (set by Kubernetes)".
 */
export function setByKubernetes(value: string | number | boolean): FieldDefault {
  const shown = typeof value === "string" ? value : String(value);
  return {
    derived: {
      en: `\`${shown}\` (set by Kubernetes).`,
      ko: `\`${shown}\`(쿠버네티스가 정한다).`,
    },
  };
}
