// `npm run bench:search`: the PostgreSQL search engine at scale. Generates
// 100,000 synthetic recommendations (plus 1,000 documents) from the sentences
// of the sample corpus, indexes them (segmentation, tsvector, GIN) into a
// fresh database, then times one-, two- and three-word queries, with and
// without facet filters (facet counts are always computed), and reports p50 /
// p95. Runs on a fresh PGlite in a temporary folder, and on PostgreSQL when
// BENCH_DATABASE_URL, DATABASE_URL or TEST_DATABASE_URL is set (a fresh
// database is created there and dropped afterwards; the role needs CREATEDB).
//
// BENCH_SEARCH_N sets the number of recommendations; BENCH_SEARCH_QUERIES the
// queries per kind (default 200).
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, setDatabase, type DatabaseHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { listContentFiles, parseFrontMatter } from "../content/importer";
import type { SearchEntry, SearchFilters } from "./engine";
import { PgSearchEngine } from "./pg-engine";
import { parseQuery } from "./query";
import { STOP_WORDS, tokenize } from "./segment";
import { rng } from "./fuzz-inputs";

const N = Number(process.env.BENCH_SEARCH_N ?? 100_000);
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 200);
const PER_DOCUMENT = 100;
const BATCH = 500;
const KINDS = ["research_report", "party_proposal", "member_proposal", "joint_proposal", "committee_proposal"];

async function corpus() {
  const sentences: string[] = [];
  for (const file of await listContentFiles()) {
    const text = readFileSync(file, "utf8");
    const body = parseFrontMatter(file, text)?.body ?? text;
    for (const s of body
      .replace(/^#+\s*/gm, "")
      .replace(/\*\*/g, "")
      .split(/[。！？；\n]+/)) {
      const clean = s.replace(/^\s*(?:\d+[.、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)\s*/, "").trim();
      if (clean.length >= 8 && clean.length <= 200) sentences.push(clean);
    }
  }
  return sentences;
}

function synthesize(sentences: string[], next: () => number): SearchEntry[] {
  const pick = () => sentences[Math.floor(next() * sentences.length)];
  const entries: SearchEntry[] = [];
  const documents = Math.ceil(N / PER_DOCUMENT);
  for (let d = 1; d <= documents; d++) {
    const docTitle = `关于${pick().slice(0, 24)}的提案`;
    const year = 2019 + Math.floor(next() * 8);
    const organisationId = next() < 0.6 ? 1 + Math.floor(next() * 44) : null;
    const category = KINDS[Math.floor(next() * KINDS.length)];
    const group = `document:${d}`;
    const common = { group, audience: "public", status: "published", organisationId, year, category, sortDate: new Date(Date.UTC(year, 0, 1)) };
    const all = new Set<number>();
    for (let i = 0; i < PER_DOCUMENT && entries.length - d + 1 < N; i++) {
      const refId = (d - 1) * PER_DOCUMENT + i + 1;
      const departmentIds = Array.from({ length: 1 + Math.floor(next() * 3) }, () => 1 + Math.floor(next() * 130));
      departmentIds.forEach((x) => all.add(x));
      const section = pick().slice(0, 20);
      entries.push({
        ...common,
        kind: "recommendation",
        refId,
        title: pick().slice(0, 40),
        body: Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join("。") + "。",
        context: `${docTitle}\n${section}`,
        url: `/documents/bench-${d}#r-${i + 1}`,
        anchor: `r-${i + 1}`,
        departmentIds: [...new Set(departmentIds)].sort((a, b) => a - b),
      });
    }
    entries.push({
      ...common,
      kind: "document",
      refId: d,
      title: docTitle,
      body: Array.from({ length: 4 }, pick).join("。"),
      context: "",
      url: `/documents/bench-${d}`,
      anchor: null,
      departmentIds: [...all].sort((a, b) => a - b),
    });
  }
  return entries;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function run(label: string, handle: DatabaseHandle, entries: SearchEntry[], vocabulary: string[]) {
  setDatabase(handle);
  await migrateDatabase(handle);
  const engine = new PgSearchEngine();
  const next = rng(2026);

  // Indexing: batches of 500 entries, one transaction each.
  const started = performance.now();
  for (let i = 0; i < entries.length; i += BATCH) {
    await handle.db.transaction((t) => engine.index(t, entries.slice(i, i + BATCH)));
    if ((i / BATCH) % 40 === 0) process.stderr.write(`  ${label}: indexed ${i + BATCH}/${entries.length}\r`);
  }
  const indexSeconds = (performance.now() - started) / 1000;
  process.stderr.write("\n");
  await handle.db.execute(sql`analyze search_documents`);

  const word = () => vocabulary[Math.floor(next() * vocabulary.length)];
  const filterSets: SearchFilters[] = [
    { kind: "recommendation" },
    { year: 2019 + Math.floor(next() * 8) },
    { departmentId: 1 + Math.floor(next() * 130) },
    { kind: "recommendation", year: 2024 },
  ];
  const rows: { words: number; filters: boolean; p50: number; p95: number; meanHits: number }[] = [];
  for (const words of [1, 2, 3]) {
    for (const filtered of [false, true]) {
      const times: number[] = [];
      let hits = 0;
      for (let i = 0; i < QUERIES + 10; i++) {
        const q = Array.from({ length: words }, word).join(" ");
        const filters = filtered ? filterSets[i % filterSets.length] : {};
        const t0 = performance.now();
        const r = await engine.search({ query: parseQuery(q), filters, audiences: ["public"], offset: 0, limit: 20 });
        const ms = performance.now() - t0;
        if (i >= 10) {
          times.push(ms);
          hits += r.total;
        }
      }
      times.sort((a, b) => a - b);
      rows.push({ words, filters: filtered, p50: percentile(times, 50), p95: percentile(times, 95), meanHits: Math.round(hits / QUERIES) });
    }
  }
  return { label, indexSeconds, perSecond: entries.length / indexSeconds, rows };
}

async function main() {
  const sentences = await corpus();
  const next = rng(1);
  const entries = synthesize(sentences, next);
  const vocabulary = [...new Set(sentences.flatMap((s) => tokenize(s)))].filter((w) => w.length >= 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  console.log(
    `search bench: ${entries.filter((e) => e.kind === "recommendation").length} recommendations + ${entries.filter((e) => e.kind === "document").length} documents ` +
      `from ${sentences.length} corpus sentences; ${vocabulary.length} query words; ${QUERIES} queries per row; ` +
      `${os.cpus().length} cores, Node ${process.version}`,
  );
  const results = [];

  if (process.env.BENCH_SKIP_PGLITE !== "1") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "xs-bench-search-"));
    const pglite = openDatabase({ dataDir: path.join(dir, "pglite") });
    try {
      results.push(await run("PGlite", pglite, entries, vocabulary));
    } finally {
      await pglite.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const url = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `xs_bench_${randomBytes(4).toString("hex")}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const server = openDatabase({ databaseUrl: u.toString(), max: 4 });
    try {
      const [{ version }] = await admin`select current_setting('server_version') as version`;
      results.push(await run(`PostgreSQL ${version}`, server, entries, vocabulary));
    } finally {
      await server.close();
      if (process.env.BENCH_KEEP_DATABASE) console.log(`kept database ${name}`);
      else await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }

  for (const r of results) {
    console.log(`\n## ${r.label}\nindexing: ${entries.length} entries in ${r.indexSeconds.toFixed(1)} s = ${Math.round(r.perSecond)} entries/s`);
    console.log("| words | facet filter | p50 ms | p95 ms | mean matches |\n| --- | --- | --- | --- | --- |");
    for (const row of r.rows) {
      console.log(`| ${row.words} | ${row.filters ? "yes" : "no"} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.meanHits} |`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
