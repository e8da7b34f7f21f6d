// Temporary helper (not committed): Simplified draft → Traditional text with pinyin residue, and its gold.
import { readFileSync, writeFileSync } from "node:fs";
import * as OpenCC from "opencc-js";
import { parse, stringify } from "yaml";
const conv = OpenCC.Converter({ from: "cn", to: "tw" });
const PY: Record<string, string> = { 網: "wǎng", 協: "xié", 區: "qū", 關: "guān", 會: "huì", 務: "wù", 經: "jīng", 發: "fā", 這: "zhè", 動: "dòng", 鄉: "xiāng", 養: "yǎng", 醫: "yī", 療: "liáo", 衛: "wèi", 項: "xiàng", 線: "xiàn", 資: "zī", 補: "bǔ" };
const withPinyin = (s: string) => [...s].map((c) => (PY[c] ? `${c}(${PY[c]})` : c)).join("");
const [src, goldSrc, out, goldOut] = process.argv.slice(2);
const simp = readFileSync(src, "utf8");
// Lines starting with "!" keep no pinyin (e.g. the headline as a site renders it).
const lines = simp.split("\n").map((l) => (l.startsWith("!") ? conv(l.slice(1)) : withPinyin(conv(l))));
writeFileSync(out, lines.join("\n"));
const gold = parse(readFileSync(goldSrc, "utf8"));
const t = (s: string | null) => (s == null ? s : conv(s));
const walk = (n: any) => { n.title = t(n.title); (n.children ?? []).forEach(walk); };
for (const d of gold.documents) { d.title = t(d.title); d.byline = t(d.byline); d.source = t(d.source); (d.tree ?? []).forEach(walk); }
const simpLines = simp.split("\n");
gold.removed = (gold.removed ?? []).map((r: string) => { const i = simpLines.findIndex((l) => l.replace(/^!/, "").trim() === r); if (i < 0) throw new Error("removed not found: " + r); return lines[i].trim(); });
writeFileSync(goldOut, stringify(gold, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" }));
