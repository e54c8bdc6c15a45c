/**
 * A remark plugin that runs @podworks/core while the site is built: it finds the podworks components in each MDX
 * page (<SpecExample>, <ValidationExample>, <CronExample>, <FieldTable>), computes what they show (the rendered
 * YAML (folded to the paths named by `show`, with the full manifest one click away), core's report in the page's
 * language, a schedule's next runs, the field rows) and passes it to them as a
 * JSON `payload` attribute. The components only lay the data out, so content pages ship no validator or renderer.
 * `<FieldVersion field="...">` in running text becomes the release a field needs, from the catalogue.
 * An example spec that core does not accept (or a broken one that core accepts) fails the build.
 */
import type { KubernetesVersion, SectionName } from "@podworks/core";
import { CATALOGUE } from "@podworks/core";
import { cronExampleData, specExampleData, validationExampleData } from "../src/lib/example-data";
import { fieldTable } from "../src/lib/field-rows";
import { fieldVersionText } from "../src/lib/field-version";
import type { SiteLang } from "../src/lib/lang";
import { highlight } from "./code-highlight";

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  attributes?: Attribute[];
  children?: Node[];
}

interface File {
  path?: string;
  history?: string[];
}

/** The page's language, from where its file lives: Korean pages are under `i18n/ko/`. */
export function langOfFile(path: string): SiteLang {
  return /[\\/]i18n[\\/]ko[\\/]/.test(path) ? "ko" : "en";
}

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === "mdxJsxAttribute" && a.name === name);
  if (found === undefined) return undefined;
  if (typeof found.value !== "string") {
    throw new Error(`<${node.name}> needs \`${name}\` as a plain string ("..."), not an expression`);
  }
  return found.value;
}

/** The fenced yaml block inside an example component. */
function fencedSpec(node: Node, where: string): string {
  const code = node.children?.find((child) => child.type === "code");
  if (code?.value === undefined || (code.lang !== "yaml" && code.lang !== "yml")) {
    throw new Error(`${where}: <${node.name}> needs a fenced \`yaml\` block with the spec as its child`);
  }
  return code.value.trim();
}

/**
 * The paths a SpecExample's rendered YAML is folded to: `show="..."` on the component, or `show=...` in the
 * fence's meta (```yaml show=spec.template.spec.volumes). Several paths are separated by commas.
 */
function showOption(node: Node, where: string): string | undefined {
  const onElement = attribute(node, "show");
  const code = node.children?.find((child) => child.type === "code");
  const inMeta = /(?:^|\s)show=(?:"([^"]*)"|(\S+))/.exec(code?.meta ?? "");
  const fromMeta = inMeta === null ? undefined : (inMeta[1] ?? inMeta[2]);
  if (onElement !== undefined && fromMeta !== undefined) {
    throw new Error(
      `${where}: <${node.name}> has \`show\` both as an attribute and in the fence's meta; keep one`,
    );
  }
  return onElement ?? fromMeta;
}

function setPayload(node: Node, payload: unknown): void {
  node.attributes = [
    ...(node.attributes ?? []).filter((a) => a.name !== "payload"),
    { type: "mdxJsxAttribute", name: "payload", value: JSON.stringify(payload) },
  ];
  // The spec now travels in the payload; the fence would only be shipped twice.
  node.children = [];
}

const SECTIONS = new Set<string>(CATALOGUE.map((s) => s.name));

/** Replaces every podworks component's input with the data core computes for it, in the page's language. */
export function transformPage(tree: Node, path: string): void {
  const lang = langOfFile(path);
  // Nested sections already shown on this page: each gets one table, however many fields use it.
  const seen = new Set<string>();
  const visit = (node: Node) => {
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      const where = path;
      const version = attribute(node, "kubernetesVersion") as KubernetesVersion | undefined;
      switch (node.name) {
        case "SpecExample": {
          const data = specExampleData(
            fencedSpec(node, where),
            attribute(node, "file"),
            version,
            showOption(node, where),
          );
          // Highlighted here too, so the page's code blocks need no Prism in the browser.
          setPayload(node, {
            ...data,
            highlighted: {
              source: highlight(data.source, "yaml"),
              typescript: highlight(data.typescript, "ts"),
              yaml: highlight(data.yaml, "yaml"),
              ...(data.fold === undefined ? {} : { excerpt: highlight(data.fold.excerpt, "yaml") }),
            },
          });
          return;
        }
        case "ValidationExample": {
          const data = validationExampleData(fencedSpec(node, where), attribute(node, "file"), lang, version);
          setPayload(node, {
            ...data,
            highlighted: { source: highlight(data.source, "yaml"), report: highlight(data.report, "text") },
          });
          return;
        }
        case "CronExample": {
          const schedule = attribute(node, "schedule");
          if (schedule === undefined) throw new Error(`${where}: <CronExample> needs a \`schedule\``);
          const count = attribute(node, "count");
          setPayload(
            node,
            cronExampleData(
              schedule,
              {
                timeZone: attribute(node, "timeZone"),
                count: count === undefined ? undefined : Number(count),
                from: attribute(node, "from"),
              },
              lang,
            ),
          );
          return;
        }
        case "FieldTable": {
          const name = attribute(node, "section");
          if (name === undefined || !SECTIONS.has(name)) {
            throw new Error(`${where}: <FieldTable section="${name}"> names no catalogue section`);
          }
          setPayload(node, fieldTable(name as SectionName, lang, seen));
          return;
        }
      }
    }
    if (node.children === undefined) return;
    node.children = node.children.map((child) => {
      // `<FieldVersion field="job.successPolicy" />` becomes plain text: the version core's catalogue gives.
      if (child.type === "mdxJsxTextElement" && child.name === "FieldVersion") {
        const field = attribute(child, "field");
        if (field === undefined) throw new Error(`${path}: <FieldVersion> needs a \`field\` (section.field)`);
        return { type: "text", value: fieldVersionText(field, lang) };
      }
      visit(child);
      return child;
    });
  };
  visit(tree);
}

export default function remarkPodworks() {
  return (tree: Node, file: File) => {
    transformPage(tree, file.path ?? file.history?.at(-1) ?? "");
  };
}
