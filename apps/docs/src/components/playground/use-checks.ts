/**
 * The playground's checks of the text as it changes, run in a worker (./check.worker.ts) so that typing never
 * waits for validation and the page's thread never loads core. Until the worker's first answer, the page shows
 * the build's check of its template; the worker is started as the page mounts and checks the text at once, which
 * adds the schedules' next runs (they depend on the clock, so the build leaves them out).
 *
 * One request is in flight at a time: a text typed while the worker is busy waits, and a newer one replaces it,
 * so the worker never falls behind the keyboard and only the answer for the latest text is shown.
 */
import type { KubernetesVersion, Lang } from "@podworks/core";
import { useEffect, useRef, useState } from "react";
import type { CheckRequest, CheckResponse, CheckResult } from "./check-result";

interface Channel {
  send(request: CheckRequest): void;
  close(): void;
}

/** A worker when the browser can start one; otherwise the checks, loaded on demand, on the page's thread. */
function openChannel(answer: (response: CheckResponse) => void): Channel {
  try {
    const worker = new Worker(new URL("./check.worker.ts", import.meta.url));
    worker.onmessage = (event: MessageEvent<CheckResponse>) => answer(event.data);
    return { send: (request) => worker.postMessage(request), close: () => worker.terminate() };
  } catch {
    let open = true;
    return {
      send: (request) => {
        void import("./check-result").then(({ checkForPage }) => {
          const { id, text, version, lang, now } = request;
          if (open) answer({ id, result: checkForPage(text, version, lang, new Date(now)) });
        });
      },
      close: () => {
        open = false;
      },
    };
  }
}

/**
 * The order of requests to one worker: one in flight at a time; a request made while one is in flight waits, and
 * a newer one replaces it. `answered` takes an answer's id, sends what waits, and says whether the answer is for
 * the latest request (only that one is shown).
 */
export function checkQueue(send: (request: CheckRequest) => void): {
  request(request: CheckRequest): void;
  answered(id: number): boolean;
  readonly latest: number;
} {
  let latest = 0;
  let busy = false;
  let waiting: CheckRequest | undefined;
  return {
    request(request) {
      latest = request.id;
      if (busy) {
        waiting = request;
        return;
      }
      busy = true;
      send(request);
    },
    answered(id) {
      busy = false;
      if (waiting) {
        const next = waiting;
        waiting = undefined;
        busy = true;
        send(next);
      }
      return id === latest;
    },
    get latest() {
      return latest;
    },
  };
}

export function useChecks(
  initial: CheckResult,
  text: string,
  version: KubernetesVersion,
  lang: Lang,
): CheckResult {
  const [result, setResult] = useState(initial);
  const queue = useRef<ReturnType<typeof checkQueue> | undefined>(undefined);
  /** The moment the page opened: next runs are counted from it, so they do not change while one types. */
  const opened = useRef(0);

  // (Declared first, so the queue is there when the effect below sends the first text.)
  useEffect(() => {
    opened.current = Date.now();
    const channel = openChannel((response) => {
      if (queue.current?.answered(response.id)) setResult(response.result);
    });
    queue.current = checkQueue((request) => channel.send(request));
    return () => {
      channel.close();
      queue.current = undefined;
    };
  }, []);

  useEffect(() => {
    const q = queue.current;
    q?.request({ id: q.latest + 1, text, version, lang, now: opened.current });
  }, [text, version, lang]);

  return result;
}
