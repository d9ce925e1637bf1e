import { describe, expect, it, vi } from "vitest";
import { Saver, type SaveStatus } from "./saver";

function setup(send: (e: string) => Promise<string>) {
  const saved: string[] = [];
  const errors: string[] = [];
  const statuses: SaveStatus[] = [];
  const saver = new Saver<string, string>(
    send,
    {
      onSaved: (key, r) => saved.push(`${key}=${r}`),
      onError: (key) => errors.push(key),
      onStatus: (s) => statuses.push(s),
    },
    50,
  );
  return { saver, saved, errors, statuses };
}

describe("Saver", () => {
  it("keeps only the last edit of a field typed in one burst", async () => {
    vi.useFakeTimers();
    const sent: string[] = [];
    const { saver, saved } = setup(async (e) => (sent.push(e), e));
    saver.later("name", "M");
    saver.later("name", "Mo");
    saver.later("name", "Mohammed");
    await vi.advanceTimersByTimeAsync(60);
    await saver.flush();
    expect(sent).toEqual(["Mohammed"]);
    expect(saved).toEqual(["name=Mohammed"]);
    vi.useRealTimers();
  });

  it("sends edits one at a time, in the order they were made", async () => {
    const order: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { saver } = setup(async (e) => {
      order.push(`start ${e}`);
      if (e === "a") await gate;
      order.push(`end ${e}`);
      return e;
    });
    const first = saver.now("x", "a");
    const second = saver.now("y", "b");
    await Promise.resolve();
    expect(order).toEqual(["start a"]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("flush sends what is waiting at once and reports saved", async () => {
    const { saver, saved, statuses } = setup(async (e) => e);
    saver.later("answer:q1", "yes");
    expect(saver.busy).toBe(true);
    await saver.flush();
    expect(saved).toEqual(["answer:q1=yes"]);
    expect(statuses.at(-1)).toBe("saved");
    expect(saver.busy).toBe(false);
  });

  it("a refused edit reports an error and does not stop later edits", async () => {
    const { saver, saved, errors, statuses } = setup(async (e) => {
      if (e === "bad") throw new Error("refused");
      return e;
    });
    await saver.now("birth", "bad");
    expect(errors).toEqual(["birth"]);
    expect(statuses.at(-1)).toBe("error");
    await saver.now("sex", "female");
    expect(saved).toEqual(["sex=female"]);
    expect(statuses.at(-1)).toBe("saved");
  });
});
