import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { isLang, type Lang } from "@podworks/core";

/** The page's locale as one of core's languages (English for anything core does not speak). */
export function useLang(): Lang {
  const { i18n } = useDocusaurusContext();
  return isLang(i18n.currentLocale) ? i18n.currentLocale : "en";
}
