/**
 * Fuzzing: thousands of random and hostile inputs (seeded, so every run is the same)
 * must neither throw nor produce an invalid shape, and huge inputs must stay fast.
 * The pipeline is called directly, without index.ts's safety net, so an internal error
 * fails the test instead of being hidden by the fallback result.
 */
import { describe, expect, it } from "vitest";
import { structure } from "./pipeline";
import { structureText } from "./index";
import { structureProblems } from "./validate";
import { DIRECTORY } from "./test-support";
import type { StructureResult } from "./types";

/** mulberry32: small, fast, good enough for test data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces that exercise every rule: markers, brackets, author lines, noise, Markdown, pinyin. */
const PIECES = [
  "一、", "二、", "十二、", "（一）", "(二)", "（", "）", "(", ")", "〔三〕", "㈠", "1.", "2、", "１．", "（1）", "(2)", "3)",
  "⑴", "⒈", "①", "②", "❸", "一是", "二是", "三是", "统一是", "第一，", "第二,", "其一，", "首先，", "其次，", "最后，",
  "第一部分", "第二调研组", "第三調研組", "Ⅱ、", "• ", "- ", "* ", "# ", "## ", "### ", "> ", "```", "---", "===", "**", "__",
  "[链接](http://x)", "![图](y)", "<b>", "</p>", "&amp;", "\\*", "`", "|", "代表", "代表省民盟:", "委员王某某：", "民盟某市委员会：",
  "提案人：", "□ ", "为此建议：", "建议", "由", "牵头", "配合", "会同", "等部门配合", "市民政局", "市卫健委", "省衛健委", "牽頭",
  "市医保局", "住建部门", "公安", "人民政府", "民政", "、", "，", ",", "。", "；", ";", "：", ":", "！", "？", "“", "”", "「", "」",
  "《", "》", "【", "】", "[", "]", "…", "——", "網(wǎng)", "(xiàng)", "(", "ǎ", "来源：", "2026-03-02 09:10:11 ", "【字号 大 中 小】",
  "分享到：", "责任编辑：", "版权所有", "ICP备", "联系电话：", "扫一扫", "加强", "完善", "建立", "调研组认为，", "以上建议", "近年来，",
  "\n", "\n", "\n", "\n\n", "\r\n", "\r", "\t", " ", "\u3000", "\u00a0", "\u200b", "\ufeff", "\u0000", "\u0007", "\u001b",
  "\ud800", "\udc00", "😀", "𠮷", "\u0301", "a", "Z", "9", "0", "12345", "%s", "$1", "\\", "/", "'", '"', "<script>",
];

function randomText(rand: () => number, maxPieces: number): string {
  const n = Math.floor(rand() * maxPieces);
  let s = "";
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.7) s += PIECES[Math.floor(rand() * PIECES.length)];
    else if (r < 0.85) s += String.fromCharCode(0x4e00 + Math.floor(rand() * 0x5000)); // Han
    else s += String.fromCharCode(Math.floor(rand() * 0x10000)); // any code unit
  }
  return s;
}

function check(result: StructureResult): void {
  const problems = structureProblems(result);
  if (problems.length) throw new Error(problems.slice(0, 5).join("; "));
  const names = new Set(DIRECTORY.map((d) => d.name));
  const walk = (nodes: StructureResult["documents"][number]["children"]) => {
    for (const n of nodes) {
      // A directory name, or a body offered as new under the text's own words.
      for (const m of n.departments) {
        if (m.new ? m.name !== m.mention : !names.has(m.name)) throw new Error(`unknown department ${m.name}`);
      }
      walk(n.children);
    }
  };
  for (const d of result.documents) walk(d.children);
  // Results must survive a JSON round trip unchanged (what the CLI and API send).
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe("fuzz", () => {
  it("never throws and always returns a valid shape (3000 seeded random inputs)", () => {
    const rand = prng(20260302);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(rand, i % 10 === 0 ? 400 : 60);
      const format = i % 3 === 0 ? "markdown" : i % 3 === 1 ? "text" : undefined;
      let result: StructureResult;
      try {
        result = structure(text, { directory: DIRECTORY, format });
      } catch (error) {
        throw new Error(`case ${i} threw ${(error as Error).stack}\ninput: ${JSON.stringify(text)}`);
      }
      try {
        check(result);
      } catch (error) {
        throw new Error(`case ${i}: ${(error as Error).message}\ninput: ${JSON.stringify(text)}`);
      }
    }
  });

  it("handles random bytes decoded as text", () => {
    const rand = prng(7);
    for (let i = 0; i < 200; i++) {
      const bytes = Buffer.alloc(Math.floor(rand() * 2000));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(rand() * 256);
      check(structure(bytes.toString(i % 2 ? "utf8" : "latin1"), { directory: DIRECTORY }));
    }
  });

  it("never throws through structureText, whatever the options", () => {
    const odd = [undefined, null, {}, { directory: "x" }, { directory: [null, 1, "a"] }, { format: "html" }];
    for (const options of odd) {
      const result = structureText("标题\n一、由市民政局牵头。", options as never);
      expect(structureProblems(result)).toEqual([]);
    }
  });
});

// Not a budget (throughput is measured by `npm run bench:structure`): the bound
// only catches runaway (quadratic or worse) behaviour, so it is generous enough
// for a loaded 2-core machine.
describe("huge and pathological inputs stay fast", () => {
  const cases: Array<[string, () => string]> = [
    ["a 100 KB line of Han text", () => "加强完善建立推进".repeat(12_500)],
    ["a 100 KB line of open brackets", () => "（“(【《".repeat(20_000)],
    ["a 100 KB line of inline markers", () => Array.from({ length: 9_000 }, (_, i) => `${i % 2 ? "二" : "一"}是，`).join("")],
    ["a 100 KB line of pinyin-like residue", () => "網(wǎ".repeat(20_000)],
    ["a 100 KB Markdown line of brackets and stars", () => "[*`<".repeat(25_000)],
    ["20 000 lines of markers", () => Array.from({ length: 20_000 }, (_, i) => ["一、", "（一）", "1.", "①", "一是"][i % 5] + "加强").join("\n")],
    ["10 000 author lines", () => "王某某代表省民盟:\n一是加强。\n".repeat(10_000)],
    ["deep Markdown lists", () => Array.from({ length: 5_000 }, (_, i) => `${" ".repeat((i % 40) * 2)}- 项${i}`).join("\n")],
    ["1 MB of department names", () => "由市民政局牵头，市卫健委、市医保局等部门配合，".repeat(40_000)],
    ["a 100 KB line of spaces and hashes", () => `#${" #".repeat(50_000)}`],
  ];
  it.each(cases)("%s", { timeout: 120_000 }, (_name, make) => {
    const text = make();
    const started = performance.now();
    const result = structure(text, { directory: DIRECTORY });
    const elapsed = performance.now() - started;
    expect(structureProblems(result)).toEqual([]);
    expect(elapsed).toBeLessThan(60_000);
  });
});
