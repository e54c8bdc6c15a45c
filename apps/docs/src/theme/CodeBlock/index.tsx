/**
 * The theme's CodeBlock, without Prism in the browser: a block whose HTML was highlighted while the site was built
 * (`highlighted`, from plugins/code-highlight.ts: fenced blocks in MDX, the examples' payloads) is put in place as it
 * is, so hydrating a page costs one element per block, not one per token, and no block is tokenized twice (the
 * theme's own CodeBlock renders every block again after hydration to switch to the dark theme; here both themes
 * are CSS). The title, copy and word-wrap buttons are the theme's. A block without that HTML (the playground's
 * output, which changes as one types) is drawn by the theme's CodeBlock, loaded with Prism on first use.
 */

import { ThemeClassNames, useThemeConfig } from "@docusaurus/theme-common";
import {
  CodeBlockContextProvider,
  createCodeBlockMetadata,
  useCodeWordWrap,
} from "@docusaurus/theme-common/internal";
import type { Props } from "@theme/CodeBlock";
import Buttons from "@theme/CodeBlock/Buttons";
import Title from "@theme/CodeBlock/Title";
import clsx from "clsx";
import {
  Children,
  isValidElement,
  lazy,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useState,
} from "react";
import { HIGHLIGHT_CLASS } from "../../lib/highlight";
import styles from "./styles.module.css";

const RuntimeCodeBlock = lazy(() => import("./Runtime"));

/** The children as one string when they are text only (as the theme does, so the copy button has the code). */
function textOf(children: ReactNode): string | undefined {
  const parts = Children.toArray(children);
  if (parts.some((part) => isValidElement(part))) return undefined;
  return parts.join("");
}

/**
 * Whether a block shows its copy and word-wrap buttons yet. The theme mounts every block's buttons in the render that
 * follows hydration, one long task on a page with dozens of blocks (66 on the StatefulSet page); here each block
 * mounts its own when the browser is idle, or at once when the reader points at it or focuses it (the buttons are
 * drawn on hover and focus only, as in the theme).
 */
function useButtons(): readonly [boolean, () => void] {
  const [shown, setShown] = useState(false);
  const show = useCallback(() => setShown(true), []);
  useEffect(() => {
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(show, { timeout: 3000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(show, 200);
    return () => window.clearTimeout(id);
  }, [show]);
  return [shown, show];
}

function StaticCodeBlock({
  code,
  highlighted,
  className,
  metastring,
  title,
  language,
  showLineNumbers,
}: Omit<Props, "children"> & { readonly code: string; readonly highlighted: string }): ReactNode {
  const { prism } = useThemeConfig();
  const metadata = createCodeBlockMetadata({
    code,
    className,
    metastring,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language,
    title,
    showLineNumbers,
  });
  const wordWrap = useCodeWordWrap();
  const [buttons, showButtons] = useButtons();
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the handlers only mount the buttons sooner; the block itself does nothing on them */}
      <div
        className={clsx(styles.container, ThemeClassNames.common.codeBlock, metadata.className)}
        onPointerEnter={showButtons}
        onFocus={showButtons}
      >
        {metadata.title && (
          <div className={styles.title}>
            <Title>{metadata.title}</Title>
          </div>
        )}
        <div className={styles.content}>
          <pre
            ref={wordWrap.codeBlockRef}
            // A block wider than the page scrolls, so it must be reachable by keyboard (as in the theme).
            // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region
            tabIndex={0}
            className={clsx("prism-code", `language-${metadata.language}`, styles.pre, "thin-scrollbar")}
          >
            <code
              className={clsx(HIGHLIGHT_CLASS, styles.lines)}
              // Built from escaped text and Prism's token types by src/lib/highlight.ts, at build time.
              // biome-ignore lint/security/noDangerouslySetInnerHtml: static HTML made by the build
              dangerouslySetInnerHTML={{ __html: highlighted }}
            />
          </pre>
          {buttons && <Buttons />}
        </div>
      </div>
    </CodeBlockContextProvider>
  );
}

export default function CodeBlock({ children, highlighted, ...props }: Props): ReactNode {
  const code = textOf(children);
  if (highlighted !== undefined && code !== undefined) {
    return <StaticCodeBlock {...props} code={code} highlighted={highlighted} />;
  }
  return (
    <Suspense
      fallback={
        <pre className={clsx(styles.pre, styles.pending)}>
          <code className={styles.lines}>{children}</code>
        </pre>
      }
    >
      <RuntimeCodeBlock {...props}>{children}</RuntimeCodeBlock>
    </Suspense>
  );
}
