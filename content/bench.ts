// `npm run bench:structure`: structuring throughput on a ~20 KB document and the
// import of 1,000 documents (BENCH_IMPORT_COUNT; read, structure and save
// through importFiles, BENCH_IMPORT_BATCH per transaction) into a fresh
// embedded database, or into BENCH_DATABASE_URL (a PostgreSQL server).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import os from "node:os";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDirectory } from "../db/seed";
import { countingQueries } from "../db/query-count";
import { loadDirectory } from "../app/models/documents/documents.server";
import { structureText } from "../app/structurer";
import { tokenize } from "../search/segment";
import { importFiles, listContentFiles, parseFrontMatter } from "./importer";

async function main() {
  const files = await listContentFiles();
  const bodies = files.map((f) => parseFrontMatter(f, readFileSync(f, "utf8"))?.body ?? "");
  // A ~20 KB report: the corpus bodies joined as numbered parts.
  let big = "";
  for (let i = 0; big.length < 21_000 / 3; i++) big += `第${"一二三四五六七八九十"[i % 10]}部分\n${bodies[i % bodies.length]}\n`;
  const bytes = Buffer.byteLength(big, "utf8");

  const url = process.env.BENCH_DATABASE_URL;
  const handle = url ? openDatabase({ databaseUrl: url }) : openDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  await seedDirectory(handle.db);
  const directory = await loadDirectory(handle.db);

  // Structuring: warm up for ~2 s (V8 needs a few hundred runs to compile the structurer's
  // hot code; the first runs measure the compiler, not the structurer — reported apart),
  // then run for ~3 s.
  const w0 = performance.now();
  let warmRuns = 0;
  while (warmRuns < 5 || performance.now() - w0 < 2000) {
    structureText(big, { directory });
    warmRuns++;
  }
  const warmMs = (performance.now() - w0) / warmRuns;
  let runs = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < Number(process.env.BENCH_STRUCTURE_MS ?? 3000) || runs === 0) {
    structureText(big, { directory });
    runs++;
  }
  const structMs = (performance.now() - t0) / runs;
  // CPU time of this process: on a shared machine the wall-clock figure also counts the
  // time other processes held the cores; CPU time per document is what the code costs.
  const cpu = process.cpuUsage(cpu0);
  const structCpuMs = (cpu.user + cpu.system) / 1000 / runs;

  // Import: N distinct files (the corpus bodies, varied so every hash differs),
  // through importFiles as `npm run content:import` imports them, BENCH_IMPORT_BATCH
  // documents per transaction (1: one at a time).
  const N = Number(process.env.BENCH_IMPORT_COUNT ?? 1000);
  const batch = Number(process.env.BENCH_IMPORT_BATCH ?? 50);
  const dir = mkdtempSync(path.join(os.tmpdir(), "xs-bench-import-"));
  const inputs: string[] = [];
  for (let i = 0; i < N; i++) {
    const body = bodies[i % bodies.length].replace(/\d+/, (n) => String(Number(n) + i));
    const file = path.join(dir, `bench-${String(i).padStart(6, "0")}.md`);
    writeFileSync(file, `---\nkind: party_proposal\ntitle: 基准文档 ${i}\nyear: 2026\nslug: bench-${i}\n---\n${body}`);
    inputs.push(file);
  }
  tokenize("预热分词词典"); // jieba's dictionary loads once (~0.2 s), not in the timing
  const icpu0 = process.cpuUsage();
  const t1 = performance.now();
  const run = countingQueries(() => importFiles(handle.db, inputs, null, { batch }));
  const { done, errors } = await run.result;
  const importS = (performance.now() - t1) / 1000;
  const icpu = process.cpuUsage(icpu0);
  const importCpuMs = (icpu.user + icpu.system) / 1000 / N;
  rmSync(dir, { recursive: true, force: true });
  if (errors.length || done.length !== N) throw new Error(`import failed: ${errors[0]?.message ?? `${done.length} of ${N}`}`);
  await handle.close();

  const engine = url ? "PostgreSQL (server)" : "PGlite (embedded, in memory)";
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`);
  console.log(`structuring: ${(bytes / 1024).toFixed(1)} KB document, ${structMs.toFixed(1)} ms each, ${(1000 / structMs).toFixed(1)} documents/s`);
  console.log(`  while warming up (first ${warmRuns} runs, ~2 s): ${warmMs.toFixed(1)} ms each, ${(1000 / warmMs).toFixed(1)} documents/s`);
  console.log(`  CPU time: ${structCpuMs.toFixed(1)} ms each (${(1000 / structCpuMs).toFixed(1)} documents/s of CPU), load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`import (${engine}): ${N} documents in ${importS.toFixed(1)} s, ${(N / importS).toFixed(1)} documents/s`);
  // This process only (with PGlite, the database too; a server's own CPU time is not counted).
  console.log(`import: CPU time of this process ${importCpuMs.toFixed(1)} ms per document (${(1000 / importCpuMs).toFixed(1)} documents/s of CPU)`);
  console.log(`import: ${batch} documents per transaction, ${(run.counter.queries / N).toFixed(1)} statements per document`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
