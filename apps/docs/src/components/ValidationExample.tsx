import { translate } from "@docusaurus/Translate";
import CodeBlock from "@theme/CodeBlock";
import type { ReactNode } from "react";
import type { ValidationExampleData } from "../lib/example-data";
import styles from "./examples.module.css";
import { readPayload } from "./payload";

export interface ValidationExampleProps {
  /** In MDX: a fenced yaml block with a spec that has at least one problem. */
  readonly children?: ReactNode;
  readonly file?: string;
  readonly kubernetesVersion?: string;
  /** Added at build time by plugins/remark-podworks.ts: JSON of {@link ValidationExampleData}. */
  readonly payload?: string;
}

/**
 * A spec that core rejects, and core's report on it in the page's language: the same text `podworks validate`
 * prints, produced while the site is built. A spec that turns out valid fails the build.
 */
export default function ValidationExample({ payload }: ValidationExampleProps): ReactNode {
  const data = readPayload<ValidationExampleData>("ValidationExample", payload);
  return (
    <div className={styles.example} data-example="validation">
      <CodeBlock language="yaml" title={data.file} highlighted={data.highlighted?.source}>
        {data.source}
      </CodeBlock>
      <p className={styles.arrow}>
        {translate(
          {
            id: "validationExample.intro",
            message: "What @podworks/core reports (podworks validate {file}):",
          },
          { file: data.file },
        )}
      </p>
      <div data-validation-report="" className={styles.report}>
        <CodeBlock
          language="text"
          title={translate({ id: "validationExample.title", message: "Problems" })}
          highlighted={data.highlighted?.report}
        >
          {data.report}
        </CodeBlock>
      </div>
    </div>
  );
}
