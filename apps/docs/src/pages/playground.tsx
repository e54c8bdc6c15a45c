/**
 * The playground: edit a spec, see core's problems in the page's language as you type, and the YAML core renders.
 * Everything runs in the browser; the spec and the Kubernetes version travel in the URL hash.
 */
import Link from "@docusaurus/Link";
import Translate, { translate } from "@docusaurus/Translate";
import {
  DEFAULT_KUBERNETES_VERSION,
  explainSchedule,
  type KubernetesVersion,
  type Lang,
  section,
  type ValidationIssue,
  WORKLOAD_KINDS,
  type WorkloadKind,
} from "@podworks/core";
import CodeBlock from "@theme/CodeBlock";
import Layout from "@theme/Layout";
import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { TextWithCode } from "../components/Code";
import { useLang } from "../components/use-lang";
import { fieldRows } from "../lib/field-rows";
import { fromHash, toHash } from "../lib/share";
import { checkSpecs, kubernetesVersions } from "../lib/specs";
import { TEMPLATES } from "../lib/templates";
import { TYPE_TEXT } from "../lib/type-text";
import styles from "./playground.module.css";

const SECTION_OF: Record<WorkloadKind, "job" | "cronJob" | "daemonSet" | "statefulSet"> = {
  Job: "job",
  CronJob: "cronJob",
  DaemonSet: "daemonSet",
  StatefulSet: "statefulSet",
};

const DOC_OF: Record<WorkloadKind, string> = {
  Job: "/job#fields",
  CronJob: "/cron-job#fields",
  DaemonSet: "/daemon-set#fields",
  StatefulSet: "/stateful-set#fields",
};

function shortValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function Issue({ issue, lang }: { readonly issue: ValidationIssue; readonly lang: Lang }): ReactNode {
  const value = shortValue(issue.value);
  return (
    <li className={styles.issue}>
      <div>
        <code className={styles.path}>
          {issue.path || translate({ id: "playground.wholeSpec", message: "(whole spec)" })}
        </code>{" "}
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
}

/** What core makes of each CronJob's schedule, counted from the moment the page opened (browser only). */
function Schedules({
  specs,
  lang,
  now,
}: {
  readonly specs: readonly unknown[];
  readonly lang: Lang;
  readonly now: Date;
}): ReactNode {
  const cronJobs = specs.filter(
    (s): s is { kind: "CronJob"; name: string; schedule: string; timeZone?: string } =>
      typeof s === "object" && s !== null && (s as { kind?: unknown }).kind === "CronJob",
  );
  return cronJobs.map((spec) => {
    const explained = explainSchedule(spec.schedule, { timeZone: spec.timeZone, count: 3, from: now, lang });
    return (
      <div key={spec.name} className={styles.schedule} data-testid="playground-schedule">
        <strong>
          <code>{spec.schedule}</code> {explained.description}
        </strong>
        <div>
          <Translate id="playground.nextRuns" values={{ zone: explained.timeZone }}>
            {"Next runs ({zone}):"}
          </Translate>{" "}
          {explained.nextRuns.map((run) => run.local).join(" · ")}
        </div>
      </div>
    );
  });
}

function kindOf(text: string): WorkloadKind | undefined {
  const match = /^kind:\s*["']?([A-Za-z]+)/m.exec(text);
  const name = match?.[1];
  return WORKLOAD_KINDS.find((k) => k === name);
}

function FieldHints({ kind, lang }: { readonly kind: WorkloadKind; readonly lang: Lang }): ReactNode {
  const rows = fieldRows(SECTION_OF[kind], lang).filter((row) => row.depth === 0);
  return (
    <details className={styles.hints}>
      <summary>
        <Translate id="playground.hints" values={{ kind: section(SECTION_OF[kind]).title[lang] }}>
          {"Fields of {kind}"}
        </Translate>
      </summary>
      <dl>
        {rows.map((row) => (
          <div key={row.name} className={styles.hint}>
            <dt>
              <code>{row.name}</code> <span className={styles.hintType}>{TYPE_TEXT[row.type][lang]}</span>
            </dt>
            <dd>
              <TextWithCode text={row.description} />
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to={DOC_OF[kind]}>
          <Translate id="playground.hintsMore">Every field, with defaults and constraints</Translate>
        </Link>
        {" · "}
        <Link to="/common-fields">
          <Translate id="playground.hintsCommon">Pod and container fields</Translate>
        </Link>
      </p>
    </details>
  );
}

export default function Playground(): ReactNode {
  const lang = useLang();
  const [text, setText] = useState(TEMPLATES.CronJob[lang]);
  const [version, setVersion] = useState<KubernetesVersion>(DEFAULT_KUBERNETES_VERSION);
  const [copied, setCopied] = useState(false);
  // Set after mount: next run times depend on the clock, so the server-rendered page leaves them out.
  const [now, setNow] = useState<Date | undefined>(undefined);
  const loaded = useRef(false);
  const deferredText = useDeferredValue(text);
  const checked = useMemo(() => checkSpecs(deferredText, version), [deferredText, version]);
  const versions = kubernetesVersions();
  const kind = kindOf(deferredText);

  // Read a shared spec from the URL once, in the browser.
  useEffect(() => {
    const shared = fromHash(window.location.hash);
    if (shared) {
      setText(shared.spec);
      if (shared.version && /^1\.\d+$/.test(shared.version)) setVersion(shared.version as KubernetesVersion);
    }
    loaded.current = true;
    setNow(new Date());
  }, []);

  // Keep the URL in step with the editor, so the address bar is always a link to what is on screen.
  useEffect(() => {
    if (!loaded.current) return;
    const hash = toHash({ spec: deferredText, version });
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}${hash}`);
  }, [deferredText, version]);

  const share = async () => {
    const url = `${window.location.origin}${window.location.pathname}${toHash({ spec: text, version })}`;
    window.history.replaceState(null, "", url);
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // The address bar holds the link either way.
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };

  const problemCount = checked.problems.reduce((n, p) => n + p.issues.length, 0);
  const empty = checked.problems.length === 0 && checked.specs.length === 0;

  return (
    <Layout
      title={translate({ id: "playground.title", message: "Playground" })}
      description={translate({
        id: "playground.description",
        message: "Edit a podworks spec and see its problems and Kubernetes YAML as you type.",
      })}
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <h1>
          <Translate id="playground.heading">Playground</Translate>
        </h1>
        <p>
          <Translate id="playground.intro">
            Write a spec in YAML (several specs separated by --- work too). @podworks/core checks it in your
            browser as you type and renders the Kubernetes YAML. Nothing is sent anywhere; the link button
            puts the spec in the address, so you can share it.
          </Translate>
        </p>

        <div className={styles.toolbar}>
          <span className={styles.toolbarLabel}>
            <Translate id="playground.templates">Start from:</Translate>
          </span>
          {WORKLOAD_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              className="button button--sm button--secondary"
              onClick={() => setText(TEMPLATES[k][lang])}
              data-template={k}
            >
              {section(SECTION_OF[k]).title[lang]}
            </button>
          ))}
          <label className={styles.version}>
            <Translate id="playground.version">Kubernetes version</Translate>{" "}
            <select
              value={version}
              onChange={(event) => setVersion(event.target.value as KubernetesVersion)}
              data-testid="playground-version"
            >
              {versions.map((v) => (
                <option key={v} value={v}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={share}
            data-testid="playground-share"
          >
            {copied
              ? translate({ id: "playground.copied", message: "Link copied" })
              : translate({ id: "playground.share", message: "Copy link" })}
          </button>
        </div>

        <div className={styles.columns}>
          <section className={styles.editorColumn}>
            <label htmlFor="playground-editor" className={styles.label}>
              <Translate id="playground.editor">Spec (YAML)</Translate>
            </label>
            <textarea
              id="playground-editor"
              data-testid="playground-editor"
              className={styles.editor}
              value={text}
              onChange={(event) => setText(event.target.value)}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              autoCorrect="off"
              rows={22}
            />
            {kind && <FieldHints kind={kind} lang={lang} />}
          </section>

          <section className={styles.outputColumn} aria-live="polite">
            {checked.yaml !== undefined ? (
              <>
                <p className={`${styles.status} ${styles.ok}`} data-testid="playground-status" data-ok="true">
                  <Translate id="playground.valid" values={{ version }}>
                    {"Valid for Kubernetes {version}. Rendered YAML:"}
                  </Translate>
                </p>
                {now && <Schedules specs={checked.specs} lang={lang} now={now} />}
                {problemCount > 0 && (
                  <div data-testid="playground-warnings">
                    <p className={styles.status}>
                      <Translate id="playground.warnings" values={{ count: problemCount }}>
                        {"Warnings: {count}"}
                      </Translate>
                    </p>
                    {checked.problems.map((p, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt from the text on every edit
                      <div key={`${index}:${p.subject}`} className={styles.subject}>
                        {p.subject && <h2>{p.subject}</h2>}
                        <ul className={styles.issues}>
                          {p.issues.map((issue) => (
                            <Issue
                              key={`${issue.path}|${issue.rule}|${issue.message.en}`}
                              issue={issue}
                              lang={lang}
                            />
                          ))}
                        </ul>
                      </div>
                    ))}
                  </div>
                )}
                <div data-testid="playground-yaml">
                  <CodeBlock language="yaml">{checked.yaml}</CodeBlock>
                </div>
              </>
            ) : empty ? (
              <p className={styles.status} data-testid="playground-status" data-ok="false">
                <Translate id="playground.empty">
                  Write a spec, or start from one of the templates above.
                </Translate>
              </p>
            ) : (
              <>
                <p
                  className={`${styles.status} ${styles.bad}`}
                  data-testid="playground-status"
                  data-ok="false"
                >
                  <Translate id="playground.problems" values={{ count: problemCount }}>
                    {"Problems found: {count}"}
                  </Translate>
                </p>
                <div data-testid="playground-problems">
                  {checked.problems.map((p, index) => (
                    // Two specs may share a subject; their position in the file tells them apart.
                    // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt from the text on every edit
                    <div key={`${index}:${p.subject}`} className={styles.subject}>
                      {p.subject && <h2>{p.subject}</h2>}
                      <ul className={styles.issues}>
                        {p.issues.map((issue) => (
                          <Issue
                            key={`${issue.path}|${issue.rule}|${issue.message.en}`}
                            issue={issue}
                            lang={lang}
                          />
                        ))}
                      </ul>
                    </div>
                  ))}
                </div>
              </>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
