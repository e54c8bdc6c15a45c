/**
 * The playground's checks, off the page's thread: parsing, validation, rendering and highlighting take a phone
 * tens of milliseconds per keystroke, and core's code (about 400 KiB) loads here instead of on the page.
 * One request at a time comes in (./use-checks.ts sends the next only after this one's answer), so no queue builds.
 */
import { type CheckRequest, type CheckResponse, checkForPage } from "./check-result";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, text, version, lang, now } = event.data;
  const response: CheckResponse = { id, result: checkForPage(text, version, lang, new Date(now)) };
  scope.postMessage(response);
};
