/**
 * docusaurus-plugin-typedoc with the API reference's options (plugins/api-reference.ts) and the site's own folder,
 * so the paths do not depend on the folder the build is started from.
 */
import type { LoadContext, Plugin } from "@docusaurus/types";
import pluginTypedoc from "docusaurus-plugin-typedoc";
import { typedocOptions } from "./api-reference";

export default async function apiTypedoc(context: LoadContext): Promise<Plugin> {
  return pluginTypedoc(context, typedocOptions(context.siteDir)) as Promise<Plugin>;
}
