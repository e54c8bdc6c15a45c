/**
 * The theme's Layout, plus a `<main>` landmark around the search page's content: the offline search plugin's page
 * renders into Layout without one (axe: landmark-one-main, region), while every other page brings its own.
 */
import useRouteContext from "@docusaurus/useRouteContext";
import Layout from "@theme-original/Layout";
import type { ComponentProps, ReactNode } from "react";

const SEARCH_PLUGIN = "@easyops-cn/docusaurus-search-local";

export default function LayoutWrapper(props: ComponentProps<typeof Layout>): ReactNode {
  const { plugin } = useRouteContext();
  if (plugin.name !== SEARCH_PLUGIN) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}
