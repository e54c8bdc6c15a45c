import { translate } from "@docusaurus/Translate";
import { type KubernetesVersion, PodworksValidationError } from "@podworks/core";
import CodeBlock from "@theme/CodeBlock";
import type { ReactNode } from "react";
import { childrenText } from "../lib/children-text";
import { checkSpecs } from "../lib/specs";
import styles from "./examples.module.css";
import { useLang } from "./use-lang";

export interface ValidationExampleProps {
  /** A spec with at least one problem: a fenced yaml block as children. */
  readonly children: ReactNode;
  readonly file?: string;
  readonly kubernetesVersion?: KubernetesVersion;
}

/**
 * A spec that core rejects, and core's report on it in the page's language: the same text `podworks validate`
 * prints. A spec that turns out valid fails the build, so the page cannot show a stale rejection.
 */
export default function ValidationExample({
  children,
  file,
  kubernetesVersion,
}: ValidationExampleProps): ReactNode {
  const lang = useLang();
  const source = childrenText(children).trim();
  const checked = checkSpecs(source, kubernetesVersion);
  if (checked.problems.length === 0) {
    throw new Error(`a ValidationExample spec is valid; it must show at least one problem:\n${source}`);
  }
  // Core's own report: the heading and each problem, worded by core in the page's language.
  const report = checked.problems
    .map((p) => new PodworksValidationError(p.issues, p.subject || undefined).format(lang))
    .join("\n\n");
  return (
    <div className={styles.example} data-example="validation">
      <CodeBlock language="yaml" title={file ?? "spec.yaml"}>
        {source}
      </CodeBlock>
      <p className={styles.arrow}>
        {translate(
          {
            id: "validationExample.intro",
            message: "What @podworks/core reports (podworks validate {file}):",
          },
          { file: file ?? "spec.yaml" },
        )}
      </p>
      <div data-validation-report="" className={styles.report}>
        <CodeBlock language="text" title={translate({ id: "validationExample.title", message: "Problems" })}>
          {report}
        </CodeBlock>
      </div>
    </div>
  );
}
