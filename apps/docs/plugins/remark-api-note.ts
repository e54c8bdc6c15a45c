/**
 * A remark plugin for the API reference's pages on the Korean site: the pages are generated from the English TSDoc
 * comments, so each one opens with a note, in Korean, that its text is in English. The Korean overview page is
 * written in Korean (i18n/ko/docusaurus-plugin-content-docs-api/current/index.md) and says so itself.
 */

interface Node {
  type: string;
  depth?: number;
  value?: string;
  children?: Node[];
}

interface File {
  path?: string;
}

/** The note, as Markdown would parse `> text`. */
export const KOREAN_NOTE =
  "이 페이지는 소스 코드의 TSDoc 주석에서 생성하므로 본문이 영어로 되어 있다. 필드마다의 한국어 설명은 워크로드별 페이지의 필드 표에 있다.";

/** `locale` is the locale being built (Docusaurus sets `DOCUSAURUS_CURRENT_LOCALE` before it loads the config). */
export default function remarkApiNote(options: { locale?: string | undefined }) {
  return (tree: Node, file: File) => {
    if (options.locale !== "ko") return;
    // A page translated by hand (under i18n/ko/) is Korean already.
    if (file.path !== undefined && /[\\/]i18n[\\/]ko[\\/]/.test(file.path)) return;
    const note: Node = {
      type: "blockquote",
      children: [{ type: "paragraph", children: [{ type: "text", value: KOREAN_NOTE }] }],
    };
    // Under the page's title, when it has one.
    const children = tree.children ?? [];
    const at = children[0]?.type === "heading" && children[0].depth === 1 ? 1 : 0;
    tree.children = [...children.slice(0, at), note, ...children.slice(at)];
  };
}
