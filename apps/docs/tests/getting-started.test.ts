/**
 * The getting-started page's Pulumi programs (English and Korean) and the READMEs that show them are the files in
 * apps/docs/snippets/getting-started, word for word. Those files are the ones e2e/pulumi runs: the TypeScript,
 * Pulumi YAML and Python programs are previewed on the real engine (getting-started.e2e.test.ts), the Go program is
 * compiled and vetted against the generated Go SDK and the C# one checked against the generated C# SDK
 * (sdks.e2e.test.ts). So a sample on the page that drifts from the tested file fails here, and a file that stops
 * working fails there. The error output the page quotes is core's message and fix, in the page's languages.
 */
import { readFileSync } from "node:fs";
import { validate } from "@podworks/core";
import { describe, expect, it } from "vitest";

const root = new URL("../../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");
const snippets = "apps/docs/snippets/getting-started/";

/** The tabs of the program, in the page's order, with the fence's language and title and the file it must equal. */
const PROGRAMS = [
  { value: "typescript", lang: "ts", title: "index.ts", file: "typescript/index.ts" },
  { value: "python", lang: "python", title: "__main__.py", file: "python/__main__.py" },
  { value: "go", lang: "go", title: "main.go", file: "go/main.go" },
  { value: "csharp", lang: "csharp", title: "Program.cs", file: "csharp/Program.cs" },
  { value: "yaml", lang: "yaml", title: "Pulumi.yaml", file: "yaml/Pulumi.yaml" },
] as const;

const PAGES = {
  en: "apps/docs/docs/getting-started.mdx",
  ko: "apps/docs/i18n/ko/docusaurus-plugin-content-docs/current/getting-started.mdx",
} as const;

interface Fence {
  lang: string;
  meta: string;
  code: string;
}

function fences(text: string): Fence[] {
  return [...text.matchAll(/^```(\w*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1]!,
    meta: m[2]!.trim(),
    code: m[3]!,
  }));
}

/** The `<Tabs groupId="pulumi-language">` blocks of a page: for each, its TabItems' values and contents. */
function languageTabs(page: string): { value: string; label: string; body: string }[][] {
  const blocks = [...page.matchAll(/<Tabs groupId="pulumi-language">([\s\S]*?)<\/Tabs>/g)];
  return blocks.map((block) =>
    [...block[1]!.matchAll(/<TabItem value="(\w+)" label="([^"]+)">([\s\S]*?)<\/TabItem>/g)].map((m) => ({
      value: m[1]!,
      label: m[2]!,
      body: m[3]!,
    })),
  );
}

/** The one spec problem the page quotes: `replicas: -1` in the StatefulSet of the programs. */
const issue = validate({
  kind: "StatefulSet",
  name: "web",
  replicas: -1,
  containers: [{ name: "web", image: "busybox:1.37" }],
}).issues.find((i) => i.severity === "error")!;

describe.each(Object.entries(PAGES))("getting-started (%s)", (lang, path) => {
  const page = read(path);
  const tabs = languageTabs(page);

  it("has the install tabs and the program tabs, one per language, grouped so a choice applies to both", () => {
    expect(tabs).toHaveLength(2);
    for (const group of tabs) {
      expect(group.map((t) => t.value)).toEqual(PROGRAMS.map((p) => p.value));
      expect(group.map((t) => t.label)).toEqual(["TypeScript", "Python", "Go", "C#", "Pulumi YAML"]);
    }
  });

  it("shows each language's program exactly as the tested file", () => {
    const programs = tabs[1]!;
    for (const [i, program] of PROGRAMS.entries()) {
      const [fence, ...more] = fences(programs[i]!.body);
      expect(more, program.value).toEqual([]);
      expect(fence?.lang, program.value).toBe(program.lang);
      expect(fence?.meta, program.value).toBe(`title="${program.title}"`);
      expect(fence?.code, program.value).toBe(read(snippets + program.file));
    }
  });

  it("adds the provider from the path the Pulumi YAML program names in `packages:`", () => {
    const yamlPath = /^ {2}podworks: (\S+)$/m.exec(read(`${snippets}yaml/Pulumi.yaml`))?.[1];
    expect(yamlPath).toBe("../podworks/packages/pulumi/provider");
    const install = tabs[0]!;
    expect(fences(install[0]!.body)[0]?.code).toMatch(/^npm install @podworks\/pulumi /);
    for (const tab of install.slice(1)) {
      expect(fences(tab.body).map((f) => f.code)).toEqual([`pulumi package add ${yamlPath}\n`]);
    }
  });

  it("quotes core's report for replicas -1, in English and in Korean", () => {
    const text = fences(page)
      .filter((f) => f.lang === "text")
      .map((f) => f.code);
    const english = text.find((t) => t.includes(issue.message.en));
    const korean = text.find((t) => t.includes(issue.message.ko));
    expect(english, lang).toContain(`${issue.message.en} [${issue.rule}] fix: ${issue.fix.en}`);
    expect(korean, lang).toContain(`${issue.message.ko} [${issue.rule}] 해결: ${issue.fix.ko}`);
    expect(english).toContain(`property spec.${issue.path} with value -1`);
  });
});

describe("the READMEs", () => {
  const files = new Set(PROGRAMS.map((p) => read(snippets + p.file)));
  it("README.md's Pulumi TypeScript program is the page's", () => {
    const shown = fences(read("README.md")).filter(
      (f) => f.lang === "ts" && f.code.includes('from "@podworks/pulumi"'),
    );
    expect(shown.map((f) => f.code)).toEqual([read(`${snippets}typescript/index.ts`)]);
  });

  it.each(["README.md", "packages/pulumi/README.md"])(
    "%s shows the programs of the page, unchanged",
    (path) => {
      const shown = fences(read(path)).filter(
        (f) =>
          ["python", "go", "csharp"].includes(f.lang) ||
          (f.lang === "yaml" && f.code.includes("runtime: yaml")),
      );
      expect(shown.length, path).toBeGreaterThanOrEqual(path === "README.md" ? 2 : 4);
      for (const fence of shown) expect(files.has(fence.code), `${path}: a ${fence.lang} program`).toBe(true);
    },
  );
});
