import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import { type SiteLang, siteLang } from "../lib/lang";

/** The page's locale as one of core's languages (English for anything core does not speak). */
export function useLang(): SiteLang {
  const { i18n } = useDocusaurusContext();
  return siteLang(i18n.currentLocale);
}
