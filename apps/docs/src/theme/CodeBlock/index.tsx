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
  parseCodeBlockTitle,
  parseLanguage,
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
  type RefObject,
  Suspense,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
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
 * Whether a block shows its copy and word-wrap buttons yet: from the moment the reader points at it, touches it or
 * focuses it (the buttons are drawn on hover and focus only, as in the theme, so nothing shows any sooner). The
 * theme mounts every block's buttons in the render that follows hydration, one long task on a page with dozens of
 * blocks (66 on the StatefulSet page); mounted one by one at idle time, each still cost a style recalculation and a
 * layout of the page inside the window in which Lighthouse counts blocking time.
 */
function useButtons(): readonly [boolean, () => void] {
  const [shown, setShown] = useState(false);
  const show = useCallback(() => setShown(true), []);
  return [shown, show];
}

type StaticProps = Omit<Props, "children"> & { readonly code: string; readonly highlighted: string };

/**
 * The copy and word-wrap buttons of one static block, with the theme's block metadata and word-wrap state. Kept out
 * of the block itself because the theme's word-wrap hook measures the block (`scrollWidth`) as it mounts: in every
 * block at hydration, that forced the browser to lay the whole page out again inside the hydration task, once per
 * block; mounted with the buttons, each block is measured on its own, when the browser is idle.
 */
function BlockButtons({
  pre,
  code,
  className,
  metastring,
  title,
  language,
  showLineNumbers,
}: Omit<StaticProps, "highlighted"> & { readonly pre: RefObject<HTMLPreElement | null> }): ReactNode {
  const { prism } = useThemeConfig();
  const metadata = useMemo(
    () =>
      createCodeBlockMetadata({
        code,
        className,
        metastring,
        magicComments: prism.magicComments,
        defaultLanguage: prism.defaultLanguage,
        language,
        title,
        showLineNumbers,
      }),
    [code, className, metastring, prism, language, title, showLineNumbers],
  );
  const wordWrap = useCodeWordWrap();
  // The hook reads the block through its own ref; point it at this block's <pre> before its effects measure it
  // (layout effects run before the hook's effects).
  useLayoutEffect(() => {
    (wordWrap.codeBlockRef as { current: HTMLPreElement | null }).current = pre.current;
  }, [wordWrap.codeBlockRef, pre]);
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Buttons />
    </CodeBlockContextProvider>
  );
}

function StaticCodeBlock(props: StaticProps): ReactNode {
  const { highlighted, className, metastring, title, language } = props;
  const { prism } = useThemeConfig();
  // What the theme's metadata would give for a block the build highlighted (no magic comments, no line numbers:
  // see plugins/code-highlight.ts), without parsing its lines as it renders.
  const lang = (language ?? parseLanguage(className) ?? prism.defaultLanguage)?.toLowerCase() ?? "text";
  const blockTitle = parseCodeBlockTitle(metastring) || title;
  const pre = useRef<HTMLPreElement>(null);
  const [buttons, showButtons] = useButtons();
  const { highlighted: _html, ...rest } = props;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the handlers only mount the buttons sooner; the block itself does nothing on them
    <div
      className={clsx(
        styles.container,
        ThemeClassNames.common.codeBlock,
        className,
        !className?.includes(`language-${lang}`) && `language-${lang}`,
      )}
      onPointerEnter={showButtons}
      onFocus={showButtons}
    >
      {blockTitle && (
        <div className={styles.title}>
          <Title>{blockTitle}</Title>
        </div>
      )}
      <div className={styles.content}>
        <pre
          ref={pre}
          // A block wider than the page scrolls, so it must be reachable by keyboard (as in the theme).
          // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable region
          tabIndex={0}
          className={clsx("prism-code", `language-${lang}`, styles.pre, "thin-scrollbar")}
        >
          <code
            className={clsx(HIGHLIGHT_CLASS, styles.lines)}
            // Built from escaped text and Prism's token types by src/lib/highlight.ts, at build time.
            // biome-ignore lint/security/noDangerouslySetInnerHtml: static HTML made by the build
            dangerouslySetInnerHTML={{ __html: highlighted }}
          />
        </pre>
        {buttons && <BlockButtons {...rest} pre={pre} />}
      </div>
    </div>
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
