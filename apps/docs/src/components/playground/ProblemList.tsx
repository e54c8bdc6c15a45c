/**
 * The problems of the editor's text as a list in file order; each one's place is a button that puts the cursor
 * there. Shown beside the editor (under it on narrow screens), so the list stays while the text is edited.
 */
import Translate, { translate } from "@docusaurus/Translate";
import type { Lang } from "@podworks/core";
import type { ReactNode } from "react";
import type { Problem } from "./diagnostics";
import styles from "./playground.module.css";

function shortValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function placeOf(problem: Problem): string {
  return translate(
    { id: "playground.place", message: "Line {line}, column {column}" },
    { line: problem.line, column: problem.column },
  );
}

export function ProblemList({
  problems,
  lang,
  showSubjects,
  onReveal,
}: {
  readonly problems: readonly Problem[];
  readonly lang: Lang;
  /** Name each problem's spec (when the text holds several). */
  readonly showSubjects: boolean;
  readonly onReveal: (offset: number) => void;
}): ReactNode {
  return (
    <ol className={styles.issues}>
      {problems.map((problem) => {
        const { issue } = problem;
        const value = shortValue(issue.value);
        return (
          <li
            key={`${problem.from}|${issue.path}|${issue.rule}|${issue.message.en}`}
            className={problem.severity === "warning" ? `${styles.issue} ${styles.warning}` : styles.issue}
            data-line={problem.line}
            data-severity={problem.severity}
          >
            <div>
              <button
                type="button"
                className={styles.place}
                onClick={() => onReveal(problem.from)}
                data-testid="playground-goto"
              >
                {placeOf(problem)}
              </button>{" "}
              {showSubjects && problem.subject && (
                <span className={styles.subjectName}>{problem.subject}</span>
              )}
              {/* A syntax error belongs to no spec; its place says it all. */}
              {problem.subject !== "" && (
                <>
                  <code className={styles.path}>
                    {issue.path || translate({ id: "playground.wholeSpec", message: "(whole spec)" })}
                  </code>{" "}
                </>
              )}
              <span data-issue-message="">{issue.message[lang]}</span>
            </div>
            {value !== undefined && (
              <div className={styles.value}>
                <Translate id="playground.value">Value:</Translate> <code>{value}</code>
              </div>
            )}
            <div className={styles.fix}>
              <Translate id="playground.fix">Fix:</Translate> {issue.fix[lang]}{" "}
              <span className={styles.rule}>[{issue.rule}]</span>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
