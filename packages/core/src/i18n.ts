/** The languages podworks speaks: every message and description exists in both. */
export type Lang = "en" | "ko";

export const LANGS: readonly Lang[] = ["en", "ko"];

/** One piece of text in English and Korean. */
export interface Text {
  readonly en: string;
  readonly ko: string;
}

export function isLang(value: unknown): value is Lang {
  return value === "en" || value === "ko";
}
