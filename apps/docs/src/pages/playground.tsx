/**
 * The playground: edit a spec in a code editor, see core's problems in the page's language as you type (in the
 * editor at their line and column, and as a list in file order), and the YAML core renders. Everything runs in
 * the browser; the spec and the Kubernetes version travel in the URL hash.
 */
import Link from "@docusaurus/Link";
import Translate, { translate } from "@docusaurus/Translate";
import {
  DEFAULT_KUBERNETES_VERSION,
  explainSchedule,
  type KubernetesVersion,
  type Lang,
  section,
  WORKLOAD_KINDS,
  type WorkloadKind,
} from "@podworks/core";
import CodeBlock from "@theme/CodeBlock";
import Layout from "@theme/Layout";
import { Prism } from "prism-react-renderer";
import { type ReactNode, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { TextWithCode } from "../components/Code";
import { ConfirmDialog } from "../components/playground/ConfirmDialog";
import { checkText } from "../components/playground/diagnostics";
import { Editor, type EditorHandle } from "../components/playground/Editor";
import { ProblemList, placeOf } from "../components/playground/ProblemList";
import { useLang } from "../components/use-lang";
import { fieldRows } from "../lib/field-rows";
import { highlightToHtml, type PrismLike } from "../lib/highlight";
import { fromHash, toHash } from "../lib/share";
import { kubernetesVersions } from "../lib/specs";
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
  // The text as last loaded (a template or a shared link), a new object each time; the editor takes it, and a
  // template replaces edits only after asking.
  const [loadedText, setLoadedText] = useState({ text: TEMPLATES.CronJob[lang] });
  const [text, setText] = useState(loadedText.text);
  const [pending, setPending] = useState<WorkloadKind | undefined>(undefined);
  const [version, setVersion] = useState<KubernetesVersion>(DEFAULT_KUBERNETES_VERSION);
  const [copied, setCopied] = useState(false);
  // Set after mount: next run times depend on the clock, so the server-rendered page leaves them out.
  const [now, setNow] = useState<Date | undefined>(undefined);
  const loaded = useRef(false);
  const editor = useRef<EditorHandle>(null);
  const deferredText = useDeferredValue(text);
  const checked = useMemo(() => checkText(deferredText, version), [deferredText, version]);
  // The rendered YAML, highlighted as the build highlights the guide's blocks (the same HTML on the server and in
  // the first browser render, so the block hydrates as it is instead of being drawn again by the theme's Prism
  // renderer once its chunk has loaded); prism-react-renderer's Prism has the YAML grammar built in.
  const highlightedYaml = useMemo(
    () =>
      checked.yaml === undefined
        ? undefined
        : highlightToHtml(Prism as unknown as PrismLike, checked.yaml, "yaml"),
    [checked.yaml],
  );
  const versions = kubernetesVersions();
  const kind = kindOf(deferredText);

  // Read a shared spec from the URL once, in the browser.
  useEffect(() => {
    const shared = fromHash(window.location.hash);
    if (shared) {
      setText(shared.spec);
      setLoadedText({ text: shared.spec });
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

  const load = (template: WorkloadKind) => {
    setText(TEMPLATES[template][lang]);
    setLoadedText({ text: TEMPLATES[template][lang] });
    setPending(undefined);
  };

  const askToLoad = (template: WorkloadKind) => {
    if (text === loadedText.text || text.trim() === "") load(template);
    else setPending(template);
  };

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

  const problems = checked.problems;
  const first = problems.find((problem) => problem.severity === "error");
  const empty = problems.length === 0 && checked.specs.length === 0;
  const reveal = (offset: number) => editor.current?.reveal(offset);
  // One object for the page's life, so the editor does not redraw its diagnostics on every render.
  const words = useMemo(
    () => ({
      oneOf: translate({ id: "playground.oneOf", message: "One of" }),
      required: translate({ id: "playground.required", message: "required" }),
      fix: translate({ id: "playground.fix", message: "Fix:" }),
    }),
    [],
  );

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
              onClick={() => askToLoad(k)}
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

        <ConfirmDialog
          open={pending !== undefined}
          title={translate({ id: "playground.confirm.title", message: "Replace your edits?" })}
          body={translate(
            {
              id: "playground.confirm.body",
              message: "The {kind} template replaces the spec in the editor. Your edits will be lost.",
            },
            { kind: pending ?? "" },
          )}
          confirm={translate({ id: "playground.confirm.replace", message: "Replace" })}
          cancel={translate({ id: "playground.confirm.keep", message: "Keep my edits" })}
          onConfirm={() => pending && load(pending)}
          onCancel={() => setPending(undefined)}
        />

        <div className={styles.columns}>
          <section className={styles.editorColumn}>
            <div className={styles.label} id="playground-editor-label">
              <Translate id="playground.editor">Spec (YAML)</Translate>
            </div>
            <Editor
              ref={editor}
              load={loadedText}
              onChange={setText}
              checked={checked}
              lang={lang}
              words={words}
              labelledBy="playground-editor-label"
              describedBy="playground-editor-keys"
            />
            <p className={styles.keys} id="playground-editor-keys">
              <Translate id="playground.keys">
                Tab indents; Ctrl+Space suggests fields. To leave the editor, press Esc, then Tab.
              </Translate>
            </p>
            {/* The outcome in one line, directly under the editor (and held at the bottom of a phone's screen). */}
            <p
              className={`${styles.summary} ${checked.errors > 0 ? styles.bad : styles.ok}`}
              data-testid="playground-summary"
              aria-live="polite"
            >
              {empty ? (
                <Translate id="playground.empty">
                  Write a spec, or start from one of the templates above.
                </Translate>
              ) : checked.errors > 0 && first ? (
                <>
                  <Translate id="playground.problems" values={{ count: checked.errors }}>
                    {"Problems found: {count}"}
                  </Translate>
                  {" · "}
                  <button type="button" className={styles.place} onClick={() => reveal(first.from)}>
                    {placeOf(first)}
                  </button>{" "}
                  {first.issue.path && <code>{first.issue.path}</code>} {first.issue.message[lang]}
                </>
              ) : (
                <>
                  <Translate id="playground.validShort" values={{ version }}>
                    {"Valid for Kubernetes {version}"}
                  </Translate>
                  {problems.length > 0 && " · "}
                  {problems.length > 0 && (
                    <Translate id="playground.warnings" values={{ count: problems.length }}>
                      {"Warnings: {count}"}
                    </Translate>
                  )}
                </>
              )}
            </p>
            {kind && <FieldHints kind={kind} lang={lang} />}
          </section>

          <section className={styles.outputColumn}>
            {checked.yaml !== undefined ? (
              <>
                <p className={`${styles.status} ${styles.ok}`} data-testid="playground-status" data-ok="true">
                  <Translate id="playground.valid" values={{ version }}>
                    {"Valid for Kubernetes {version}. Rendered YAML:"}
                  </Translate>
                </p>
                {now && <Schedules specs={checked.specs} lang={lang} now={now} />}
                {problems.length > 0 && (
                  <div data-testid="playground-warnings">
                    <p className={styles.status}>
                      <Translate id="playground.warnings" values={{ count: problems.length }}>
                        {"Warnings: {count}"}
                      </Translate>
                    </p>
                    <ProblemList
                      problems={problems}
                      lang={lang}
                      showSubjects={checked.specs.length > 1}
                      onReveal={reveal}
                    />
                  </div>
                )}
                <div data-testid="playground-yaml">
                  <CodeBlock language="yaml" highlighted={highlightedYaml}>
                    {checked.yaml}
                  </CodeBlock>
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
                  <Translate id="playground.problems" values={{ count: checked.errors }}>
                    {"Problems found: {count}"}
                  </Translate>
                </p>
                <div data-testid="playground-problems">
                  <ProblemList
                    problems={problems}
                    lang={lang}
                    showSubjects={checked.specs.length > 1}
                    onReveal={reveal}
                  />
                </div>
              </>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
