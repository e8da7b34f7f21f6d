/**
 * `npx tsx content/corpus/make-pdfs.ts` — (re)build the corpus PDFs from their sources:
 * `<corpus>/pdf-sources/<id>.txt` → `<corpus>/<id>.pdf`, for content/corpus and any
 * held-out folder (HELD_OUT_DIRS in content/corpus-gold.ts). The PDFs are committed, so the corpus needs no font to be read;
 * this script needs fonts-wqy-microhei (see app/structurer/inputs/pdf-fixture.ts for the
 * source syntax: ^header, _footer, =title, <<<page>>>, indented first lines).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pdfFromSource } from "../../app/structurer/inputs/pdf-fixture";
import { CORPUS_DIR, HELD_OUT_DIRS } from "../corpus-gold";

for (const dir of [CORPUS_DIR, ...HELD_OUT_DIRS]) {
  const sources = path.join(dir, "pdf-sources");
  if (!existsSync(sources)) continue;
  for (const name of readdirSync(sources).filter((n) => n.endsWith(".txt")).sort()) {
    const out = path.join(dir, `${path.basename(name, ".txt")}.pdf`);
    writeFileSync(out, await pdfFromSource(readFileSync(path.join(sources, name), "utf8")));
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}
