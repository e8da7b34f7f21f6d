// The benchmark's Markdown: one section per database and one per goal of
// issue 16, each figure against its goal, and the generated section of
// docs/performance.md (between two marker comments, so the hand-written
// sections around it stay as they are).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ImportResult } from "./import-rate";
import type { Scores } from "./lighthouse";
import type { Measure } from "./load";
import type { SignedInPage } from "./signed-in";
import type { PageWeight } from "./weight";

export interface PageResult {
  name: string;
  url: string;
  bytes: number;
  app: Measure;
  bare: Measure;
}

export interface TargetResult {
  label: string;
  seeded: string;
  pages: PageResult[];
  signedIn: SignedInPage[];
  rssMiB: number | null;
  loadBefore: number[];
  loadAfter: number[];
}

export interface WriterPage {
  name: string;
  url: string;
  quietRps: number;
  app: Measure;
  hitRate: number | null;
}

export interface BenchResult {
  targets: TargetResult[];
  writer?: { pages: WriterPage[]; written: number; perSecond: number };
  weights?: PageWeight[];
  lighthouse?: { name: string; url: string; scores: Scores | null }[];
  cluster?: { workers: number; pages: SignedInPage[]; rssMiB: number | null }[];
  imports: ImportResult[];
  notes: string[];
  encoding: string;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const int = (x: number) => Math.round(x).toLocaleString("en-US");
const kib = (b: number) => (b / 1024).toFixed(b < 10 * 1024 ? 1 : 0);
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
const met = (ok: boolean) => (ok ? "**met**" : "**not met**");

export const DOCUMENT_PAGE = "document page";
/** Signed-in requests per second before issue 16 (the issue's measurement: 21–33 on every page; the best taken). */
export const SIGNED_IN_BEFORE_RPS = 33;
export const JS_BUDGET = 100 * 1024;

export function verdicts(t: TargetResult) {
  const doc = t.pages.find((p) => p.name === DOCUMENT_PAGE);
  if (!doc) return [];
  const ratio = doc.app.rps / doc.bare.rps;
  return [
    `document page p99 ${ms(doc.app.p99)} ms (budget < 100 ms): ${met(doc.app.p99 < 100)}`,
    `document page throughput ${(ratio * 100).toFixed(1)} % of the bare server (budget ≥ 25 %): ${met(ratio >= 0.25)}`,
    `non-2xx responses or errors from the app: ${t.pages.reduce((n, p) => n + p.app.non2xx + p.app.errors, 0)} (must be 0)`,
  ];
}

function anonymousTable(t: TargetResult) {
  return [
    "| page | URL | size | app req/s | app p50 / p99 ms | bare req/s | bare p50 / p99 ms | app ÷ bare | non-2xx |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...t.pages.map(
      (p) =>
        `| ${p.name} | \`${decodeURI(p.url)}\` | ${int(p.bytes / 1024)} KiB | ${int(p.app.rps)} | ${ms(p.app.p50)} / ${ms(p.app.p99)} | ${int(p.bare.rps)} | ${ms(p.bare.p50)} / ${ms(p.bare.p99)} | **${((p.app.rps / p.bare.rps) * 100).toFixed(1)} %** | ${p.app.non2xx + p.app.errors} |`,
    ),
  ];
}

function signedInTable(pages: SignedInPage[], withProfile: boolean) {
  const rows = pages.map((p) => {
    const cpu = p.profile && p.profileRequests ? ms(p.profile.cpuMs / p.profileRequests) : "–";
    const top = p.profile ? p.profile.top.slice(0, 3).map((t) => `${t.name.replace(/\|/g, "\\|")} ${(t.share * 100).toFixed(0)} %`).join("; ") : "";
    const base = `| ${p.name} | ${p.as} | \`${decodeURI(p.url)}\` | ${p.cacheState ?? "–"} | ${p.queries ?? "–"} | ${int(p.app.rps)} | ${ms(p.app.p50)} / ${ms(p.app.p99)} | ${(p.app.rps / SIGNED_IN_BEFORE_RPS).toFixed(1)}× | ${p.app.non2xx + p.app.errors}`;
    return withProfile ? `${base} | ${cpu} | ${top} |` : `${base} |`;
  });
  return [
    `| page | as | URL | cache | queries | req/s | p50 / p99 ms | ÷ before (${SIGNED_IN_BEFORE_RPS}/s) | non-2xx${withProfile ? " | CPU ms/req | top self time (profile)" : ""} |`,
    `| --- | --- | --- | --- | --- | --- | --- | --- | ---${withProfile ? " | --- | ---" : ""} |`,
    ...rows,
  ];
}

function targetSection(t: TargetResult) {
  const lines = [
    `### ${t.label}`,
    "",
    `Data: ${t.seeded}. Load average (1/5/15 min) before: ${load(t.loadBefore)}, after: ${load(t.loadAfter)}. ` +
      `**RSS under load** (goal 7, after the anonymous and signed-in loads): ${t.rssMiB === null ? "n/a" : `${int(t.rssMiB)} MiB`}.`,
    "",
    "Anonymous (no `Accept-Encoding`, as before, so the bare server sends the same bytes):",
    "",
    ...anonymousTable(t),
    "",
    ...verdicts(t).map((v) => `- ${v}`),
    "",
  ];
  if (t.signedIn.length) {
    const worst = Math.max(...t.signedIn.map((p) => p.app.p99));
    const slowest = Math.min(...t.signedIn.map((p) => p.app.rps));
    lines.push(
      "Signed in (goal 1): a real session cookie, `Accept-Encoding: gzip, deflate, br`. *cache* is how the second request was answered (`hit`: the shared copy for the reader's roles, with their name filled in; `bypass`: rendered for this reader). *queries*: database statements of a render of the page for this reader (the first request; a hit runs only the session statement, plus the reader facts on proposal and recommendation pages). req/s and latencies are measured without the profiler; CPU per request (the app's main thread busy, samples that are not idle, divided by the requests answered) and the top self-time functions come from a V8 CPU profile of a second, shorter load of the same page.",
      "",
      ...signedInTable(t.signedIn, true),
      "",
      `- every signed-in page p99 < 250 ms: worst ${ms(worst)} ms: ${met(worst < 250)}`,
      `- every signed-in page ≥ 10× before (≥ ${SIGNED_IN_BEFORE_RPS * 10} req/s): slowest ${int(slowest)} req/s: ${met(slowest >= SIGNED_IN_BEFORE_RPS * 10)}`,
      "",
    );
  }
  return lines.join("\n");
}

export function report(header: string, r: BenchResult): string {
  const out: string[] = [header, ...r.notes, ""];
  for (const t of r.targets) out.push(targetSection(t));
  if (r.writer) {
    const worst = Math.min(...r.writer.pages.map((p) => p.app.rps / p.quietRps));
    out.push(
      "### The cache under writes (goal 2, PostgreSQL)",
      "",
      `A writer in another process recorded ${r.writer.written} events (${r.writer.perSecond.toFixed(1)}/s: studio sign-ups and cancellations, registrations) through the domain functions while each page was measured again. Hit rate from the server's own counters (\`/healthz\`).`,
      "",
      "| page | quiet req/s | req/s under writes | share kept | p99 ms | hit rate |",
      "| --- | --- | --- | --- | --- | --- |",
      ...r.writer.pages.map(
        (p) => `| ${p.name} | ${int(p.quietRps)} | ${int(p.app.rps)} | ${((p.app.rps / p.quietRps) * 100).toFixed(0)} % | ${ms(p.app.p99)} | ${p.hitRate === null ? "–" : `${(p.hitRate * 100).toFixed(2)} %`} |`,
      ),
      "",
      `- every page keeps ≥ 50 % of its quiet throughput: worst ${(worst * 100).toFixed(0)} %: ${met(worst >= 0.5)}`,
      "",
    );
  }
  if (r.weights) {
    const publicPages = r.weights.filter((w) => !w.name.includes("signed in"));
    const heaviest = Math.max(...publicPages.map((w) => w.jsCompressed));
    out.push(
      "### Page weight (goals 3 and 4, PostgreSQL)",
      "",
      "HTML as sent without compression, gzipped and to a browser (`gzip, deflate, br`); JavaScript: every module script and modulepreload of the page, fetched as a browser would (precompressed build assets).",
      "",
      "| page | HTML | gzip | browser | sent as | scripts | JS | JS compressed | JS sent as |",
      "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
      ...r.weights.map(
        (w) =>
          `| ${w.name} | ${kib(w.html.identity)} KiB | ${kib(w.html.gzip)} KiB | ${kib(w.html.br)} KiB | ${w.html.sentAs} | ${w.scripts} | ${kib(w.jsIdentity)} KiB | ${kib(w.jsCompressed)} KiB | ${w.jsEncodings.join(", ")} |`,
      ),
      "",
      `- client JavaScript ≤ 100 KB compressed on every public page: heaviest ${kib(heaviest)} KiB: ${met(heaviest <= JS_BUDGET)}`,
      "",
    );
  }
  if (r.lighthouse) {
    const rows = r.lighthouse.map((l) =>
      l.scores
        ? `| ${l.name} | ${l.scores.performance} | ${l.scores.accessibility} | ${l.scores["best-practices"]} | ${l.scores.seo} | ${l.scores.failedAudits.join(", ") || "–"} |`
        : `| ${l.name} | failed | | | | |`,
    );
    const pub = r.lighthouse.filter((l) => !l.name.includes("signed in"));
    const all = r.lighthouse;
    const ok = (f: (s: Scores) => boolean, list = all) => list.every((l) => l.scores && f(l.scores));
    out.push(
      "### Lighthouse (goal 5, mobile profile, PostgreSQL)",
      "",
      "Lighthouse 12.2.3 driving /usr/bin/chromium (headless) against the production server on this machine.",
      "",
      "| page | performance | accessibility | best practices | SEO | failed audits |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
      `- performance ≥ 95: ${met(ok((s) => (s.performance ?? 0) >= 95))}`,
      `- accessibility 100: ${met(ok((s) => s.accessibility === 100))}`,
      `- best practices ≥ 95: ${met(ok((s) => (s["best-practices"] ?? 0) >= 95))}`,
      `- SEO 100 on public pages: ${met(ok((s) => s.seo === 100, pub))}`,
      "",
    );
  }
  if (r.imports.length) {
    out.push(
      "### Import (goal 6)",
      "",
      "| engine | IMPORT_WORKERS | documents | seconds | documents/s |",
      "| --- | --- | --- | --- | --- |",
      ...r.imports.map((i) => `| ${i.engine} | ${i.workers} | ${i.documents} | ${i.seconds.toFixed(1)} | ${i.perSecond.toFixed(1)} |`),
      "",
      ...[...new Set(r.imports.map((i) => i.workers))].map((w) => {
        const runs = r.imports.filter((i) => i.workers === w);
        return `- ≥ 100 documents/s on both engines, IMPORT_WORKERS=${w}${w === 0 ? " (the default)" : ""}: ${met(runs.every((i) => i.perSecond >= 100))}`;
      }),
      "",
    );
  }
  if (r.cluster && r.cluster.length === 2) {
    const [one, two] = r.cluster;
    const rows = one.pages.map((p, i) => {
      const q = two.pages[i];
      return `| ${p.name} | ${int(p.app.rps)} | ${ms(p.app.p99)} | ${int(q.app.rps)} | ${ms(q.app.p99)} | ${(q.app.rps / p.app.rps).toFixed(2)}× |`;
    });
    const faster = one.pages.every((p, i) => two.pages[i].app.rps > p.app.rps);
    out.push(
      "### Two processes (goal 8, PostgreSQL, `WEB_CONCURRENCY=2`)",
      "",
      "The signed-in pages that render on every request (no shared copy), on one app process and on two (node cluster), same data, same sessions.",
      "",
      "| page | 1 process req/s | p99 ms | 2 processes req/s | p99 ms | speed-up |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
      "",
      `RSS: one process ${one.rssMiB === null ? "n/a" : int(one.rssMiB)} MiB, two (primary + workers) ${two.rssMiB === null ? "n/a" : int(two.rssMiB)} MiB.`,
      "",
      `- two processes serve every one of these pages faster than one: ${met(faster)}`,
      "",
    );
  }
  return out.join("\n");
}

/** The old single-target table (kept for callers that print one target). */
export function table(t: TargetResult): string {
  return targetSection(t);
}

const START = "<!-- npm run bench: generated, start -->";
const END = "<!-- npm run bench: generated, end -->";

/** Replace the generated part of docs/performance.md (or append it under its heading). */
export function writeDocs(file: string, body: string) {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "# Performance\n";
  const block = `${START}\n${body.trim()}\n${END}`;
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  const next =
    from >= 0 && to > from
      ? text.slice(0, from) + block + text.slice(to + END.length)
      : `${text.trimEnd()}\n\n## Pages under load (\`npm run bench\`)\n\n${block}\n`;
  writeFileSync(file, next);
}
