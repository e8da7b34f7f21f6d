import { describe, expect, it } from "vitest";
// @ts-expect-error — a plain .mjs module of the server, without type declarations
import { createAdmission } from "./admission.mjs";

type Turn = "admitted" | "gone" | "full";
interface Admission {
  enter(res: { destroyed: boolean; writableEnded: boolean }): Promise<Turn>;
  leave(): void;
  stats(): { active: number; waiting: number };
}

const client = () => ({ destroyed: false, writableEnded: false });
const tick = () => new Promise((r) => setImmediate(r));

describe("admission control in front of the Remix handler", () => {
  it("admits up to the limit at once and queues the rest in arrival order", async () => {
    const gate = createAdmission({ limit: 2, maxQueue: 10 }) as Admission;
    const order: number[] = [];
    const turns = [0, 1, 2, 3, 4].map((i) => gate.enter(client()).then((t) => (order.push(i), t)));
    await tick();
    expect(order).toEqual([0, 1]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 3 });

    gate.leave();
    await tick();
    expect(order).toEqual([0, 1, 2]);
    gate.leave();
    gate.leave();
    await tick();
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(await Promise.all(turns)).toEqual(["admitted", "admitted", "admitted", "admitted", "admitted"]);
    expect(gate.stats()).toEqual({ active: 2, waiting: 0 });
  });

  it("skips a request whose client left while it waited, and gives its turn to the next", async () => {
    const gate = createAdmission({ limit: 1, maxQueue: 10 }) as Admission;
    expect(await gate.enter(client())).toBe("admitted");
    const left = client();
    const first = gate.enter(left);
    const second = gate.enter(client());
    left.destroyed = true;
    gate.leave();
    expect(await first).toBe("gone");
    expect(await second).toBe("admitted");
    expect(gate.stats()).toEqual({ active: 1, waiting: 0 });
  });

  it("turns a request away at once when the queue is full, and takes it again once there is room", async () => {
    const gate = createAdmission({ limit: 1, maxQueue: 2 }) as Admission;
    await gate.enter(client());
    const waiting = [gate.enter(client()), gate.enter(client())];
    expect(await gate.enter(client())).toBe("full");
    gate.leave();
    expect(await waiting[0]).toBe("admitted");
    expect(gate.stats()).toEqual({ active: 1, waiting: 1 });
    const third = gate.enter(client());
    expect(gate.stats().waiting).toBe(2);
    gate.leave();
    gate.leave();
    expect(await Promise.all([waiting[1], third])).toEqual(["admitted", "admitted"]);
  });
});
