/**
 * `npm run structure:score` — the structurer's figures on the gold corpora (see
 * content/structure-score.ts for what each figure means).
 *
 *   npm run -s structure:score                 every corpus: totals, and per text for tuned folders
 *   npm run -s structure:score -- --verbose    …with every lost sentence, kept chrome line, department
 *   npm run -s structure:score -- DIR          one corpus folder
 *
 * A held-out folder (HELD_OUT_DIRS in content/corpus-gold.ts, unless OPENED_DIRS lists it) is only ever summarised:
 * its texts measure whether the rules generalise, so nobody tuning the structurer should
 * read them — not even through here. Its misses are counted by kind (structure-score-kinds.ts),
 * naming no text and quoting no line.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { CORPUS_DIR, HELD_OUT_DIRS, OPENED_DIRS } from "./corpus-gold";
import { loadDepartments } from "./directory";
import { scoreCorpus, type CorpusScore, type TextScore } from "./structure-score";
import { formatMissKinds, missKinds } from "./structure-score-kinds";

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function summary(name: string, s: CorpusScore): string {
  return [
    `${name}: ${s.texts.length} texts, ${s.documents} documents`,
    `  titles right            ${pct(s.titles)}`,
    `  exact trees             ${pct(s.trees)}`,
    `  content sentences kept  ${pct(s.contentKept)}`,
    `  chrome lines kept       ${s.chromeKept}`,
    `  departments precision   ${s.precision.toFixed(3)}`,
    `  departments recall      ${s.recall.toFixed(3)}`,
    `  role accuracy           ${s.roleAccuracy.toFixed(3)}`,
    `  recommendation titles   ${pct(s.recTitles)} equal or equivalent (reported, no floor)`,
    `  byline/date/source      ${pct(s.metadata)} right (reported, no floor)`,
  ].join("\n");
}

function detail(t: TextScore, verbose: boolean): string {
  const flags = [
    t.titles.wrong.length ? "title" : "",
    t.trees.wrong.length ? "tree" : "",
    t.sentences.lost.length ? `lost ${t.sentences.lost.length}` : "",
    t.chromeKept.length ? `chrome ${t.chromeKept.length}` : "",
    t.departments.missing.length ? `dept-missing ${t.departments.missing.length}` : "",
    t.departments.extra.length ? `dept-extra ${t.departments.extra.length}` : "",
  ].filter(Boolean);
  const lines = [`${flags.length ? "✗" : "✓"} ${t.id}${flags.length ? `  (${flags.join(", ")})` : ""}`];
  if (!verbose) return lines[0];
  for (const w of t.titles.wrong) lines.push(`    title: want ${w.want} | got ${w.got}`);
  for (const w of t.trees.wrong) lines.push(`    tree: want ${w.want}\n          got  ${w.got}`);
  for (const s of t.sentences.lost) lines.push(`    lost: ${s}`);
  for (const c of t.chromeKept) lines.push(`    chrome kept: ${c}`);
  if (t.departments.missing.length) lines.push(`    departments missing: ${t.departments.missing.join(" ")}`);
  if (t.departments.extra.length) lines.push(`    departments extra:   ${t.departments.extra.join(" ")}`);
  for (const w of t.recTitles.wrong) lines.push(`    rec title: want ${w.want} | got ${w.got}`);
  for (const m of t.metadata.wrong) lines.push(`    ${m}`);
  return lines.join("\n");
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== "--");
  const verbose = args.includes("--verbose") || args.includes("-v");
  const dirs = args.filter((a) => !a.startsWith("-"));
  const directory = loadDepartments();
  const targets = dirs.length ? dirs.map((d) => path.resolve(d)) : [CORPUS_DIR, ...HELD_OUT_DIRS].filter((d) => existsSync(d));
  for (const dir of targets) {
    const score = await scoreCorpus(dir, directory);
    const held = HELD_OUT_DIRS.includes(path.resolve(dir)) && !OPENED_DIRS.includes(path.resolve(dir));
    if (!held) for (const t of score.texts) console.log(detail(t, verbose));
    console.log(summary(path.relative(process.cwd(), dir) || dir, score));
    console.log(formatMissKinds(missKinds(score.texts)));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exitCode = 1;
  },
);
