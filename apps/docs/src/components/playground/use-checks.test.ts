import { describe, expect, it } from "vitest";
import type { CheckRequest } from "./check-result";
import { checkQueue } from "./use-checks";

const request = (id: number, text = `kind: Job # ${id}`): CheckRequest => ({
  id,
  text,
  version: "1.34",
  lang: "en",
  now: 0,
});

describe("checkQueue", () => {
  it("sends one request at a time, and only the newest of those made meanwhile", () => {
    const sent: number[] = [];
    const queue = checkQueue((r) => sent.push(r.id));
    queue.request(request(1));
    queue.request(request(2));
    queue.request(request(3));
    expect(sent).toEqual([1]);
    // The answer to 1 is not the latest: it is not shown, and 3 goes out in place of 2.
    expect(queue.answered(1)).toBe(false);
    expect(sent).toEqual([1, 3]);
    expect(queue.answered(3)).toBe(true);
    expect(sent).toEqual([1, 3]);
  });

  it("sends at once when nothing is in flight, and counts ids from the last request", () => {
    const sent: number[] = [];
    const queue = checkQueue((r) => sent.push(r.id));
    expect(queue.latest).toBe(0);
    queue.request(request(1));
    expect(queue.answered(1)).toBe(true);
    queue.request(request(queue.latest + 1));
    expect(sent).toEqual([1, 2]);
    expect(queue.latest).toBe(2);
  });
});
