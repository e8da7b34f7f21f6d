// `npm run bench:structure`: structuring throughput on a ~20 KB document and the
// import of 1,000 documents (structure + save, one transaction each) into a
// fresh embedded database, or into BENCH_DATABASE_URL (a PostgreSQL server).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import os from "node:os";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { seedDirectory } from "../db/seed";
import { loadDirectory, saveStructuredDocument } from "../app/models/documents/documents.server";
import { structureText } from "../app/structurer";
import { listContentFiles, parseFrontMatter } from "./importer";

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
  while (performance.now() - t0 < 3000) {
    structureText(big, { directory });
    runs++;
  }
  const structMs = (performance.now() - t0) / runs;
  // CPU time of this process: on a shared machine the wall-clock figure also counts the
  // time other processes held the cores; CPU time per document is what the code costs.
  const cpu = process.cpuUsage(cpu0);
  const structCpuMs = (cpu.user + cpu.system) / 1000 / runs;

  // Import: 1,000 distinct documents (the corpus, varied so every hash differs).
  const N = Number(process.env.BENCH_IMPORT_COUNT ?? 1000);
  const t1 = performance.now();
  for (let i = 0; i < N; i++) {
    const body = bodies[i % bodies.length].replace(/\d+/, (n) => String(Number(n) + i));
    const [tree] = structureText(body, { directory }).documents;
    await saveStructuredDocument(
      {
        meta: { slug: `bench-${i}`, kind: "party_proposal", year: 2026 },
        sourceText: body,
        sourceFormat: "text",
        tree: { ...tree, title: tree.title || `基准文档 ${i}` },
      },
      null,
      handle.db,
    );
  }
  const importS = (performance.now() - t1) / 1000;
  await handle.close();

  const engine = url ? "PostgreSQL (server)" : "PGlite (embedded, in memory)";
  console.log(`machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`);
  console.log(`structuring: ${(bytes / 1024).toFixed(1)} KB document, ${structMs.toFixed(1)} ms each, ${(1000 / structMs).toFixed(1)} documents/s`);
  console.log(`  while warming up (first ${warmRuns} runs, ~2 s): ${warmMs.toFixed(1)} ms each, ${(1000 / warmMs).toFixed(1)} documents/s`);
  console.log(`  CPU time: ${structCpuMs.toFixed(1)} ms each (${(1000 / structCpuMs).toFixed(1)} documents/s of CPU), load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  console.log(`import (${engine}): ${N} documents in ${importS.toFixed(1)} s, ${(N / importS).toFixed(1)} documents/s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
