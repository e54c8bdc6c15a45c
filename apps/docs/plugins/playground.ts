/**
 * The playground's route, with what it needs from core computed while the site is built (src/components/playground/
 * data.ts) for the locale being built, and handed to the page as a JSON module of that route only. The page then
 * opens with its template checked and highlighted, and its own code holds none of core (which runs in a worker).
 */
import type { LoadContext, Plugin } from "@docusaurus/types";
import { playgroundData } from "../src/components/playground/data";
import { siteLang } from "../src/lib/lang";

export default function playground(context: LoadContext): Plugin {
  return {
    name: "podworks-playground",
    async contentLoaded({ actions }) {
      const data = playgroundData(siteLang(context.i18n.currentLocale));
      const path = await actions.createData("playground.json", JSON.stringify(data));
      actions.addRoute({
        // baseUrl ends with a slash: "/" or "/ko/".
        path: `${context.baseUrl}playground`,
        component: "@site/src/components/playground/Playground.tsx",
        modules: { data: path },
        exact: true,
      });
    },
  };
}
