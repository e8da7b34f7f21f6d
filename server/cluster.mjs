// `WEB_CONCURRENCY=N npm start`: N app processes (node's cluster module) on
// one PostgreSQL server, sharing the port. What keeps them consistent lives in
// the database: each process's response cache follows the events table
// (app/utils/data-version.server.ts), the API token limit is a row per token
// (api_rate_buckets), the Meilisearch outbox is drained under an advisory lock,
// the mail outbox with SKIP LOCKED. The first worker builds (if needed) and
// migrates; the others start once it listens. A worker that dies is replaced;
// SIGTERM/SIGINT stop them all gracefully. PGlite is one process's database:
// without DATABASE_URL a single worker runs.
import cluster from "node:cluster";

const log = (msg, extra = {}) => console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", msg, ...extra }));

export function runPrimary(requested) {
  const workers = process.env.DATABASE_URL ? requested : 1;
  if (workers < requested) log("WEB_CONCURRENCY needs DATABASE_URL (PGlite is single-process): running one worker");
  let stopping = false;
  const first = cluster.fork();
  first.once("listening", () => {
    for (let i = 1; i < workers; i++) cluster.fork();
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log("worker exited; starting another", { pid: worker.process.pid, code, signal });
    cluster.fork();
  });
  const forward = (signal) => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal);
  };
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      stopping = true;
      forward(signal);
    });
  }
  // CPU profiles (XS_CPU_PROFILE_DIR): each worker writes its own.
  process.on("SIGUSR2", () => forward("SIGUSR2"));
  log("cluster primary", { pid: process.pid, workers });
}
