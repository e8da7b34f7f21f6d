// The session cookie is sent again when a page read extends the session, through the
// real production server (response cache on): a reader who uses the site every day
// stays signed in beyond the cookie's first 14 days. The session is aged in the
// database between two runs of the server (PGlite has one writer at a time).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../db/client";
import { signIn, startServer, type RunningServer } from "../reliability/server";

const engine = process.env.TEST_DB_ENGINE === "postgres" ? "postgres" : "pglite";
const PORT = 3187;
const B = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "xs-session-cookie-"));
const env = { XS_DATA_DIR: dataDir, SEED_DEMO: "false", RESPONSE_CACHE_MB: "16" };
let server: RunningServer | null = null;

async function ageSessions(days: number) {
  const handle = openDatabase({ dataDir: path.join(dataDir, "pglite") });
  await handle.pglite!.query(`update sessions set expires_at = now() + interval '${days} days'`);
  await handle.close();
}

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(engine !== "pglite")("the session cookie follows the session", () => {
  it("is sent with the page that extended the session, once, on a shared public page and on a workbench", async () => {
    const seeded = openDatabase({ dataDir: path.join(dataDir, "pglite"), loadDataDir: new Blob([readFileSync(inject("pgliteSnapshot"))]) });
    await seeded.pglite!.waitReady;
    await seeded.close();
    server = await startServer(PORT, env);
    const cookie = await signIn(B, "member");
    const get = (p: string) => fetch(`${B}${p}`, { headers: { Cookie: cookie }, redirect: "manual" });
    // A fresh session: no cookie with the pages.
    expect((await get("/member")).headers.get("set-cookie")).toBeNull();

    for (const page of ["/", "/member"]) {
      await server.stop();
      await ageSessions(3); // in the second half of its 14 days
      server = await startServer(PORT, env);
      const first = await get(page);
      expect(first.status, page).toBe(200);
      expect(first.headers.get("set-cookie"), page).toBe(`${cookie}; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax`);
      const second = await get(page);
      expect(second.status, page).toBe(200);
      expect(second.headers.get("set-cookie"), page).toBeNull();
    }
  }, 240_000);
});
