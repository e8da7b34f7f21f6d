import { afterEach, describe, expect, it } from "vitest";
import { bumpDataVersion, stopWatchingDataVersion, watchDataVersion } from "./data-version.server";
import { memoPerDataVersion } from "./per-data-version.server";

const quietEvents = { fingerprint: async () => "same", recent: async () => [] };

function counting<T>(value: () => T) {
  const read = Object.assign(async () => {
    read.calls++;
    return value();
  }, { calls: 0 });
  return read;
}

describe("memoPerDataVersion", () => {
  afterEach(() => stopWatchingDataVersion());

  it("reads every time while the events table is not followed (tests, development)", async () => {
    const read = counting(() => 1);
    const figures = memoPerDataVersion(["directory"], read);
    await figures();
    await figures();
    expect(read.calls).toBe(2);
  });

  it("keeps the answer until an event touches one of its areas", async () => {
    watchDataVersion(quietEvents, 60_000);
    let n = 0;
    const read = counting(() => ++n);
    const figures = memoPerDataVersion(["directory", "accounts"], read);
    expect(await figures()).toBe(1);
    expect(await figures()).toBe(1);
    bumpDataVersion(["studios"]);
    expect(await figures()).toBe(1);
    expect(read.calls).toBe(1);
    bumpDataVersion(["accounts"]);
    expect(await figures()).toBe(2);
    expect(await figures()).toBe(2);
    expect(read.calls).toBe(2);
  });

  it("shares one read between concurrent callers and does not keep a failure", async () => {
    watchDataVersion(quietEvents, 60_000);
    let fail = true;
    const read = counting(() => {
      if (fail) throw new Error("database down");
      return "ok";
    });
    const figures = memoPerDataVersion(["directory"], read);
    const both = await Promise.allSettled([figures(), figures()]);
    expect(both.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(read.calls).toBe(1);
    fail = false;
    expect(await figures()).toBe("ok");
    expect(read.calls).toBe(2);
  });
});
