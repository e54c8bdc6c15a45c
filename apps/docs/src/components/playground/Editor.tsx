/**
 * The playground's YAML editor: CodeMirror 6 with line numbers, YAML highlighting, indentation on Enter, Tab
 * that indents (Escape then Tab leaves the editor, as CodeMirror provides), undo and redo, core's problems as
 * lint diagnostics, and completion and hover text from core's catalogue in the page's language.
 *
 * CodeMirror needs the DOM and costs a phone a few hundred milliseconds to load and make, so this module is loaded
 * by ./LazyEditor only, when the reader reaches for the highlighted copy the page shows first; no other page, and
 * no reader who only looks, loads CodeMirror.
 */
import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
  completionKeymap,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { EditorSelection, EditorState } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  hoverTooltip,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import type { Lang } from "@podworks/core";
import { forwardRef, type ReactNode, useEffect, useImperativeHandle, useLayoutEffect, useRef } from "react";
import type { CheckedText } from "./diagnostics";
import styles from "./editor.module.css";
import { fieldAt, fieldsAt, valuesOf } from "./fields";
import { contextAt, keyAt, kindAt } from "./yaml-path";

/** Words the editor's pop-ups show, translated by the page. */
export interface EditorWords {
  /** Before an enum's values in hover text: "One of". */
  readonly oneOf: string;
  readonly required: string;
  /** Before a problem's fix: "Fix:". */
  readonly fix: string;
}

/** The part of a check the editor draws: the problems, while it still holds the text they were found in. */
export type EditorChecked = Pick<CheckedText, "text" | "problems" | "errors">;

export interface EditorProps {
  /**
   * A text loaded from outside (a template, a shared link). The editor takes it whenever a new object is passed,
   * and otherwise keeps what the user types: it never compares its text with a state React may render late.
   */
  readonly load: { readonly text: string };
  readonly onChange: (text: string) => void;
  /** The last check; its problems are shown while the editor still holds the text they were found in. */
  readonly checked: EditorChecked;
  readonly lang: Lang;
  readonly words: EditorWords;
  /** Ids of the element naming the editor and of the one explaining its keys. */
  readonly labelledBy: string;
  readonly describedBy: string;
  readonly start: EditorStart;
  /** Called once the editor is in the page, before the browser paints it. */
  readonly onReady: () => void;
}

/** How the editor starts: what the reader did to the copy it replaces (./LazyEditor). */
export interface EditorStart {
  /** Where the cursor goes (the place clicked in the copy); the start of the text when unset. */
  readonly offset?: number | undefined;
  /** The copy's scroll position, kept. */
  readonly scrollTop?: number | undefined;
  /** Characters typed into the copy while this module loaded, typed at the cursor. */
  readonly typed?: string | undefined;
  /** Whether the editor takes the focus (the reader reached for it) or only appears (a text with problems). */
  readonly focus: boolean;
}

export interface EditorHandle {
  /** Puts the cursor at an offset, scrolls it into view and focuses the editor. */
  reveal(offset: number): void;
}

function completionsFor(lang: Lang): (context: CompletionContext) => CompletionResult | null {
  return (context) => {
    const text = context.state.doc.toString();
    const at = contextAt(text, context.pos);
    if (!at) return null;
    const kind = kindAt(text, context.pos);
    if (at.at === "key") {
      if (at.typed === "" && !context.explicit) return null;
      const fields = fieldsAt(kind, at.steps);
      if (!fields) return null;
      const options: Completion[] = Object.entries(fields).map(([name, def]) => ({
        label: name,
        type: "property",
        detail: def.type,
        info: def.description[lang],
        apply: `${name}: `,
        boost: def.required ? 1 : 0,
      }));
      return { from: at.from, options, validFor: /^[\w./-]*$/ };
    }
    const field = fieldAt(kind, at.steps);
    const values = field ? valuesOf(field.def) : [];
    if (values.length === 0) return null;
    return {
      from: at.from,
      options: values.map((value) => ({ label: value, type: "enum", info: field?.def.description[lang] })),
      validFor: /^[\w./-]*$/,
    };
  };
}

function hoverFor(lang: Lang, words: EditorWords) {
  return hoverTooltip((view, pos) => {
    const text = view.state.doc.toString();
    const key = keyAt(text, pos);
    if (!key) return null;
    const field = fieldAt(kindAt(text, pos), key.steps);
    if (!field) return null;
    return {
      pos: key.from,
      end: key.to,
      above: true,
      create() {
        const dom = document.createElement("div");
        dom.className = styles.hover!;
        dom.setAttribute("lang", lang);
        const head = dom.appendChild(document.createElement("div"));
        head.className = styles.hoverHead!;
        head.appendChild(document.createElement("code")).textContent = field.name;
        head.append(` ${field.def.type}${field.def.required ? ` · ${words.required}` : ""}`);
        dom.appendChild(document.createElement("p")).textContent = field.def.description[lang];
        const values = field.def.enum;
        if (values) {
          const line = dom.appendChild(document.createElement("p"));
          line.append(`${words.oneOf}: `);
          values.forEach((value, index) => {
            if (index > 0) line.append(", ");
            line.appendChild(document.createElement("code")).textContent = value;
          });
        }
        return { dom };
      },
    };
  });
}

function diagnosticsOf(checked: EditorChecked, lang: Lang, words: EditorWords): Diagnostic[] {
  return checked.problems.map(({ from, to, severity, issue }) => ({
    from,
    to,
    severity,
    source: issue.rule,
    message: `${issue.path ? `${issue.path}: ` : ""}${issue.message[lang]}`,
    // The message, then how to fix it, on a line of its own.
    renderMessage() {
      const dom = document.createElement("div");
      dom.setAttribute("lang", lang);
      const what = dom.appendChild(document.createElement("div"));
      if (issue.path) {
        what.appendChild(document.createElement("code")).textContent = issue.path;
        what.append(" ");
      }
      what.append(issue.message[lang]);
      dom.appendChild(document.createElement("div")).textContent = `${words.fix} ${issue.fix[lang]}`;
      return dom;
    },
  }));
}

export const Editor = forwardRef<EditorHandle, EditorProps>(function Editor(props, ref): ReactNode {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  /** The last loaded text the editor took. */
  const loaded = useRef(props.load);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useImperativeHandle(ref, () => ({
    reveal(offset: number) {
      const editor = view.current;
      if (!editor) return;
      const at = Math.min(offset, editor.state.doc.length);
      editor.dispatch({ selection: EditorSelection.cursor(at), scrollIntoView: true });
      editor.focus();
    },
  }));

  // The editor is made once, in the browser, before the browser paints (so the copy it replaces is never seen
  // beside it); the language and words do not change while the page is open.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is made once; later values flow in below
  useLayoutEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const editor = new EditorView({
      parent,
      state: EditorState.create({
        doc: props.load.text,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          EditorState.tabSize.of(2),
          indentUnit.of("  "),
          yaml(),
          syntaxHighlighting(classHighlighter),
          autocompletion({ override: [completionsFor(props.lang)], icons: false }),
          hoverFor(props.lang, props.words),
          lintGutter(),
          keymap.of([...completionKeymap, ...lintKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab]),
          EditorView.contentAttributes.of({
            "aria-labelledby": props.labelledBy,
            "aria-describedby": props.describedBy,
            "data-testid": "playground-editor",
            // Focusable already (it is editable); said out loud so checkers see the scrolling area has a stop.
            tabindex: "0",
            spellcheck: "false",
            autocapitalize: "off",
            autocorrect: "off",
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChange.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    const { offset, scrollTop, typed, focus } = props.start;
    const at = Math.min(offset ?? 0, editor.state.doc.length);
    editor.dispatch({ selection: EditorSelection.cursor(at) });
    if (typed) editor.dispatch(editor.state.replaceSelection(typed));
    if (scrollTop) editor.scrollDOM.scrollTop = scrollTop;
    if (focus) editor.focus();
    props.onReady();
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // (The layout effect above runs before these two, so the editor is there for them on the first render too.)
  // A text loaded from outside: replace the document, as one undoable change.
  // The text the editor was made with counts as loaded, so what was typed into the copy stays.
  useEffect(() => {
    const editor = view.current;
    if (!editor || loaded.current === props.load) return;
    loaded.current = props.load;
    if (editor.state.doc.toString() === props.load.text) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: props.load.text } });
  }, [props.load]);

  // Problems found in the text the editor holds now; a check of an older text waits for the next one. They are
  // drawn once the browser has painted: drawing them reads the editor's selection from the DOM, which, in the
  // task that hydrates the page, made the browser recalculate the whole page's style at once (about 150 ms).
  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() !== props.checked.text) return;
    const diagnostics = diagnosticsOf(props.checked, props.lang, props.words);
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        if (view.current !== editor || editor.state.doc.toString() !== props.checked.text) return;
        editor.dispatch(setDiagnostics(editor.state, diagnostics));
      }, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [props.checked, props.lang, props.words]);

  return <div ref={host} />;
});
