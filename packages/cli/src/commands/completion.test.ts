import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { podworks } from "../__tests__/run.js";

/** Sources the bash script and asks it to complete `words` (the last one is the word being typed). */
function bashComplete(script: string, words: string[]): string[] {
  const program = `${script}
COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")})
COMP_CWORD=${words.length - 1}
_podworks
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const result = spawnSync("bash", ["--norc", "--noprofile", "-c", program], { encoding: "utf8" });
  expect(result.stderr).toBe("");
  return result.stdout.split("\n").filter(Boolean);
}

describe("completion", () => {
  it("completes commands, options and option values in bash", async () => {
    const { stdout, code } = await podworks(["completion", "bash"]);
    expect(code).toBe(0);
    expect(bashComplete(stdout, ["podworks", ""])).toEqual([
      "render",
      "validate",
      "explain",
      "import",
      "completion",
      "help",
    ]);
    expect(bashComplete(stdout, ["podworks", "va"])).toEqual(["validate"]);
    expect(bashComplete(stdout, ["podworks", "validate", "--f"])).toEqual(["--format"]);
    expect(bashComplete(stdout, ["podworks", "validate", "--format", ""])).toEqual([
      "text",
      "json",
      "sarif",
      "github",
    ]);
    expect(bashComplete(stdout, ["podworks", "render", "--format", ""])).toEqual(["yaml", "json"]);
    // A value before the command is not taken for the command.
    expect(bashComplete(stdout, ["podworks", "--lang", "ko", "render", "--format", "j"])).toEqual(["json"]);
    expect(bashComplete(stdout, ["podworks", "completion", "z"])).toEqual(["zsh"]);
    expect(bashComplete(stdout, ["podworks", "explain", "--"])).not.toContain("--from");
  });

  it("writes zsh and fish scripts from the same commands and options", async () => {
    const zsh = (await podworks(["completion", "zsh"])).stdout;
    expect(zsh.startsWith("#compdef podworks\n")).toBe(true);
    expect(zsh).toContain("'validate:report every problem in spec files'");
    expect(zsh).toContain("'--format:format:(text json sarif github)'");
    expect(zsh).toContain("'(-o --output)'{-o,--output}':file:_files'");
    const fish = (await podworks(["completion", "fish"])).stdout;
    expect(fish).toContain(
      "complete -c podworks -n __fish_use_subcommand -a render -d 'check the specs and print their Kubernetes YAML'",
    );
    expect(fish).toContain(
      "complete -c podworks -n '__fish_seen_subcommand_from validate' -l format -x -a 'text json sarif github'",
    );
    expect(fish).toContain(
      "complete -c podworks -n '__fish_seen_subcommand_from render' -s o -l output -r -F",
    );
    expect(fish).not.toContain("-l from");
    const ko = (await podworks(["completion", "fish", "--lang", "ko"])).stdout;
    expect(ko).toContain("-a render -d '스펙을 검사하고 쿠버네티스 YAML을 출력한다'");
  });

  it("refuses a missing or unknown shell", async () => {
    const none = await podworks(["completion"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("name the shell: podworks completion bash|zsh|fish");
    const bad = await podworks(["completion", "tcsh"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('shell must be one of bash, zsh, fish, not "tcsh"');
  });
});
