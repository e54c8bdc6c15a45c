/**
 * The playground's editor as the page opens: a highlighted copy of the text, laid out like the editor (line numbers,
 * the same font and colours), which becomes the CodeMirror editor (./Editor) the moment the reader reaches for it:
 * a pointer press, a touch or keyboard focus. CodeMirror's code is fetched when a pointer comes near and is run
 * only then, so a reader who only reads the page, or a phone that only loads it, never pays for an editor.
 *
 * The copy hands over what the reader did to it: the place clicked becomes the cursor, its scroll position is
 * kept, and characters typed while the editor's code is still on its way are typed into it. A text with problems
 * (a shared link, or a change of Kubernetes version) opens the editor at once, since only the editor shows them
 * at their place.
 */
import type { Lang, Severity } from "@podworks/core";
import {
  forwardRef,
  type ReactNode,
  useCallback,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
} from "react";
import type { EditorChecked, EditorHandle, EditorStart, EditorWords } from "./Editor";
import styles from "./editor.module.css";

export type { EditorHandle, EditorWords } from "./Editor";

type EditorModule = typeof import("./Editor");

let editorModule: Promise<EditorModule> | undefined;
/** The editor's code once it has run, so a tap can make the editor inside its own event. */
let editorLoaded: EditorModule | undefined;

/** Fetches and runs the editor's code once; later calls share the first. */
export function loadEditor(): Promise<EditorModule> {
  editorModule ??= import(/* webpackChunkName: "playground-editor" */ "./Editor").then((module) => {
    editorLoaded = module;
    return module;
  });
  return editorModule;
}

export interface LazyEditorProps {
  /** A text loaded from outside (a template, a shared link): shown by the copy, taken by the editor. */
  readonly load: { readonly text: string };
  readonly onChange: (text: string) => void;
  readonly checked: EditorChecked;
  /** The loaded text highlighted as YAML, when it is at hand (the copy shows it plain until then). */
  readonly html: string | undefined;
  readonly lang: Lang;
  readonly words: EditorWords;
  readonly labelledBy: string;
  readonly describedBy: string;
}

/** The offset into `root`'s text of the caret position nearest to a point, if the point is inside `root`. */
function offsetAt(root: HTMLElement, x: number, y: number): number | undefined {
  const position = document.caretPositionFromPoint?.(x, y);
  const node = position?.offsetNode;
  const offset = position?.offset;
  if (!node || offset === undefined || !root.contains(node)) return undefined;
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

export const LazyEditor = forwardRef<EditorHandle, LazyEditorProps>(
  function LazyEditor(props, ref): ReactNode {
    const [Impl, setImpl] = useState<EditorModule["Editor"] | undefined>(undefined);
    const [ready, setReady] = useState(false);
    /** How the editor starts; set by the first reach for it, read when the editor is made. */
    const start = useRef<EditorStart | undefined>(undefined);
    const inner = useRef<EditorHandle>(null);
    const copy = useRef<HTMLDivElement>(null);
    const code = useRef<HTMLElement>(null);
    /** The place in the text of the last press on the copy. */
    const pressed = useRef<number | undefined>(undefined);

    const open = useCallback((how: EditorStart) => {
      const current = start.current;
      if (current) {
        // Reached for again while the code loads: keep the latest place and what was typed.
        start.current = {
          ...current,
          offset: how.offset ?? current.offset,
          typed: `${current.typed ?? ""}${how.typed ?? ""}`,
          focus: current.focus || how.focus,
        };
        return;
      }
      start.current = { ...how, scrollTop: copy.current?.scrollTop ?? 0 };
      // Made at once when the code is here (a phone gives the keyboard only to a focus inside the tap's event).
      if (editorLoaded) setImpl(() => editorLoaded!.Editor);
      else void loadEditor().then((module) => setImpl(() => module.Editor));
    }, []);

    useImperativeHandle(
      ref,
      () => ({
        reveal(offset: number) {
          if (ready && inner.current) inner.current.reveal(offset);
          else open({ offset, focus: true });
        },
      }),
      [ready, open],
    );

    // Errors are underlined at their column by the editor only: a text that has some opens it without waiting.
    useEffect(() => {
      if (props.checked.errors > 0) open({ focus: false });
    }, [props.checked, open]);

    const text = props.load.text;
    const lineCount = text.split("\n").length;
    // The copy marks the lines with problems in its lint column, as the editor's lint gutter does.
    const marks = new Map<number, Severity>();
    if (props.checked.text === text) {
      for (const problem of props.checked.problems) {
        if (marks.get(problem.line) !== "error") marks.set(problem.line, problem.severity);
      }
    }

    const placeAt = (x: number, y: number) => (code.current ? offsetAt(code.current, x, y) : undefined);

    // A mouse press opens the editor; the copy must not take focus itself, the editor takes it once made. A touch
    // only notes where it was: a tap then focuses the copy (a touch that scrolls it focuses nothing), and its code,
    // which began loading on touchstart, is usually there by then.
    const onPointerDown = (event: React.PointerEvent) => {
      pressed.current = placeAt(event.clientX, event.clientY);
      if (event.pointerType !== "mouse") return;
      event.preventDefault();
      open({ offset: pressed.current, focus: true });
    };

    const onClick = (event: React.MouseEvent) =>
      open({ offset: placeAt(event.clientX, event.clientY), focus: true });

    // Left before the editor was made (Tab on, at once): it appears without taking the focus back.
    const onBlur = () => {
      if (start.current && !ready) start.current = { ...start.current, focus: false };
    };

    const onKeyDown = (event: React.KeyboardEvent) => {
      const typed = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (typed) event.preventDefault();
      open({ focus: true, typed: typed ? event.key : "" });
    };

    return (
      <div className={styles.editor} data-ready={ready ? "true" : "false"}>
        {Impl && (
          <Impl
            ref={inner}
            load={props.load}
            onChange={props.onChange}
            checked={props.checked}
            lang={props.lang}
            words={props.words}
            labelledBy={props.labelledBy}
            describedBy={props.describedBy}
            start={start.current ?? { focus: false }}
            onReady={() => setReady(true)}
          />
        )}
        {!ready && (
          // biome-ignore lint/a11y/useSemanticElements: a copy of a code editor, not a form field: no textarea fits
          <div
            ref={copy}
            className={styles.copy}
            role="textbox"
            aria-multiline="true"
            tabIndex={0}
            aria-labelledby={props.labelledBy}
            aria-describedby={props.describedBy}
            data-testid="playground-editor"
            data-copy="true"
            onPointerEnter={() => void loadEditor()}
            onTouchStart={() => void loadEditor()}
            onPointerDown={onPointerDown}
            onPointerCancel={() => {
              pressed.current = undefined;
            }}
            onClick={onClick}
            onFocus={() => open({ offset: pressed.current, focus: true })}
            onBlur={onBlur}
            onKeyDown={onKeyDown}
          >
            <div className={styles.copyGutter} aria-hidden="true">
              {Array.from({ length: lineCount }, (_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a line number is its own index
                <div key={index} className={styles.copyRow}>
                  <span className={styles.copyNumber}>{index + 1}</span>
                  <span className={styles.copyMark} data-severity={marks.get(index + 1)} />
                </div>
              ))}
            </div>
            <pre className={styles.copyText}>
              {props.html === undefined ? (
                <code ref={code}>{text}</code>
              ) : (
                // biome-ignore lint/security/noDangerouslySetInnerHtml: Prism's spans around escaped text (src/lib/highlight.ts)
                <code ref={code} dangerouslySetInnerHTML={{ __html: props.html }} />
              )}
            </pre>
          </div>
        )}
      </div>
    );
  },
);
