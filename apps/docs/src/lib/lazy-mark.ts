/**
 * Stands in for mark.js in the search plugin (plugins/search-marks.ts swaps it in). The plugin highlights the
 * searched words on the page a result leads to, and on every page load first clears old marks with mark.js' `unmark`,
 * which walks every element of the article: 100 ms of a page's start-up on the StatefulSet page, where there is
 * nothing to clear unless one came from a search. Here `unmark` returns at once when the article has no mark, and
 * mark.js is loaded only when there is something to mark or to clear, so it leaves every page's main bundle too.
 */

interface MarkOptions {
  readonly done?: (count: number) => void;
  readonly [option: string]: unknown;
}

interface MarkJs {
  mark(keywords: string | readonly string[], options?: MarkOptions): unknown;
  unmark(options?: MarkOptions): unknown;
}

type MarkJsClass = new (context: Element) => MarkJs;

let loading: Promise<MarkJsClass> | undefined;

function markJs(): Promise<MarkJsClass> {
  // A UMD file: bundlers hand its `module.exports` over as the default export.
  loading ??= import("mark.js/dist/mark.es6.js").then((module) => module.default as MarkJsClass);
  return loading;
}

/** The selector mark.js' marks carry (it sets `data-markjs` on each). */
export const MARK_SELECTOR = "mark[data-markjs]";

export default class LazyMark {
  readonly #context: Element;
  /** Calls made before mark.js arrived run in order, each on the same instance. */
  #queue: Promise<MarkJs> | undefined;

  constructor(context: Element) {
    this.#context = context;
  }

  #run(call: (mark: MarkJs) => void): void {
    this.#queue = (this.#queue ?? markJs().then((Mark) => new Mark(this.#context))).then((mark) => {
      call(mark);
      return mark;
    });
  }

  mark(keywords: string | readonly string[], options?: MarkOptions): this {
    this.#run((mark) => mark.mark(keywords, options));
    return this;
  }

  unmark(options?: MarkOptions): this {
    if (this.#queue === undefined && this.#context.querySelector(MARK_SELECTOR) === null) {
      options?.done?.(0);
      return this;
    }
    this.#run((mark) => mark.unmark(options));
    return this;
  }
}
