// Unit tests for segmentation, query parsing and highlighting (no database).
import { describe, expect, it } from "vitest";
import { anchorOf } from "../app/models/documents/anchors";
import { escapeHtml, highlightAll, snippet } from "./highlight";
import { HOSTILE, randomQuery, rng } from "./fuzz-inputs";
import { highlightTerms, parseQuery, termsOf } from "./query";
import { compact, foldAligned, indexTokens, normalize, tokenize } from "./segment";
import { termQuery, tsvectorLiteral } from "./pg-tsvector";

describe("segmentation", () => {
  it("folds Traditional to Simplified, full-width to half-width, upper to lower case", () => {
    expect(normalize("加裝電梯　ＡＢＣ１２３")).toBe("加装电梯 abc123");
    expect(tokenize("關於加強養老護理人才隊伍建設")).toEqual(tokenize("关于加强养老护理人才队伍建设"));
  });

  it("cuts Chinese into words and drops punctuation", () => {
    expect(tokenize("既有住宅加装电梯，适老化改造。")).toEqual(["既有", "住宅", "加装", "电梯", "适", "老化", "改造"]);
    expect(tokenize("！？。，、；：“”（）")).toEqual([]);
    expect(tokenize("COVID-19 与 Wi-Fi")).toEqual(["covid", "19", "与", "wi", "fi"]);
  });

  it("adds the dictionary words inside long words at the same position", () => {
    const tokens = indexTokens("人才队伍建设");
    expect(tokens).toEqual(
      expect.arrayContaining([
        { token: "人才队伍", position: 1 },
        { token: "人才", position: 1 },
        { token: "队伍", position: 1 },
        { token: "建设", position: 2 },
      ]),
    );
  });

  it("folds without changing the length, for highlighting", () => {
    const text = "關於加裝電梯（ＡＢ）";
    expect(foldAligned(text)).toHaveLength(text.length);
    expect(foldAligned(text)).toBe("关于加装电梯(ab)");
  });

  it("turns punctuation runs into single spaces for phrase matching", () => {
    expect(compact("课后服务，经费——保障!!")).toBe("课后服务 经费 保障");
  });

  it("builds a tsvector literal with weights and a gap between fields", () => {
    const literal = tsvectorLiteral([
      { text: "加装电梯", weight: "A" },
      { text: "电梯维修", weight: "B" },
    ]);
    expect(literal).toContain("'电梯':2A,7B");
    expect(literal).toContain("'加装':1A");
  });

  it("gives each word its positions once, in order, capped, as a set of positions per word would", async () => {
    // The reference: the positions of each word collected in a set (what tsvectorLiteral did before it
    // relied on positions only growing), on corpus texts with repeated words and three fields.
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../content/corpus/", import.meta.url);
    const texts = readdirSync(dir).filter((f) => f.endsWith(".txt")).slice(0, 40).map((f) => readFileSync(new URL(f, dir), "utf8"));
    const reference = (fields: { text: string; weight: "A" | "B" | "C" }[]) => {
      const positions = new Map<string, Set<string>>();
      let next = 1;
      for (const field of fields) {
        let last = next;
        for (const { token, position: at } of indexTokens(field.text.slice(0, 50_000), 0)) {
          const position = at + next;
          last = Math.max(last, position);
          const set = positions.get(token) ?? new Set<string>();
          if (set.size < 255) set.add(`${Math.min(position, 16_383)}${field.weight}`);
          positions.set(token, set);
        }
        next = Math.min(last + 5, 16_383);
      }
      return [...positions].map(([token, set]) => `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}':${[...set].join(",")}`).join(" ");
    };
    for (let i = 0; i < texts.length; i++) {
      const fields = [
        { text: texts[i].slice(0, 40), weight: "A" as const },
        // Every few texts, short words enough to run past the last position (16,383): the next
        // field's words all stand at it, a repeated one once; and past 255 positions a word.
        { text: i % 4 === 0 ? "养老 ".repeat(20_000) : texts[(i + 1) % texts.length].repeat(3), weight: "B" as const },
        { text: "it's a \\ test 测试 测试 养老服务", weight: "C" as const },
      ];
      expect(tsvectorLiteral(fields)).toBe(reference(fields));
    }
  });

  it("uses the same anchors as the document pages", () => {
    expect(anchorOf("2.3.1")).toBe("r-2-3-1");
  });
});

describe("query parsing", () => {
  it("splits words, drops stop words, keeps the typed run for exact-match ranking", () => {
    const q = parseQuery("养老服务的人才");
    expect(q.terms.map((t) => t.text)).toEqual(["养老", "服务", "人才"]);
    expect(q.chunks).toEqual(["养老服务的人才"]);
    expect(q.empty).toBe(false);
  });

  it("keeps a query made only of stop words", () => {
    expect(parseQuery("的").terms.map((t) => t.text)).toEqual(["的"]);
  });

  it("reads quoted phrases in ASCII, full-width and Chinese quotes", () => {
    for (const q of ['"课后服务"', "＂课后服务＂", "“课后服务”", "「课后服务」", "『课后服务』"]) {
      const parsed = parseQuery(q);
      expect(parsed.phrases, q).toEqual([{ text: "课后服务", tokens: ["课后", "服务"] }]);
      expect(parsed.terms, q).toEqual([]);
    }
    const mixed = parseQuery('電梯 "一窗受理" 审批');
    expect(mixed.phrases.map((p) => p.text)).toEqual(["一窗受理"]);
    expect(mixed.terms.map((t) => t.text)).toEqual(["电梯", "审批"]);
  });

  it("treats a run of single characters (an unknown word) as one adjacent term", () => {
    expect(termsOf(["网", "约", "车", "司机"])).toEqual([
      { text: "网约车", tokens: ["网", "约", "车"] },
      { text: "司机", tokens: ["司机"] },
    ]);
    expect(termQuery({ text: "网约车", tokens: ["网", "约", "车"] })).toBe("('网' <-> '约' <-> '车')");
    expect(termQuery({ text: "电梯", tokens: ["电梯"] }, "A")).toBe("'电梯':A");
  });

  it("is empty for nothing searchable", () => {
    for (const q of ["", "   ", "!!!", "“”", '""', "()&|!<->:*", "\u0000\u0001", "😀", null, undefined, 42, {}]) {
      expect(parseQuery(q).empty, JSON.stringify(q)).toBe(true);
    }
  });

  it("bounds the work on very long input", () => {
    const q = parseQuery("加装电梯 ".repeat(5000));
    expect(q.terms.length).toBeLessThanOrEqual(12);
    expect(q.display.length).toBeLessThanOrEqual(200);
    expect(parseQuery("词 ".repeat(5000)).terms.length).toBeLessThanOrEqual(12);
  });

  // 20,000 random queries: a property test, not a time budget, so no tight timeout.
  it("never throws and never lets quotes, backslashes or operators into a word", { timeout: 180_000 }, () => {
    const next = rng(42);
    const inputs = [...HOSTILE, ...Array.from({ length: 20_000 }, () => randomQuery(next))];
    // Checked with plain tests and reported together: an expect() per word made this
    // one test the slowest unit test (about 90 s of the run for 20,000 queries).
    /* eslint-disable no-control-regex -- checking control characters are gone is the point */
    const CONTROL = /[\u0000-\u001f]/;
    const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    /* eslint-enable no-control-regex */
    const bad: string[] = [];
    for (const input of inputs) {
      const q = parseQuery(input);
      const label = JSON.stringify(input.slice(0, 40));
      for (const word of [...q.terms.flatMap((t) => t.tokens), ...q.phrases.flatMap((p) => p.tokens)]) {
        if (!/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su.test(word) || CONTROL.test(word) || LONE_SURROGATE.test(word)) bad.push(`${label} → word ${JSON.stringify(word)}`);
      }
      if (CONTROL.test(q.display) || /[\ud800-\udbff](?![\udc00-\udfff])/.test(q.display)) bad.push(`${label} → display ${JSON.stringify(q.display)}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe("highlighting", () => {
  it("marks the words in the original script and escapes the rest", () => {
    expect(highlightAll("關於加裝電梯的<提案>", ["加装电梯"])).toBe("關於<mark>加裝電梯</mark>的&lt;提案&gt;");
    expect(highlightAll("A & B", ["b"])).toBe("A &amp; <mark>B</mark>");
  });

  it("joins touching matches and prefers longer terms", () => {
    expect(highlightAll("加装电梯审批", ["加装", "电梯", "加装电梯审批"])).toBe("<mark>加装电梯审批</mark>");
    expect(highlightAll("加装电梯", ["加装", "电梯"])).toBe("<mark>加装电梯</mark>");
  });

  it("matches Latin words only as whole words", () => {
    expect(highlightAll("AI said", ["ai"])).toBe("<mark>AI</mark> said");
  });

  it("cuts a snippet around the densest matches", () => {
    const text = "前言".repeat(100) + "。推行加装电梯一窗受理并联审批。" + "后记".repeat(100);
    const s = snippet(text, ["加装电梯", "审批"], 60);
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("<mark>加装电梯</mark>");
    expect(s).toContain("<mark>审批</mark>");
  });

  it("never emits markup other than <mark>", () => {
    const next = rng(9);
    for (let i = 0; i < 2000; i++) {
      const text = randomQuery(next) + "<b onclick='x'>加装</b>&amp;" + randomQuery(next);
      const terms = highlightTerms(parseQuery(randomQuery(next) + " 加装 b"));
      for (const html of [highlightAll(text, terms), snippet(text, terms, 50)]) {
        expect(html.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
      }
    }
    expect(escapeHtml(`<"'&>`)).toBe("&lt;&quot;&#39;&amp;&gt;");
  });
});
