import { sql } from "drizzle-orm";
import { json } from "@remix-run/node";
import { db, getDatabase } from "../../db/client";
import { ensureReady } from "~/utils/startup.server";

// Liveness and readiness for load balancers: 200 only when the database answers.
export async function loader() {
  const started = Date.now();
  try {
    await ensureReady();
    await db.execute(sql`select 1`);
    return json(
      { status: "ok", database: getDatabase().engine, ms: Date.now() - started },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return json(
      { status: "error", database: "unreachable", ms: Date.now() - started },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
