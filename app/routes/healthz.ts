import { json } from "@remix-run/node";
import { databaseHealth } from "~/utils/startup.server";

// Liveness and readiness for load balancers: 200 only when the database answers.
export async function loader() {
  const health = await databaseHealth();
  return json(
    { status: health.ok ? "ok" : "error", database: health.ok ? health.engine : "unreachable", ms: health.ms },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
