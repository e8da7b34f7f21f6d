import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.server";

describe("RateLimiter (token bucket)", () => {
  it("allows a burst of perMinute, then refuses with the seconds until the next request", () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(120, () => now);
    for (let i = 0; i < 120; i++) expect(limiter.take(7).ok, `request ${i + 1}`).toBe(true);
    expect(limiter.take(7)).toEqual({ ok: false, retryAfterSeconds: 1 });
    // 120 a minute is one every 500 ms.
    now += 499;
    expect(limiter.take(7).ok).toBe(false);
    now += 1;
    expect(limiter.take(7).ok).toBe(true);
    expect(limiter.take(7).ok).toBe(false);
  });

  it("keeps keys apart and refills to the full burst, never beyond", () => {
    let now = 0;
    const limiter = new RateLimiter(3, () => now);
    for (let i = 0; i < 3; i++) limiter.take("a");
    expect(limiter.take("a").ok).toBe(false);
    expect(limiter.take("b")).toEqual({ ok: true, remaining: 2 });
    const refused = limiter.take("a");
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 20 });
    now += 10 * 60_000;
    expect(limiter.take("a")).toEqual({ ok: true, remaining: 2 });
  });
});
