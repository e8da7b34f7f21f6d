import { json } from "@remix-run/node";
import { databaseHealth } from "~/utils/startup.server";
import { cacheStats } from "~/utils/page-cache.server";

// Liveness and readiness for load balancers: 200 only when the database answers.
export async function loader() {
  const health = await databaseHealth();
  return json(
    {
      status: health.ok ? "ok" : "error",
      database: health.ok ? health.engine : "unreachable",
      ms: health.ms,
      // The response cache since this process started (counts only: nothing about who asked what).
      responseCache: cacheStats,
    },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
