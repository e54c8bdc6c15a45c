import { translate } from "@docusaurus/Translate";
import CodeBlock from "@theme/CodeBlock";
import TabItem from "@theme/TabItem";
import Tabs from "@theme/Tabs";
import type { ReactNode } from "react";
import type { SpecExampleData } from "../lib/example-data";
import styles from "./examples.module.css";
import { readPayload } from "./payload";

export interface SpecExampleProps {
  /** In MDX: a fenced yaml block with one or more podworks specs, as a spec file would hold them. */
  readonly children?: ReactNode;
  /** File name shown above the spec. */
  readonly file?: string;
  /**
   * Paths into the rendered YAML to fold it to, separated by commas (`spec.template.spec.volumes`); the full
   * manifest then sits in a disclosure below the excerpt.
   */
  readonly show?: string;
  /** Target cluster version passed to core. */
  readonly kubernetesVersion?: string;
  /** Added at build time by plugins/remark-podworks.ts: JSON of {@link SpecExampleData}. */
  readonly payload?: string;
}

/**
 * A worked example: the spec (as a YAML spec file and as TypeScript) and the Kubernetes YAML that core renders
 * from it. Core renders it while the site is built; an invalid spec fails the build.
 */
export default function SpecExample({ payload }: SpecExampleProps): ReactNode {
  const data = readPayload<SpecExampleData>("SpecExample", payload);
  return (
    <div className={styles.example} data-example="spec">
      <Tabs groupId="spec-language">
        <TabItem value="yaml" label={translate({ id: "specExample.tab.yaml", message: "Spec (YAML)" })}>
          <CodeBlock language="yaml" title={data.file} highlighted={data.highlighted?.source}>
            {data.source}
          </CodeBlock>
        </TabItem>
        <TabItem value="ts" label={translate({ id: "specExample.tab.ts", message: "TypeScript" })}>
          <CodeBlock
            language="ts"
            title={data.file.replace(/\.ya?ml$/, ".ts")}
            highlighted={data.highlighted?.typescript}
          >
            {data.typescript}
          </CodeBlock>
        </TabItem>
      </Tabs>
      <p className={styles.arrow}>
        {translate(
          { id: "specExample.rendered", message: "Rendered by @podworks/core (podworks render {file}):" },
          { file: data.file },
        )}
      </p>
      {data.fold === undefined ? (
        <FullManifest yaml={data.yaml} highlighted={data.highlighted?.yaml} />
      ) : (
        <>
          <div data-folded-yaml={data.fold.paths.join(",")}>
            <CodeBlock
              language="yaml"
              title={translate({
                id: "specExample.excerpt",
                message: "Kubernetes YAML (excerpt)",
                description: "Title of a rendered manifest folded to the part a section talks about",
              })}
              highlighted={data.highlighted?.excerpt}
            >
              {data.fold.excerpt}
            </CodeBlock>
          </div>
          <details className={styles.full} data-full-manifest="">
            <summary>
              {translate(
                {
                  id: "specExample.showFull",
                  message: "Show the full manifest ({lines} lines)",
                  description:
                    "The disclosure under a folded example; {lines} is the full manifest's line count",
                },
                { lines: data.fold.lines },
              )}
            </summary>
            <FullManifest yaml={data.yaml} highlighted={data.highlighted?.yaml} />
          </details>
        </>
      )}
    </div>
  );
}

/** The whole rendered YAML, as `podworks render` prints it. */
function FullManifest({
  yaml,
  highlighted,
}: {
  readonly yaml: string;
  readonly highlighted: string | undefined;
}): ReactNode {
  return (
    <div data-rendered-yaml="">
      <CodeBlock
        language="yaml"
        title={translate({ id: "specExample.manifest", message: "Kubernetes YAML" })}
        highlighted={highlighted}
      >
        {yaml}
      </CodeBlock>
    </div>
  );
}
