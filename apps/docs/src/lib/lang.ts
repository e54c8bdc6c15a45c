/**
 * The site's two languages, without importing @podworks/core: content pages must not pull core into the
 * browser bundle (core runs in the browser on the playground only).
 */
export type SiteLang = "en" | "ko";

export function siteLang(locale: string): SiteLang {
  return locale === "ko" ? "ko" : "en";
}
