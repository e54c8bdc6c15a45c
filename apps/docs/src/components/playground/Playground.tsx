/**
 * The playground: edit a spec in a code editor, see core's problems in the page's language as you type (in the
 * editor at their line and column, and as a list in file order), and the YAML core renders. Everything runs in
 * the browser; the spec and the Kubernetes version travel in the URL hash.
 *
 * The page opens with what the site's build computed for its template (plugins/playground.ts), and every later
 * check runs in a worker (./use-checks.ts), so the page's own code carries none of core; the editor's code loads
 * when the reader reaches for it (./LazyEditor.tsx).
 */
import Link from "@docusaurus/Link";
import Translate, { translate } from "@docusaurus/Translate";
import type { KubernetesVersion, Lang, WorkloadKind } from "@podworks/core";
import CodeBlock from "@theme/CodeBlock";
import Layout from "@theme/Layout";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { fromHash, toHash } from "../../lib/share";
import { FIRST_KIND, TEMPLATES } from "../../lib/templates";
import { TextWithCode } from "../Code";
import { ConfirmDialog } from "./ConfirmDialog";
import type { ScheduleView } from "./check-result";
import type { KindInfo, PlaygroundData } from "./data";
import { type EditorHandle, LazyEditor } from "./LazyEditor";
import { ProblemList, placeOf } from "./ProblemList";
import styles from "./playground.module.css";
import { useChecks } from "./use-checks";

/** What core makes of each CronJob's schedule, counted from the moment the page opened. */
function Schedules({ schedules }: { readonly schedules: readonly ScheduleView[] }): ReactNode {
  return schedules.map((view) => (
    <div key={view.name} className={styles.schedule} data-testid="playground-schedule">
      <strong>
        <code>{view.schedule}</code> {view.description}
      </strong>
      <div>
        <Translate id="playground.nextRuns" values={{ zone: view.timeZone }}>
          {"Next runs ({zone}):"}
        </Translate>{" "}
        {view.nextRuns.join(" · ")}
      </div>
    </div>
  ));
}

function kindOf(text: string, kinds: readonly KindInfo[]): KindInfo | undefined {
  const match = /^kind:\s*["']?([A-Za-z]+)/m.exec(text);
  const name = match?.[1];
  return kinds.find((k) => k.kind === name);
}

function FieldHints({ info }: { readonly info: KindInfo }): ReactNode {
  return (
    <details className={styles.hints}>
      <summary>
        <Translate id="playground.hints" values={{ kind: info.title }}>
          {"Fields of {kind}"}
        </Translate>
      </summary>
      <dl>
        {info.hints.map((hint) => (
          <div key={hint.name} className={styles.hint}>
            <dt>
              <code>{hint.name}</code> <span className={styles.hintType}>{hint.type}</span>
            </dt>
            <dd>
              <TextWithCode text={hint.description} />
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <Link to={info.doc}>
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

export default function Playground({ data }: { readonly data: PlaygroundData }): ReactNode {
  const lang: Lang = data.lang;
  // The text as last loaded (a template or a shared link), a new object each time; the editor takes it, and a
  // template replaces edits only after asking.
  const [loadedText, setLoadedText] = useState({ text: TEMPLATES[FIRST_KIND][lang] });
  const [text, setText] = useState(loadedText.text);
  const [pending, setPending] = useState<WorkloadKind | undefined>(undefined);
  const [version, setVersion] = useState<KubernetesVersion>(data.defaultVersion);
  const [copied, setCopied] = useState(false);
  const loaded = useRef(false);
  const editor = useRef<EditorHandle>(null);
  // The build's check of the template until the worker's first answer, then the worker's answers.
  const checked = useChecks(data.initial, text, version, lang);
  const info = kindOf(checked.text, data.kinds);
  // The copy shown until the editor opens: a template as the build highlighted it, any other text once checked.
  const copyHtml =
    data.kinds.find((k) => TEMPLATES[k.kind][lang] === loadedText.text)?.templateHtml ??
    (checked.text === loadedText.text ? checked.textHtml : undefined);

  // Read a shared spec from the URL once, in the browser.
  useEffect(() => {
    const shared = fromHash(window.location.hash);
    if (shared) {
      setText(shared.spec);
      setLoadedText({ text: shared.spec });
      if (shared.version && /^1\.\d+$/.test(shared.version)) setVersion(shared.version as KubernetesVersion);
    }
    loaded.current = true;
  }, []);

  // Keep the URL in step with what was last checked, so the address bar is a link to what is on screen.
  useEffect(() => {
    if (!loaded.current || checked === data.initial) return;
    const hash = toHash({ spec: checked.text, version: checked.version });
    window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}${hash}`);
  }, [checked, data.initial]);

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
  const empty = problems.length === 0 && checked.specCount === 0;
  const reveal = (offset: number) => editor.current?.reveal(offset);
  // The same list under the YAML (warnings only) or in its place (errors).
  const problemList = (
    <ProblemList problems={problems} lang={lang} showSubjects={checked.specCount > 1} onReveal={reveal} />
  );
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
          {data.kinds.map((k) => (
            <button
              key={k.kind}
              type="button"
              className="button button--sm button--secondary"
              onClick={() => askToLoad(k.kind)}
              data-template={k.kind}
            >
              {k.title}
            </button>
          ))}
          <label className={styles.version}>
            <Translate id="playground.version">Kubernetes version</Translate>{" "}
            <select
              value={version}
              onChange={(event) => setVersion(event.target.value as KubernetesVersion)}
              data-testid="playground-version"
            >
              {data.versions.map((v) => (
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
            <LazyEditor
              ref={editor}
              load={loadedText}
              onChange={setText}
              checked={checked}
              html={copyHtml}
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
            {info && <FieldHints info={info} />}
          </section>

          <section className={styles.outputColumn}>
            {checked.yaml !== undefined ? (
              <>
                <p className={`${styles.status} ${styles.ok}`} data-testid="playground-status" data-ok="true">
                  <Translate id="playground.valid" values={{ version }}>
                    {"Valid for Kubernetes {version}. Rendered YAML:"}
                  </Translate>
                </p>
                {checked.schedules && <Schedules schedules={checked.schedules} />}
                {problems.length > 0 && (
                  <div data-testid="playground-warnings">
                    <p className={styles.status}>
                      <Translate id="playground.warnings" values={{ count: problems.length }}>
                        {"Warnings: {count}"}
                      </Translate>
                    </p>
                    {problemList}
                  </div>
                )}
                <div data-testid="playground-yaml">
                  <CodeBlock language="yaml" highlighted={checked.yamlHtml}>
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
                <div data-testid="playground-problems">{problemList}</div>
              </>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
