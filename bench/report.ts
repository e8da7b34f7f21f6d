// The benchmark's Markdown: one table per database, the budget verdicts, and
// the generated section of docs/performance.md (between two marker comments,
// so the hand-written sections around it stay as they are).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Measure } from "./load";

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
  rssMiB: number | null;
  loadBefore: number[];
  loadAfter: number[];
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const int = (x: number) => Math.round(x).toLocaleString("en-US");
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");

export const DOCUMENT_PAGE = "document page";

export function verdicts(t: TargetResult) {
  const doc = t.pages.find((p) => p.name === DOCUMENT_PAGE);
  if (!doc) return [];
  const ratio = doc.app.rps / doc.bare.rps;
  return [
    `document page p99 ${ms(doc.app.p99)} ms (budget < 100 ms): ${doc.app.p99 < 100 ? "**met**" : "**not met**"}`,
    `document page throughput ${(ratio * 100).toFixed(1)} % of the bare server (budget ≥ 25 %): ${ratio >= 0.25 ? "**met**" : "**not met**"}`,
    `non-2xx responses or errors from the app: ${t.pages.reduce((n, p) => n + p.app.non2xx + p.app.errors, 0)} (must be 0)`,
  ];
}

export function table(t: TargetResult): string {
  const rows = t.pages.map(
    (p) =>
      `| ${p.name} | \`${decodeURI(p.url)}\` | ${int(p.bytes / 1024)} KiB | ${int(p.app.rps)} | ${ms(p.app.p50)} / ${ms(p.app.p99)} | ${int(p.bare.rps)} | ${ms(p.bare.p50)} / ${ms(p.bare.p99)} | **${((p.app.rps / p.bare.rps) * 100).toFixed(1)} %** | ${p.app.non2xx + p.app.errors} |`,
  );
  return [
    `### ${t.label}`,
    "",
    `Data: ${t.seeded}. Load average (1/5/15 min) before: ${load(t.loadBefore)}, after: ${load(t.loadAfter)}. ` +
      `App server RSS after the run: ${t.rssMiB === null ? "n/a" : `${int(t.rssMiB)} MiB`}.`,
    "",
    "| page | URL | size | app req/s | app p50 / p99 ms | bare req/s | bare p50 / p99 ms | app ÷ bare | non-2xx |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    ...verdicts(t).map((v) => `- ${v}`),
    "",
  ].join("\n");
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
