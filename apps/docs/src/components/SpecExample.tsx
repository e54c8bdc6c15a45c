import { translate } from "@docusaurus/Translate";
import type { KubernetesVersion } from "@podworks/core";
import CodeBlock from "@theme/CodeBlock";
import TabItem from "@theme/TabItem";
import Tabs from "@theme/Tabs";
import type { ReactNode } from "react";
import { childrenText } from "../lib/children-text";
import { checkSpecs, renderExample, typescriptFor } from "../lib/specs";
import styles from "./examples.module.css";

export interface SpecExampleProps {
  /** One or more podworks specs in YAML, as a spec file would hold them: a fenced yaml block as children. */
  readonly children: ReactNode;
  /** File name shown above the spec. */
  readonly file?: string;
  /** Target cluster version passed to core. */
  readonly kubernetesVersion?: KubernetesVersion;
}

/**
 * A worked example: the spec (as a YAML spec file and as TypeScript) and the Kubernetes YAML that core renders
 * from it. The rendering happens while the site is built; an invalid spec fails the build.
 */
export default function SpecExample({ children, file, kubernetesVersion }: SpecExampleProps): ReactNode {
  const source = childrenText(children).trim();
  const yaml = renderExample(source, kubernetesVersion);
  const typescript = typescriptFor(checkSpecs(source, kubernetesVersion).specs);
  const name = file ?? "spec.yaml";
  return (
    <div className={styles.example} data-example="spec">
      <Tabs groupId="spec-language">
        <TabItem value="yaml" label={translate({ id: "specExample.tab.yaml", message: "Spec (YAML)" })}>
          <CodeBlock language="yaml" title={name}>
            {source}
          </CodeBlock>
        </TabItem>
        <TabItem value="ts" label={translate({ id: "specExample.tab.ts", message: "TypeScript" })}>
          <CodeBlock language="ts" title={name.replace(/\.ya?ml$/, ".ts")}>
            {typescript}
          </CodeBlock>
        </TabItem>
      </Tabs>
      <p className={styles.arrow}>
        {translate(
          { id: "specExample.rendered", message: "Rendered by @podworks/core (podworks render {file}):" },
          { file: name },
        )}
      </p>
      <div data-rendered-yaml="">
        <CodeBlock
          language="yaml"
          title={translate({ id: "specExample.manifest", message: "Kubernetes YAML" })}
        >
          {yaml}
        </CodeBlock>
      </div>
    </div>
  );
}
