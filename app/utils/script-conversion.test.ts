// The 简/繁 choices of decision 016, pinned: which Traditional, which characters
// OpenCC's phrase tables pick, that no word is replaced, and how the script of a
// text is told.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { ConverterFactory, Locale } from "opencc-js";
import { describe, expect, it } from "vitest";
import { convertScript, detectScript, scriptEvidence, toSimplified, toTraditional } from "./script-conversion";

describe("Simplified → Traditional (Taiwan-standard characters, OpenCC phrases)", () => {
  it.each([
    // 发 → 發 / 髮
    ["发展和头发，理发", "發展和頭髮，理髮"],
    // 后 → 後, but 皇后 stays
    ["以后由皇后宣布", "以後由皇后宣佈"],
    // 干 → 幹 / 乾, 干涉 stays
    ["干部要干净，不干涉树干", "幹部要乾淨，不干涉樹幹"],
    // 面 → 麵 in food, 面 elsewhere
    ["面条和面粉，建筑面积", "麵條和麵粉，建築面積"],
    // 里 → 裡 (Taiwan form; Hong Kong would write 裏), 公里 stays
    ["社区里的这里有三公里", "社區裡的這裡有三公里"],
    // 台 → 臺 / 颱, 台 of 平台 in Taiwan form
    ["台湾同胞防御台风", "臺灣同胞防禦颱風"],
    // 系 → 系 / 係 / 繫
    ["系统之间的关系，加强联系", "系統之間的關係，加強聯繫"],
    // 云 → 雲, but 人云亦云 stays
    ["白云之下人云亦云", "白雲之下人云亦云"],
    // Taiwan forms: 為, 衛, 溫, 啟, 戶, 著
    ["为了卫生，温度，启动，户口，看着", "為了衛生，溫度，啟動，戶口，看著"],
  ])("%s → %s", (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it("never replaces words (no s2twp: 软件 is not 軟體, 社区 is not 社群)", () => {
    expect(toTraditional("软件、信息、数据共享、网络视频、基层社区、出租车、加强联系")).toBe(
      "軟件、信息、數據共享、網絡視頻、基層社區、出租車、加強聯繫",
    );
  });

  it("leaves text without Han characters, numbers and punctuation as they are", () => {
    expect(toTraditional("<p class=\"x\">2026-0123 · A/B “” 「」</p>")).toBe("<p class=\"x\">2026-0123 · A/B “” 「」</p>");
  });
});

describe("Traditional → Simplified (Taiwan and Hong Kong forms)", () => {
  it.each([
    ["頭髮、理髮、發展", "头发、理发、发展"],
    ["以後由皇后宣佈", "以后由皇后宣布"],
    ["幹部乾淨、乾隆年間、干涉、樹幹", "干部干净、乾隆年间、干涉、树干"],
    ["麵條、麪包、面積", "面条、面包、面积"],
    // Taiwan 裡 and Hong Kong 裏 alike
    ["這裡和那裏，三公里", "这里和那里，三公里"],
    ["臺灣、颱風、平台", "台湾、台风、平台"],
    ["關係、系統、聯繫", "关系、系统、联系"],
    ["雲端、人云亦云", "云端、人云亦云"],
    // Hong Kong forms a Taiwan-only converter leaves behind (衞, 綫, 着, 啓, 爲, 衆)
    ["衞生綫路，看着啓動，爲了衆人", "卫生线路，看着启动，为了众人"],
    // Taiwan 著 as a particle, 著作 kept
    ["看著他的著作", "看着他的著作"],
  ])("%s → %s", (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it("never replaces words (no tw2sp: 軟體 stays 软体, 資料 stays 资料)", () => {
    expect(toSimplified("軟體、資訊、相關資料、計程車")).toBe("软体、资讯、相关资料、计程车");
  });

  it("skips only what converting the whole text leaves as it is (issue 16: lines with no changeable character)", () => {
    const whole = ConverterFactory(Locale.from.hk, Locale.from.tw, Locale.to.cn);
    const texts: string[] = [];
    for (const dir of ["content/documents", "content/corpus", "content/corpus-holdout-12"]) {
      for (const f of readdirSync(path.resolve(dir)).filter((name) => /\.(md|txt)$/.test(name))) texts.push(readFileSync(path.resolve(dir, f), "utf8"));
    }
    // Each text as written, made Traditional, and mixed line by line; phrases whose characters only change in context.
    const mixed = texts.map((t, i) => t.split("\n").map((line, j) => ((i + j) % 2 ? toTraditional(line) : line)).join("\n"));
    const phrases = ["乾隆年间", "乾淨的台灣", "著作權", "覆蓋全區", "一目瞭然", "後台", "臺灣", "羣眾", "裏面", "⿰氵青\n乾淨", "𠮷野家"];
    let changed = 0;
    for (const text of [...texts, ...texts.map(toTraditional), ...mixed, ...phrases]) {
      expect(toSimplified(text), text.slice(0, 40)).toBe(whole(text));
      if (whole(text) !== text) changed++;
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(texts.length);
  });

  it("round-trips the Traditional sample documents character for character", () => {
    const dir = path.resolve("content/documents");
    for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== "README.md")) {
      const text = readFileSync(path.join(dir, file), "utf8");
      if (!/^script: traditional$/m.test(text)) continue;
      const simplified = toSimplified(text);
      expect([...simplified].length).toBe([...text].length);
      expect(detectScript(simplified)).toBe("hans");
    }
  });

  it("converts between the two by the written and shown script", () => {
    expect(convertScript("發展", "hant", "hans")).toBe("发展");
    expect(convertScript("发展", "hans", "hant")).toBe("發展");
    expect(convertScript("發展", "hant", "hant")).toBe("發展");
    expect(convertScript("发展", "hans", "hans")).toBe("发展");
  });
});

describe("telling the script of a text", () => {
  it("tells whole texts", () => {
    expect(detectScript("关于加强中小学生心理健康服务体系建设的提案")).toBe("hans");
    expect(detectScript("關於加強中小學生心理健康服務體系建設的提案")).toBe("hant");
  });

  it("goes by the majority in mixed text", () => {
    // A Simplified proposal quoting a Traditional name, and the reverse.
    expect(detectScript("关于深化两岸交流的提案，借鉴「臺灣」经验，促进融合发展")).toBe("hans");
    expect(detectScript("關於深化兩岸交流的提案，引用“数字政府”口號，促進融合發展")).toBe("hant");
  });

  it("tells short texts from their telling characters", () => {
    expect(detectScript("發展")).toBe("hant");
    expect(detectScript("发展")).toBe("hans");
    expect(detectScript("後")).toBe("hant");
    expect(detectScript("頭髮")).toBe("hant");
  });

  it("calls text with nothing telling Simplified, and leaves it unconverted", () => {
    for (const text of ["", "2026-0123", "A/B test 3.5%", "“”「」——……", "人民", "皇后", "著作", "干涉"]) {
      expect(scriptEvidence(text)).toEqual({ traditional: 0, simplified: 0 });
      expect(detectScript(text)).toBe("hans");
    }
  });

  it("ignores quotation marks, numbers and Latin letters", () => {
    // 「」 are the usual Traditional quotes, but they are punctuation, not evidence.
    expect(scriptEvidence("「2026年」，第3条，GDP")).toEqual({ traditional: 0, simplified: 1 });
    expect(scriptEvidence("「2026年」，第3條，GDP")).toEqual({ traditional: 1, simplified: 0 });
    expect(detectScript("“发展”")).toBe("hans");
    expect(detectScript("「發展」")).toBe("hant");
  });

  it("agrees with the `script` the sample documents declare", () => {
    const dir = path.resolve("content/documents");
    const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && f !== "README.md");
    const declared = files.map((f) => {
      const text = readFileSync(path.join(dir, f), "utf8");
      const script = /^script: (simplified|traditional)$/m.exec(text)?.[1];
      return { f, declared: script === "traditional" ? "hant" : "hans", detected: detectScript(text) };
    });
    expect(declared.filter((d) => d.declared === "hant").length).toBeGreaterThanOrEqual(4);
    for (const d of declared) expect(d, d.f).toMatchObject({ detected: d.declared });
  });

  it("decides as the whole text's counts do, line by line and stopping early (corpus and mixtures)", () => {
    const texts: string[] = [];
    for (const dir of ["content/documents", "content/corpus"]) {
      for (const f of readdirSync(path.resolve(dir)).filter((name) => /\.(md|txt)$/.test(name))) texts.push(readFileSync(path.resolve(dir, f), "utf8"));
    }
    // Mixtures where the counts are close: a Simplified text with Traditional paragraphs added one by one.
    const hans = texts.find((t) => detectScript(t) === "hans" && t.length > 2000)!;
    const hant = texts.find((t) => detectScript(t) === "hant" && t.length > 1000)!;
    const paragraphs = hant.split("\n").filter((l) => l.length > 20);
    for (let i = 1; i <= paragraphs.length; i += 2) texts.push(`${hans.slice(0, 1500)}\n${paragraphs.slice(0, i).join("\n")}`);
    let both = 0;
    for (const text of texts) {
      const evidence = scriptEvidence(text);
      const expected = evidence.traditional > evidence.simplified ? "hant" : "hans";
      expect(detectScript(text), text.slice(0, 40)).toBe(expected);
      // The line-by-line count is the whole text's.
      const lines = text.split("\n").map((l) => scriptEvidence(l).simplified).reduce((a, b) => a + b, 0);
      expect(lines, text.slice(0, 40)).toBe(evidence.simplified);
      if (evidence.traditional && evidence.simplified) both++;
    }
    expect(texts.length).toBeGreaterThan(200);
    expect(both).toBeGreaterThan(5);
  });
});
