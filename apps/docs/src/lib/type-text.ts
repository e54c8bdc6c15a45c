/**
 * Field types in the reader's language, kept out of the rows: the table looks them up in the browser, so each page's
 * payload carries the type once (`int-or-string`) and not its Korean name per row. Imports no code from core.
 */
import type { FieldType } from "@podworks/core";
import type { SiteLang } from "./lang";

/**
 * The catalogue's field types in words. English keeps the schema's own names; Korean names them the way Korean
 * programming texts do (객체, not 오브젝트, which the Kubernetes Korean docs keep for API objects).
 */
export const TYPE_TEXT: Readonly<Record<FieldType, Readonly<Record<SiteLang, string>>>> = {
  string: { en: "string", ko: "문자열" },
  integer: { en: "integer", ko: "정수" },
  boolean: { en: "boolean", ko: "불리언" },
  "string[]": { en: "string[]", ko: "문자열 목록" },
  map: { en: "map", ko: "문자열 맵" },
  object: { en: "object", ko: "객체" },
  "object[]": { en: "object[]", ko: "객체 목록" },
  quantity: { en: "quantity", ko: "수량" },
  "int-or-percent": { en: "int-or-percent", ko: "정수 또는 백분율" },
  "int-or-string": { en: "int-or-string", ko: "정수 또는 문자열" },
  "integer[]": { en: "integer[]", ko: "정수 목록" },
};
