/**
 * A modal question with two answers, on the browser's own `<dialog>`: `showModal()` makes the rest of the page
 * inert, moves focus into the dialog and closes it on Escape (as a cancel); focus returns to the button that
 * opened it. The confirming button is not the default, so Enter or Escape by reflex keeps the user's work.
 */
import { type ReactNode, useEffect, useId, useRef } from "react";
import styles from "./editor.module.css";

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) element.showModal();
    if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid="playground-confirm"
      // Escape closes the dialog as a cancel.
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      <p id={bodyId}>{props.body}</p>
      <div className={styles.dialogButtons}>
        <button
          type="button"
          className="button button--secondary"
          onClick={props.onCancel}
          data-answer="cancel"
          // biome-ignore lint/a11y/noAutofocus: the safe answer takes focus when the question opens
          autoFocus
        >
          {props.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={props.onConfirm}
          data-answer="confirm"
        >
          {props.confirm}
        </button>
      </div>
    </dialog>
  );
}
