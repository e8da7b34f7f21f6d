// Lighthouse (npm `lighthouse`, pinned 12.2.3: 13 needs Node 22) driving the
// system Chromium, mobile profile (its default): the four category scores of
// a page. Used by `npm run bench` and by tests/e2e/accessibility.spec.ts.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type Scores = Record<"performance" | "accessibility" | "best-practices" | "seo", number | null> & { failedAudits: string[] };

export const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";

export async function lighthouse(url: string, opts: { headers?: Record<string, string>; categories?: string[] } = {}): Promise<Scores> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "xs-lighthouse-"));
  const out = path.join(dir, "report.json");
  const args = [
    url,
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
    `--only-categories=${(opts.categories ?? ["performance", "accessibility", "best-practices", "seo"]).join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync",
    "--max-wait-for-load=60000",
  ];
  if (opts.headers) args.push(`--extra-headers=${JSON.stringify(opts.headers)}`);
  try {
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(path.resolve("node_modules/.bin/lighthouse"), args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "ignore", "pipe"] });
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      child.on("error", reject);
      child.on("exit", (c) => (c === 0 ? resolve(0) : reject(new Error(`lighthouse exited ${c}: ${err.slice(-500)}`))));
    });
    void code;
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
      audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
    };
    const score = (id: string) => (report.categories[id] ? Math.round((report.categories[id].score ?? 0) * 100) : null);
    const failedAudits = Object.values(report.categories)
      .flatMap((c) => c.auditRefs.map((r) => r.id))
      .filter((id) => {
        const a = report.audits[id];
        return a && a.scoreDisplayMode === "binary" && a.score === 0;
      });
    return { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo"), failedAudits };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
