// Goal 6: documents imported per second (files read, structured and saved by
// importFiles, 50 documents per transaction) on each engine, by the same script
// as `npm run bench:structure` (content/bench.ts), in a scratch database, with the
// default IMPORT_WORKERS=0 and with the worker-thread option the README documents.
import { spawnSync } from "node:child_process";
import path from "node:path";
import postgres from "postgres";

export interface ImportResult {
  engine: "pglite" | "postgres";
  /** IMPORT_WORKERS of the run: threads that read and structure while the main thread saves. */
  workers: number;
  documents: number;
  seconds: number;
  perSecond: number;
}

export async function importRate(engine: ImportResult["engine"], count: number, url?: string, workers = 0): Promise<ImportResult> {
  let target: string | undefined;
  const name = "xs_bench_import";
  const admin = engine === "postgres" && url ? postgres(url, { max: 1, onnotice: () => {} }) : null;
  if (admin && url) {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    target = u.toString();
  }
  try {
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["content/bench.ts"], {
      env: { ...process.env, BENCH_IMPORT_COUNT: String(count), BENCH_DATABASE_URL: target ?? "", IMPORT_WORKERS: String(workers) },
      encoding: "utf8",
    });
    const m = /import \(.*\): (\d+) documents in ([\d.]+) s, ([\d.]+) documents\/s/.exec(run.stdout);
    if (!m) throw new Error(`import bench printed no rate: ${run.stdout}\n${run.stderr}`);
    return { engine, workers, documents: Number(m[1]), seconds: Number(m[2]), perSecond: Number(m[3]) };
  } finally {
    if (admin) {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}
