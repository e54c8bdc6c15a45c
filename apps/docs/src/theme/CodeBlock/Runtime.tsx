/**
 * The theme's own CodeBlock with Prism and the site's extra languages, for blocks the build could not highlight
 * (the playground's output). Loaded on first use by src/theme/CodeBlock, so content pages never download it.
 */
import type { Props } from "@theme/CodeBlock";
import prismIncludeLanguages from "@theme/prism-include-languages";
import CodeBlock from "@theme-original/CodeBlock";
import { Prism } from "prism-react-renderer";
import type { ReactNode } from "react";

prismIncludeLanguages(Prism);

export default CodeBlock as (props: Props) => ReactNode;
