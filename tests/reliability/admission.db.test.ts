// Admission control through the real production server (server/admission.mjs): with one
// turn and one place in the queue, a burst of signed-in page reads is served one at a time
// or turned away at once with 503 and Retry-After — never dropped, never half-answered —
// while the health check and a write are answered without waiting for a turn.
// PostgreSQL only: with PGlite each request first waits for its session read in the app's
// one database thread, and in a trial the burst reached the gate one request at a time.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createScratchDatabase, dropScratchDatabase, signIn, startServer, type RunningServer } from "./server";

const onPostgres = process.env.TEST_DB_ENGINE === "postgres";
const PORT = 3189;
const B = `http://127.0.0.1:${PORT}`;
const dbName = `xs_admission_${randomBytes(4).toString("hex")}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "xs-admission-"));
let created = false;
let server: RunningServer | null = null;

afterAll(async () => {
  await server?.stop();
  if (created) await dropScratchDatabase(dbName);
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!onPostgres)("admission control in front of the Remix handler", () => {
  it("serves a burst of reads one at a time or turns them away with 503 and Retry-After; the health check and writes do not wait", async () => {
    const url = await createScratchDatabase(dbName);
    created = true;
    server = await startServer(PORT, { DATABASE_URL: url, XS_DATA_DIR: dataDir, SEED_DEMO: "false", ACTIVE_REQUESTS: "1", REQUEST_QUEUE: "1" });
    const cookie = await signIn(B, "member");

    const burst = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${B}/member`, { headers: { Cookie: cookie } }).then(async (res) => ({ status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.text() })),
      ),
    );
    const served = burst.filter((r) => r.status === 200);
    const turnedAway = burst.filter((r) => r.status === 503);
    expect(served.length + turnedAway.length).toBe(burst.length);
    expect(served.length).toBeGreaterThanOrEqual(2); // the one working and the one waiting
    expect(turnedAway.length).toBeGreaterThan(0);
    for (const r of served) expect(r.body).toContain("委员工作台");
    for (const r of turnedAway) {
      expect(r.retryAfter).toBe("5");
      expect(r.body).toContain("服务繁忙");
    }

    // While reads queue, the health check and a write (the login form's POST) go straight through.
    const slow = Array.from({ length: 10 }, () => fetch(`${B}/member`, { headers: { Cookie: cookie } }).then((r) => r.status));
    const health = await fetch(`${B}/healthz`);
    expect(health.status).toBe(200);
    expect(await signIn(B, "member2")).toMatch(/^xs_session=/);
    for (const status of await Promise.all(slow)) expect([200, 503]).toContain(status);

    // Quiet again: every read is served.
    expect((await fetch(`${B}/member`, { headers: { Cookie: cookie } })).status).toBe(200);
  }, 240_000);
});
