import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseSpecs } from "@podworks/core/parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, langFromEnv, run } from "./cli.js";
import { writeFileAtomic } from "./node-io.js";

/** The repository root: example paths in the output stay short and the same on every machine. */
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI_DIR = fileURLToPath(new URL("../", import.meta.url));
const EXAMPLES = ["job.yaml", "cron-job.yaml", "daemon-set.yaml", "stateful-set.yaml"] as const;
const spec = (name: string) => `examples/specs/${name}`;
const fixture = (name: string) => join(CLI_DIR, "src/__fixtures__", name);

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process: files relative to the repository root, an English locale unless told. */
async function podworks(
  argv: string[],
  options: { env?: Record<string, string | undefined>; stdin?: string } = {},
): Promise<Result> {
  let stdout = "";
  let stderr = "";
  let stdinReads = 0;
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => readFileSync(resolve(ROOT, path), "utf8"),
    stat: (path) => {
      try {
        const stats = statSync(resolve(ROOT, path));
        return stats.isDirectory() ? "directory" : stats.isFile() ? "file" : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: (path) => readdirSync(resolve(ROOT, path)),
    readStdin: () => {
      stdinReads += 1;
      if (stdinReads > 1) throw new Error("stdin read twice");
      if (options.stdin === undefined) throw new Error("no stdin in this test");
      return options.stdin;
    },
    writeFileAtomic: (path, text) => writeFileAtomic(resolve(ROOT, path), text),
    env: options.env ?? { LANG: "en_US.UTF-8" },
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

let temp: string;
beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "podworks-cli-"));
});
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe("render", () => {
  for (const name of EXAMPLES) {
    it(`renders ${name} like its golden file`, async () => {
      const result = await podworks(["render", spec(name)]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      await expect(result.stdout).toMatchFileSnapshot(fixture(name));
    });
  }

  it("renders all four examples at once, in order, as one stream", async () => {
    const all = await podworks(["render", ...EXAMPLES.map(spec)]);
    expect(all.code).toBe(0);
    expect(all.stderr).toBe("");
    await expect(all.stdout).toMatchFileSnapshot(fixture("all.yaml"));
    const one = await Promise.all(EXAMPLES.map((name) => podworks(["render", spec(name)])));
    expect(all.stdout).toBe(one.map((result) => result.stdout).join("---\n"));
    // The StatefulSet's headless Service comes before it: 5 objects from 4 specs.
    expect(parseSpecs(all.stdout).specs.map((object) => (object as { kind: string }).kind)).toEqual([
      "Job",
      "CronJob",
      "DaemonSet",
      "Service",
      "StatefulSet",
    ]);
  });

  it("renders JSON with the same objects as the YAML", async () => {
    const json = await podworks(["render", "--format", "json", ...EXAMPLES.map(spec)]);
    expect(json.code).toBe(0);
    const yaml = readFileSync(fixture("all.yaml"), "utf8");
    const list = JSON.parse(json.stdout);
    expect(list).toMatchObject({ apiVersion: "v1", kind: "List" });
    expect(list.items).toEqual(parseSpecs(yaml).specs);
  });

  it("reads standard input for -", async () => {
    const text = readFileSync(join(ROOT, spec("job.yaml")), "utf8");
    const result = await podworks(["render", "-"], { stdin: text });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(fixture("job.yaml"), "utf8"));
  });

  it("reads JSON specs, one or an array", async () => {
    const job = { kind: "Job", name: "hello", containers: [{ name: "c", image: "busybox:1.37" }] };
    const single = await podworks(["render", "-"], { stdin: JSON.stringify(job) });
    const array = await podworks(["render", "-"], { stdin: JSON.stringify([job, { ...job, name: "bye" }]) });
    expect(single.code).toBe(0);
    expect(single.stdout).toContain("name: hello");
    expect(array.code).toBe(0);
    expect(parseSpecs(array.stdout).specs).toHaveLength(2);
  });

  it("prints no YAML when one spec of several is invalid, and lists every problem", async () => {
    const result = await podworks(["render", spec("job.yaml"), spec("invalid.yaml"), spec("cron-job.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('examples/specs/invalid.yaml, document 1, CronJob "Nightly_Report":');
    expect(result.stderr).toMatch(/nothing was rendered: \d+ problems in 1 of 3 files/);
  });

  it("applies --kubernetes-version to validation", async () => {
    // ordinals are on by default from 1.27 (beta) and GA in 1.31.
    const dir = mkdtempSync(join(tmpdir(), "podworks-version-"));
    const file = join(dir, "ordinals.yaml");
    writeFileSync(
      file,
      "kind: StatefulSet\nname: web\nordinals: { start: 1 }\ncontainers: [{ name: web, image: busybox:1.37 }]\n",
    );
    const old = await podworks(["render", file, "--kubernetes-version", "1.26"]);
    expect(old.code).toBe(1);
    expect(old.stdout).toBe("");
    expect(old.stderr).toMatch(/^ {2}\S+ordinals\.yaml:3:11: ordinals: .*1\.27/m);
    const recent = await podworks(["render", file, "--kubernetes-version", "v1.30.4"]);
    expect(recent.code).toBe(0);
  });

  it("refuses two specs that render the same object", async () => {
    const result = await podworks(["render", spec("job.yaml"), spec("job.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(
      'examples/specs/job.yaml:2:1: Job "pi" is defined more than once: examples/specs/job.yaml:2:1; examples/specs/job.yaml:2:1',
    );
  });
});

describe("render --output", () => {
  it("writes the file on success, the same text as standard output", async () => {
    const out = join(temp, "ok.yaml");
    const result = await podworks(["render", spec("job.yaml"), "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote 1 Kubernetes object to ${out}\n`);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(fixture("job.yaml"), "utf8"));
  });

  it("replaces an existing file and keeps its mode", async () => {
    const out = join(temp, "replace.yaml");
    writeFileSync(out, "old\n", { mode: 0o640 });
    const result = await podworks([
      "render",
      spec("daemon-set.yaml"),
      spec("stateful-set.yaml"),
      "--output",
      out,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wrote 3 Kubernetes objects");
    expect(readFileSync(out, "utf8")).toContain("kind: StatefulSet");
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  it("leaves an existing file untouched when a spec is invalid", async () => {
    const out = join(temp, "keep.yaml");
    writeFileSync(out, "keep me\n");
    const result = await podworks(["render", spec("job.yaml"), spec("invalid.yaml"), "-o", out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${out} was not written`);
    expect(readFileSync(out, "utf8")).toBe("keep me\n");
  });

  it("writes nothing when a file is missing", async () => {
    const out = join(temp, "never.yaml");
    const result = await podworks(["render", spec("job.yaml"), "missing.yaml", "-o", out]);
    expect(result.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it("reports an output it cannot write, with exit code 2 and no stray temporary file", async () => {
    const dir = join(temp, "no-such-dir");
    const result = await podworks(["render", spec("job.yaml"), "-o", join(dir, "out.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `cannot write ${dir}/out.yaml: the folder ${dir} does not exist; create it first (mkdir -p ${dir}). Nothing was written\n`,
    );
    expect(existsSync(dir)).toBe(false);
    const ko = await podworks(["render", spec("job.yaml"), "-o", join(dir, "out.yaml"), "--lang", "ko"]);
    expect(ko.stderr).toContain(`${dir} 폴더가 없으니 먼저 만든다`);
    const target = join(temp, "a-directory");
    mkdirSync(target);
    const onDirectory = await podworks(["render", spec("job.yaml"), "-o", target]);
    expect(onDirectory.code).toBe(2);
    expect(onDirectory.stderr).toContain("it is a directory");
    expect(readdirSync(temp).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("treats -o - as standard output", async () => {
    const result = await podworks(["render", spec("job.yaml"), "-o", "-"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(fixture("job.yaml"), "utf8"));
  });
});

describe("validate", () => {
  /** Every problem of invalid.yaml, by path (the first line of each formatted issue). */
  const INVALID_PATHS = [
    "name",
    "schedule",
    "timeZone",
    "restartPolicy",
    "jobTemplate.backoffLimitPerIndex",
    "containers[0].resources.requests.memory",
    "containers[0].volumeMounts[0].name",
  ];
  /** `  file:line:column: path: message`: the paths, in order. */
  const pathsIn = (stderr: string) =>
    stderr
      .split("\n")
      .filter((line) => /^ {2}\S/.test(line))
      .map((line) => line.replace(/^ {2}\S+?:\d+:\d+: /, ""))
      .map((line) => line.slice(0, line.indexOf(": ")));

  it("lists every problem of invalid.yaml in English", async () => {
    const result = await podworks(["validate", spec("invalid.yaml")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const paths = pathsIn(result.stderr);
    for (const path of INVALID_PATHS) expect(paths).toContain(path);
    expect(result.stderr).toContain(
      `examples/specs/invalid.yaml, document 1, CronJob "Nightly_Report": ${paths.length} problems\n`,
    );
    expect(result.stderr).toContain("  examples/specs/invalid.yaml:4:11: schedule: ");
    expect(result.stderr).toContain("  examples/specs/invalid.yaml:3:7: name: ");
    expect(result.stderr).toContain('(got: "0 25 * * 7")');
    expect(result.stderr).toContain('(got: "Local")');
    expect(result.stderr).toContain("    fix: ");
    expect(result.stderr).toMatch(new RegExp(`\\n\\n${paths.length} problems in 1 of 1 file\\n$`));
  });

  it("lists the same problems in Korean", async () => {
    const en = await podworks(["validate", spec("invalid.yaml")]);
    const ko = await podworks(["validate", spec("invalid.yaml"), "--lang", "ko"]);
    expect(ko.code).toBe(1);
    const paths = pathsIn(ko.stderr);
    expect(paths).toEqual(pathsIn(en.stderr));
    for (const path of INVALID_PATHS) expect(paths).toContain(path);
    expect(ko.stderr).toContain(
      `examples/specs/invalid.yaml, 문서 1, CronJob "Nightly_Report": 문제가 ${paths.length}개 있다\n`,
    );
    expect(ko.stderr).toContain('(현재 값: "Local")');
    expect(ko.stderr).toContain("    해결: ");
    expect(ko.stderr).toContain(`파일 1개 중 1개에서 문제를 ${paths.length}개 찾았다`);
    expect(ko.stderr).not.toMatch(/\bfix: |problems?\b/);
  });

  it("prints one summary line for valid specs, however many, and exits 0", async () => {
    const result = await podworks(["validate", ...EXAMPLES.map(spec)]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("OK: 4 specs in 4 files\n");
    const many = Array.from(
      { length: 40 },
      (_, i) =>
        `kind: Job\nname: job-${i}\nttlSecondsAfterFinished: 60\ncontainers: [{ name: c, image: busybox:1.37, resources: { requests: { cpu: 10m } } }]`,
    );
    const big = await podworks(["validate", "-"], { stdin: many.join("\n---\n") });
    expect(big.stdout).toBe("OK: 40 specs in 1 file\n");
    expect(big.stdout).not.toContain("job-1");
    const ko = await podworks(["validate", spec("job.yaml")], { env: { LANG: "ko_KR.UTF-8" } });
    expect(ko.stdout).toBe("문제 없음: 파일 1개, 스펙 1개\n");
  });

  it("reports every file before exiting: unreadable ones win the exit code", async () => {
    const result = await podworks(["validate", spec("invalid.yaml"), "missing.yaml", spec("job.yaml")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("invalid.yaml, document 1");
    expect(result.stderr).toContain("missing.yaml: cannot read file (no such file)");
    expect(result.stderr).toMatch(/in 2 of 3 files\n$/);
  });

  it("shows lint warnings without failing, and fails on them with --strict", async () => {
    const text = "kind: Job\nname: bare\ncontainers: [{ name: c, image: busybox }]\n";
    const plain = await podworks(["validate", "-"], { stdin: text });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('<stdin>, document 1, Job "bare": valid, with 3 warnings');
    expect(plain.stderr).toContain("[lint.image-not-pinned]");
    const strict = await podworks(["validate", "--strict", "-"], { stdin: text });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/--strict: 3 warnings, so the check fails\n$/);
    const ko = await podworks(["validate", "--strict", "--lang", "ko", "-"], { stdin: text });
    expect(ko.stderr).toContain("--strict: 경고가 3개 있어 검사가 실패했다");
    const clean = await podworks(["validate", "--strict", spec("job.yaml")]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe("");
  });

  it("numbers the documents of a multi-document file and names each spec", async () => {
    const text = [
      "kind: Job\nname: good\nttlSecondsAfterFinished: 60\ncontainers: [{ name: c, image: busybox:1.37, resources: { limits: { cpu: 1 } } }]",
      "kind: Job\nname: Bad_Name\ncontainers: [{ name: c, image: busybox:1.37 }]",
      "kind: Jbo\nname: typo",
    ].join("\n---\n");
    const result = await podworks(["validate", "-"], { stdin: text });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('<stdin>, document 2, Job "Bad_Name": 1 problem\n  <stdin>:7:7: name: ');
    expect(result.stderr).toContain('<stdin>, document 3, Jbo "typo": 1 problem\n  <stdin>:10:7: kind: ');
    expect(result.stderr).toContain('use "Job"');
    expect(result.stderr).not.toContain("document 1");
  });

  it("treats a file without specs as a problem", async () => {
    const result = await podworks(["validate", "-"], { stdin: "# only a comment\n" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("<stdin>: no specs found (the file is empty or holds only comments)\n");
  });
});

describe("malformed YAML", () => {
  const broken = "kind: Job\nname: pi\ncontainers:\n  - name: pi\n   image: busybox\n";

  it("is an invalid spec (exit 1) with its line and column, in both languages", async () => {
    const result = await podworks(["validate", "-"], { stdin: broken });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("<stdin>: 1 problem\n");
    expect(result.stderr).toMatch(/line 5, column \d+/);
    const ko = await podworks(["validate", "-", "--lang", "ko"], { stdin: broken });
    expect(ko.code).toBe(1);
    expect(ko.stderr).toContain("<표준 입력>: 문제가 1개 있다\n");
    expect(ko.stderr).toMatch(/5행 \d+열/);
  });

  it("stops render with nothing on standard output", async () => {
    const file = join(temp, "broken.yaml");
    writeFileSync(file, broken);
    const result = await podworks(["render", spec("job.yaml"), file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${file}: 1 problem`);
  });
});

describe("unreadable files", () => {
  it("exits 2 for a missing file, in both languages", async () => {
    const result = await podworks(["render", "missing.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("missing.yaml: cannot read file (no such file)");
    const ko = await podworks(["render", "missing.yaml", "--lang", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain("missing.yaml: 파일을 읽을 수 없다(그런 파일이 없다)");
  });

  it("exits 2 for a folder without spec files and a glob that matches nothing", async () => {
    const empty = mkdtempSync(join(temp, "empty-"));
    writeFileSync(join(empty, "notes.txt"), "not a spec\n");
    const result = await podworks(["validate", empty]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${empty}: no spec files in this folder (looked for .yaml, .yml, .json)`);
    const glob = await podworks(["validate", "examples/specs/*.nothing"]);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain("examples/specs/*.nothing: no file matches this pattern");
  });
});

describe("usage errors", () => {
  it("rejects an unknown option with exit code 2 and a hint", async () => {
    const result = await podworks(["render", spec("job.yaml"), "--ouptut", "x.yaml"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'podworks: unknown option --ouptut (did you mean --output?)\nRun "podworks render --help" for usage.\n',
    );
    const ko = await podworks(["render", spec("job.yaml"), "--ouptut", "x.yaml", "--lang", "ko"]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toBe(
      "podworks: --ouptut 옵션은 없다(--output 옵션을 뜻했는가?)\n사용법은 podworks render --help 명령으로 볼 수 있다.\n",
    );
  });

  it("rejects options of another command and unknown short options", async () => {
    expect((await podworks(["validate", spec("job.yaml"), "-o", "out.yaml"])).code).toBe(2);
    const short = await podworks(["render", spec("job.yaml"), "-x"]);
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("unknown option -x");
  });

  it("rejects bad option values", async () => {
    const cases: [string[], string][] = [
      [["render", spec("job.yaml"), "--format", "xml"], '--format must be one of yaml, json, not "xml"'],
      [["render", spec("job.yaml"), "--output"], "option --output needs a value"],
      [["render", spec("job.yaml"), "-o", "--format", "json"], "option --output needs a value"],
      [["render", spec("job.yaml"), "--help=yes"], "option --help does not take a value"],
      [
        ["validate", spec("job.yaml"), "--kubernetes-version", "2.0"],
        "--kubernetes-version must look like 1.31",
      ],
      [["validate", spec("job.yaml"), "--kubernetes-version", "1.20"], "too old"],
      [["render"], "no input files"],
      [["validate", "--lang", "fr", spec("job.yaml")], '--lang must be one of en, ko, not "fr"'],
    ];
    for (const [argv, message] of cases) {
      const result = await podworks(argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stdout, argv.join(" ")).toBe("");
      expect(result.stderr, argv.join(" ")).toContain(message);
    }
  });

  it("rejects a missing or unknown command", async () => {
    const none = await podworks([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("a command is missing");
    const typo = await podworks(["rendr", "job.yaml"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown command "rendr" (did you mean "render"?)');
    const ko = await podworks(["rendr", "--lang", "ko"]);
    expect(ko.stderr).toContain('"rendr" 명령은 없다("render" 명령을 뜻했는가?)');
  });
});

describe("help, version and language", () => {
  it("prints the help of podworks and of each command", async () => {
    const main = await podworks(["--help"]);
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/Usage:\n {2}podworks render <file\.\.\.> +check the specs/);
    expect(main.stdout).toMatch(
      /\n {2}podworks completion <bash\|zsh\|fish> +print a shell completion script\n/,
    );
    expect(main.stdout).toContain("Exit codes:\n  0   success");
    expect((await podworks(["help"])).stdout).toBe(main.stdout);
    for (const command of ["render", "validate", "explain", "completion"]) {
      const help = await podworks([command, "--help"]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: podworks ${command} `));
      expect(help.stdout).toMatch(/Exit codes[:]/);
      expect((await podworks(["help", command])).stdout).toBe(help.stdout);
    }
    const render = await podworks(["render", "-h"]);
    expect(render.stdout).toContain("--kubernetes-version <1.x>");
    expect(render.stdout).toContain("default: 1.36");
    const explain = await podworks(["explain", "--help"]);
    expect(explain.stdout).not.toContain("--from");
  });

  it("prints the help in Korean", async () => {
    const ko = await podworks(["--help"], { env: { LANG: "ko_KR.UTF-8" } });
    expect(ko.stdout).toMatch(/사용법:\n {2}podworks render <파일\.\.\.> +스펙을 검사하고/);
    expect(ko.stdout).toContain("종료 코드:\n  0   성공");
    const render = await podworks(["render", "--help", "--lang", "ko"]);
    expect(render.stdout).toMatch(/^사용법: podworks render/);
  });

  it("prefers --help over other option problems", async () => {
    const result = await podworks(["render", "--bogus", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: podworks render/);
  });

  it("prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(CLI_DIR, "package.json"), "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-v"]) {
      const result = await podworks([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it("takes the language from LC_ALL, LC_MESSAGES, then LANG", () => {
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LANG: "ko_KR.UTF-8" })).toBe("ko");
    expect(langFromEnv({ LANG: "ko" })).toBe("ko");
    expect(langFromEnv({ LC_MESSAGES: "ko_KR.UTF-8", LANG: "en_US.UTF-8" })).toBe("ko");
    expect(langFromEnv({ LC_ALL: "C", LANG: "ko_KR.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "", LANG: "ko_KR.UTF-8" })).toBe("ko");
    expect(langFromEnv({ LANG: "en_US.UTF-8" })).toBe("en");
  });

  it("lets --lang override the environment", async () => {
    const result = await podworks(["render", "missing.yaml", "--lang", "en"], {
      env: { LANG: "ko_KR.UTF-8" },
    });
    expect(result.stderr).toContain("cannot read file");
  });
});

describe("explain", () => {
  const FROM = "2025-01-01T00:00:00Z";

  it("describes a schedule and its next runs in English", async () => {
    const result = await podworks(["explain", "0 3 * * *", "--time-zone", "Asia/Seoul", "--from", FROM]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 2)).toEqual(["Schedule: 0 3 * * *", "Time zone: Asia/Seoul"]);
    expect(lines[3]).toBe("Next 5 runs:");
    // 03:00 in Seoul (UTC+9) is 18:00 UTC the day before.
    expect(lines[4]).toMatch(/^ {2}2025-01-01T18:00:00(\.000)?Z {2}/);
    expect(lines[8]).toMatch(/^ {2}2025-01-05T18:00:00(\.000)?Z {2}/);
    await expect(result.stdout).toMatchFileSnapshot(fixture("explain.en.txt"));
  });

  it("describes a schedule in Korean", async () => {
    const result = await podworks([
      "explain",
      "30 9 * * 1-5",
      "--time-zone",
      "Asia/Seoul",
      "--count",
      "3",
      "--from",
      FROM,
      "--lang",
      "ko",
    ]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 2)).toEqual(["스케줄: 30 9 * * 1-5", "시간대: Asia/Seoul"]);
    expect(lines[2]).toMatch(/^뜻: .*[가-힣]/);
    expect(lines[3]).toBe("다음 실행 시각 3개");
    // 2025-01-01 was a Wednesday: the first run is 09:30 that day in Seoul, 00:30 UTC.
    expect(lines[4]).toMatch(/^ {2}2025-01-01T00:30:00(\.000)?Z {2}/);
    expect(lines).toHaveLength(8);
    await expect(result.stdout).toMatchFileSnapshot(fixture("explain.ko.txt"));
  });

  it("reports an invalid schedule and time zone with exit code 1", async () => {
    const result = await podworks(["explain", "0 25 * * 7", "--time-zone", "Mars/Olympus"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^cannot explain "0 25 \* \* 7": 2 problems\n {2}schedule: /);
    expect(result.stderr).toContain("\n  --time-zone: ");
    const ko = await podworks(["explain", "0 25 * * 7", "--lang", "ko"]);
    expect(ko.code).toBe(1);
    expect(ko.stderr).toMatch(/^"0 25 \* \* 7" 스케줄에 문제가 1개 있다\n {2}schedule: /);
    expect(ko.stderr).toContain("    해결: ");
  });

  it("rejects bad arguments with exit code 2", async () => {
    const cases: [string[], string][] = [
      [["explain"], "no schedule"],
      [["explain", "0", "3", "*", "*", "*"], "expected one schedule but got 5 arguments"],
      [["explain", "@daily", "--count", "0"], "--count must be a whole number from 1 to 100"],
      [["explain", "@daily", "--count", "2.5"], "--count must be a whole number"],
      [["explain", "@daily", "--from", "yesterday"], "--from must be a date and time"],
    ];
    for (const [argv, message] of cases) {
      const result = await podworks(argv);
      expect(result.code, argv.join(" ")).toBe(2);
      expect(result.stderr, argv.join(" ")).toContain(message);
    }
  });
});

describe("writeFileAtomic", () => {
  it("leaves no temporary file behind, on success or failure", () => {
    const dir = mkdtempSync(join(temp, "atomic-"));
    const file = join(dir, "out.txt");
    writeFileAtomic(file, "one\n");
    writeFileAtomic(file, "two\n");
    expect(readFileSync(file, "utf8")).toBe("two\n");
    mkdirSync(join(dir, "sub"));
    expect(() => writeFileAtomic(join(dir, "sub"), "three\n")).toThrow();
    expect(readdirSync(dir).sort()).toEqual(["out.txt", "sub"]);
  });
});

describe("the built command", () => {
  const main = join(CLI_DIR, "dist/main.js");

  it("runs with node: --version and a render of job.yaml", () => {
    if (!existsSync(main)) {
      throw new Error(
        `${main} does not exist: build first with "pnpm --filter @podworks/cli... build" (the root "pnpm test" runs "turbo run build" before vitest)`,
      );
    }
    expect(readFileSync(main, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const options = { cwd: ROOT, encoding: "utf8", env: { ...process.env, LC_ALL: "C" } } as const;
    const version = spawnSync(process.execPath, [main, "--version"], options);
    expect(version.stderr).toBe("");
    expect(version.status).toBe(0);
    const { version: expected } = JSON.parse(readFileSync(join(CLI_DIR, "package.json"), "utf8")) as {
      version: string;
    };
    expect(version.stdout).toBe(`${expected}\n`);
    const rendered = spawnSync(process.execPath, [main, "render", spec("job.yaml")], options);
    expect(rendered.stderr).toBe("");
    expect(rendered.status).toBe(0);
    expect(rendered.stdout).toBe(readFileSync(fixture("job.yaml"), "utf8"));
  });
});
